import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { MeetingId, Sha256 } from '../../../shared/model/ids';
import type { MeetingKey } from './seal';
import { MAX_HEADER_BYTES, SEAL_MAGIC, sealedMeetingOf } from './seal';

/**
 * A confidential PDF on disk (`<sha256>.mat`): `PHM1` | meeting-id length (1) | meeting id | base nonce (12),
 * then the PDF in 4-KiB chunks, each sealed with AES-256-GCM on its own (ciphertext | 16-byte tag; nonce =
 * base nonce with the chunk index xored into its last 4 bytes; additional data = meeting id, file hash, chunk
 * index and whether it is the last chunk). Any changed, swapped, reordered, missing or added chunk fails to
 * open, and so does a truncated file (its last chunk was not sealed as the last one). Chunks let an interrupted
 * download resume like a plain one: complete chunks are kept, the rest is fetched with Range.
 */
export const CHUNK_BYTES = 4096;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const RECORD_BYTES = CHUNK_BYTES + TAG_BYTES;

export const chunkCount = (size: number): number => Math.max(1, Math.ceil(size / CHUNK_BYTES));

function headerOf(meetingId: MeetingId, nonce: Buffer): Buffer {
  const id = Buffer.from(meetingId, 'utf8');
  return Buffer.concat([SEAL_MAGIC, Buffer.from([id.length]), id, nonce]);
}

function nonceOf(base: Buffer, index: number): Buffer {
  const n = Buffer.from(base);
  n.writeUInt32BE((n.readUInt32BE(NONCE_BYTES - 4) ^ index) >>> 0, NONCE_BYTES - 4);
  return n;
}

const aad = (meetingId: MeetingId, sha: Sha256, index: number, last: boolean) =>
  Buffer.from(`${meetingId}\n${sha}\n${index}\n${last ? 1 : 0}`);

type FileKey = { key: MeetingKey; meetingId: MeetingId; sha: Sha256 };

function sealChunk(k: FileKey, base: Buffer, index: number, last: boolean, plain: Uint8Array): Buffer {
  const c = createCipheriv('aes-256-gcm', k.key, nonceOf(base, index));
  c.setAAD(aad(k.meetingId, k.sha, index, last));
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function openChunk(k: FileKey, base: Buffer, index: number, last: boolean, record: Buffer): Buffer | null {
  if (record.length < TAG_BYTES) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', k.key, nonceOf(base, index));
    d.setAAD(aad(k.meetingId, k.sha, index, last));
    d.setAuthTag(record.subarray(record.length - TAG_BYTES));
    return Buffer.concat([d.update(record.subarray(0, record.length - TAG_BYTES)), d.final()]);
  } catch {
    return null;
  }
}

/** Where the chunks start, and the base nonce; null when `file` is not sealed for `meetingId`. */
function parseHeader(file: Buffer, meetingId: MeetingId): { start: number; base: Buffer } | null {
  if (sealedMeetingOf(file.subarray(0, MAX_HEADER_BYTES)) !== meetingId) return null;
  const start = SEAL_MAGIC.length + 1 + Buffer.byteLength(meetingId, 'utf8') + NONCE_BYTES;
  if (file.length < start) return null;
  return { start, base: file.subarray(start - NONCE_BYTES, start) };
}

/** The PDF's bytes, or null when the file is not this meeting's, is damaged, truncated or extended. */
export function openSealedFile(key: MeetingKey, meetingId: MeetingId, sha: Sha256, file: Buffer): Buffer | null {
  const h = parseHeader(file, meetingId);
  if (!h) return null;
  const body = file.length - h.start;
  const count = Math.max(1, Math.ceil(body / RECORD_BYTES));
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const at = h.start + i * RECORD_BYTES;
    const plain = openChunk(
      { key, meetingId, sha },
      h.base,
      i,
      i === count - 1,
      file.subarray(at, Math.min(at + RECORD_BYTES, file.length)),
    );
    if (!plain) return null;
    parts.push(plain);
  }
  return Buffer.concat(parts);
}

/** Writes a sealed file as its plaintext streams in, resuming a partial one. */
export type SealedWriter = {
  /** Plaintext bytes already in the file (the Range offset to ask for). */
  readonly offset: number;
  write(plain: Uint8Array): Promise<void>;
  /** Seals the last chunk and fsyncs; throws when fewer or more bytes than `size` arrived. */
  finish(): Promise<void>;
  close(): Promise<void>;
};

/**
 * Opens (or continues) `path` for a file of `size` bytes. The complete chunks of an earlier attempt are
 * verified and fed to `hash`; anything after the first chunk that does not open is cut off.
 */
export async function openSealedWriter(path: string, k: FileKey, size: number, hash: Hash, resume: boolean): Promise<SealedWriter> {
  const count = chunkCount(size);
  const fh = await open(path, resume ? 'a+' : 'w+');
  let base: Buffer | null = null;
  let index = 0;
  let bytesAt = 0;
  try {
    const existing = resume ? await fh.readFile() : Buffer.alloc(0);
    const h = existing.length > 0 ? parseHeader(existing, k.meetingId) : null;
    if (h) {
      base = Buffer.from(h.base);
      bytesAt = h.start;
      for (; index < count - 1 && h.start + (index + 1) * RECORD_BYTES <= existing.length; index++) {
        const record = existing.subarray(h.start + index * RECORD_BYTES, h.start + (index + 1) * RECORD_BYTES);
        const plain = openChunk(k, h.base, index, false, record);
        if (!plain) break;
        hash.update(plain);
        bytesAt += RECORD_BYTES;
      }
    }
  } catch (e) {
    await fh.close();
    throw e;
  }
  await fh.truncate(base ? bytesAt : 0);
  await fh.close();
  const out = await open(path, 'a');
  if (!base) {
    base = randomBytes(NONCE_BYTES);
    await out.write(headerOf(k.meetingId, base));
  }
  const nonceBase = base;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = index * CHUNK_BYTES;

  const flushFull = async () => {
    while (pendingBytes >= CHUNK_BYTES && index < count - 1) {
      const all = Buffer.concat(pending);
      await out.write(sealChunk(k, nonceBase, index++, false, all.subarray(0, CHUNK_BYTES)));
      pending = [all.subarray(CHUNK_BYTES)];
      pendingBytes = all.length - CHUNK_BYTES;
    }
  };

  return {
    offset: index * CHUNK_BYTES,
    async write(plain) {
      hash.update(plain);
      total += plain.length;
      pending.push(Buffer.from(plain));
      pendingBytes += plain.length;
      await flushFull();
    },
    async finish() {
      if (total !== size || index !== count - 1) throw new Error(`short body: ${total} of ${size} bytes`);
      await out.write(sealChunk(k, nonceBase, index, true, Buffer.concat(pending)));
      await out.sync();
    },
    close: () => out.close(),
  };
}
