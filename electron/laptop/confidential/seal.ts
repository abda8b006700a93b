import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MeetingId } from '../../../shared/model/ids';

/**
 * Authenticated encryption of confidential ("mật") material at rest: AES-256-GCM with a per-meeting key the
 * relay releases at sign-in (kept only in memory, key-ring.ts), a random 96-bit nonce per sealed item. Small
 * items (a page of search text) are sealed whole here; PDFs are sealed in chunks (sealed-file.ts).
 *
 * A sealed item: MAGIC (4) | meeting id length (1) | meeting id (UTF-8) | nonce (12) | ciphertext | tag (16).
 * The header (meeting id) is not secret: it says which key opens the item. The additional authenticated data
 * binds the ciphertext to its meeting and to what it is (`context`: the blob's hash, a page of search text),
 * so a file renamed, swapped or altered by one bit fails to open instead of yielding other bytes.
 */
export const SEAL_MAGIC = Buffer.from('PHM1', 'ascii');
export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type MeetingKey = Buffer;

const aad = (meetingId: MeetingId, context: string) => Buffer.from(`${meetingId}\n${context}`, 'utf8');

function header(meetingId: MeetingId, nonce: Buffer): Buffer {
  const id = Buffer.from(meetingId, 'utf8');
  if (id.length === 0 || id.length > 255) throw new Error('meeting id must be 1..255 bytes');
  return Buffer.concat([SEAL_MAGIC, Buffer.from([id.length]), id, nonce]);
}

/** The meeting a sealed item belongs to, or null when `head` is not a sealed item. */
export function sealedMeetingOf(head: Uint8Array): MeetingId | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length < SEAL_MAGIC.length + 1 || !b.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)) return null;
  const len = b[SEAL_MAGIC.length]!;
  if (len === 0 || b.length < SEAL_MAGIC.length + 1 + len) return null;
  return b.subarray(SEAL_MAGIC.length + 1, SEAL_MAGIC.length + 1 + len).toString('utf8') as MeetingId;
}

/** Longest possible header: what a reader needs to learn an item's meeting. */
export const MAX_HEADER_BYTES = SEAL_MAGIC.length + 1 + 255;

export function seal(key: MeetingKey, meetingId: MeetingId, context: string, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(aad(meetingId, context));
  return Buffer.concat([header(meetingId, nonce), c.update(plain), c.final(), c.getAuthTag()]);
}

/** The plaintext, or null when the item is not sealed for this meeting/context or fails authentication. */
export function unseal(key: MeetingKey, meetingId: MeetingId, context: string, sealed: Uint8Array): Buffer | null {
  const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (sealedMeetingOf(b) !== meetingId) return null;
  const start = SEAL_MAGIC.length + 1 + Buffer.byteLength(meetingId, 'utf8');
  if (b.length < start + NONCE_BYTES + TAG_BYTES) return null;
  const nonce = b.subarray(start, start + NONCE_BYTES);
  const tag = b.subarray(b.length - TAG_BYTES);
  try {
    const d = createDecipheriv('aes-256-gcm', key, nonce);
    d.setAAD(aad(meetingId, context));
    d.setAuthTag(tag);
    return Buffer.concat([d.update(b.subarray(start + NONCE_BYTES, b.length - TAG_BYTES)), d.final()]);
  } catch {
    return null; // wrong key, tampered bytes or tag
  }
}

export const isMeetingKey = (k: Uint8Array): boolean => k.byteLength === KEY_BYTES;
