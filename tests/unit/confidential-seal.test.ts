import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MeetingId, Sha256 } from '../../shared/model/ids';
import { createKeyRing } from '../../electron/laptop/confidential/key-ring';
import { seal, sealedMeetingOf, unseal } from '../../electron/laptop/confidential/seal';
import { meetingCodec, SealedRoomError } from '../../electron/laptop/confidential/sealed-rooms';
import { CHUNK_BYTES, openSealedFile, openSealedWriter } from '../../electron/laptop/confidential/sealed-file';
import { tempDir } from '../helpers/services';

const dir = tempDir('phg-seal-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meetingId = 'm-ky-hop-1' as MeetingId;
const key = randomBytes(32);
const shaOf = (b: Buffer) => createHash('sha256').update(b).digest('hex') as Sha256;

/** Seals `plain` into a file as a download would, in pieces of `piece` bytes, optionally stopping after `stopAt`. */
async function sealInto(path: string, plain: Buffer, piece: number, opts: { stopAt?: number; resume?: boolean } = {}) {
  const hash = createHash('sha256');
  const w = await openSealedWriter(path, { key, meetingId, sha: shaOf(plain) }, plain.length, hash, opts.resume ?? false);
  const from = w.offset;
  const until = opts.stopAt ?? plain.length;
  for (let at = from; at < until; at += piece) await w.write(plain.subarray(at, Math.min(at + piece, until)));
  if (until === plain.length) await w.finish();
  await w.close();
  return { from, digest: hash.digest('hex') };
}

describe('sealed PDF files (chunked AES-256-GCM)', () => {
  it('round-trips files of every chunk-boundary size, and never holds the plaintext', async () => {
    for (const size of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES, 50_000]) {
      const plain = randomBytes(size);
      const path = join(dir, `f-${size}.mat`);
      const { digest } = await sealInto(path, plain, 1000);
      expect(digest).toBe(shaOf(plain));
      const file = readFileSync(path);
      expect(sealedMeetingOf(file)).toBe(meetingId);
      expect(openSealedFile(key, meetingId, shaOf(plain), file)?.equals(plain)).toBe(true);
      if (size >= 64) expect(file.includes(plain.subarray(size >> 1, (size >> 1) + 32))).toBe(false);
    }
  });

  it('resumes an interrupted file from its last complete chunk', async () => {
    const plain = randomBytes(5 * CHUNK_BYTES + 123);
    const path = join(dir, 'resume.mat.part');
    await sealInto(path, plain, 700, { stopAt: 2 * CHUNK_BYTES + 500 });
    const second = await sealInto(path, plain, 900, { resume: true });
    expect(second.from).toBe(2 * CHUNK_BYTES);
    expect(second.digest).toBe(shaOf(plain));
    expect(openSealedFile(key, meetingId, shaOf(plain), readFileSync(path))?.equals(plain)).toBe(true);
  });

  it('refuses a flipped bit, a truncated file, swapped chunks, another file name or another key', async () => {
    const plain = randomBytes(3 * CHUNK_BYTES + 10);
    const sha = shaOf(plain);
    const path = join(dir, 'tamper.mat');
    await sealInto(path, plain, 4096);
    const file = readFileSync(path);
    const flipped = Buffer.from(file);
    flipped[file.length - 100]! ^= 1;
    expect(openSealedFile(key, meetingId, sha, flipped)).toBeNull();
    const record = CHUNK_BYTES + 16;
    const headerLength = file.length - (3 * record + 10 + 16);
    expect(openSealedFile(key, meetingId, sha, file.subarray(0, headerLength + 2 * record))).toBeNull();
    const swapped = Buffer.concat([
      file.subarray(0, headerLength),
      file.subarray(headerLength + record, headerLength + 2 * record),
      file.subarray(headerLength, headerLength + record),
      file.subarray(headerLength + 2 * record),
    ]);
    expect(openSealedFile(key, meetingId, sha, swapped)).toBeNull();
    expect(openSealedFile(key, meetingId, shaOf(Buffer.from('x')), file)).toBeNull();
    expect(openSealedFile(randomBytes(32), meetingId, sha, file)).toBeNull();
    expect(openSealedFile(key, 'm-other' as MeetingId, sha, file)).toBeNull();
    writeFileSync(path, file); // unchanged file still opens
    expect(openSealedFile(key, meetingId, sha, readFileSync(path))?.equals(plain)).toBe(true);
  });

  it('seals small items bound to their context', () => {
    const sealed = seal(key, meetingId, 'abc#1', Buffer.from('Hà Minh Khôi'));
    expect(unseal(key, meetingId, 'abc#1', sealed)?.toString()).toBe('Hà Minh Khôi');
    expect(unseal(key, meetingId, 'abc#2', sealed)).toBeNull();
    expect(sealed.includes(Buffer.from('Khôi'))).toBe(false);
  });

  it('keeps keys in memory only and tells readers when they change', () => {
    const ring = createKeyRing();
    let changes = 0;
    ring.onChange(() => changes++);
    ring.set(meetingId, key);
    ring.set(meetingId, key); // same key: no change
    ring.set('m-2' as MeetingId, randomBytes(5)); // not a 256-bit key: ignored
    expect(ring.get(meetingId)?.equals(key)).toBe(true);
    expect(ring.get('m-2' as MeetingId)).toBeNull();
    const held = ring.get(meetingId)!;
    ring.forget(meetingId);
    expect(ring.get(meetingId)).toBeNull();
    expect(held.equals(Buffer.alloc(32))).toBe(true); // zeroed, not just dropped
    expect(changes).toBe(2);
  });
});

describe('sealed Yjs rooms (annotations on confidential documents)', () => {
  const room = 'annotations-private-doc:alice.mat1';

  it('round-trips through the meeting key, binds the bytes to the room, and reads rows stored in clear', () => {
    const keys = createKeyRing();
    keys.set(meetingId, key);
    const codec = meetingCodec(keys, meetingId, room);
    const plain = new TextEncoder().encode('GHI CHU MAT');
    const stored = codec.encode(plain);
    expect(Buffer.from(stored).includes(Buffer.from('GHI CHU MAT'))).toBe(false);
    expect(Buffer.from(codec.decode(stored)).toString()).toBe('GHI CHU MAT');
    // The same bytes under another room's name do not open (swapped rows), nor do they after a bit flip.
    expect(() => meetingCodec(keys, meetingId, 'annotations-shared:mat1').decode(stored)).toThrow(SealedRoomError);
    const flipped = Uint8Array.from(stored);
    flipped[flipped.length - 20]! ^= 1;
    expect(() => codec.decode(flipped)).toThrow(SealedRoomError);
    // An older version's row stored in clear is read as it is (the next compaction seals it).
    expect(codec.decode(plain)).toBe(plain);
    // Without the key: nothing is written and nothing opens.
    keys.forget(meetingId);
    expect(() => codec.encode(plain)).toThrow(SealedRoomError);
    expect(() => codec.decode(stored)).toThrow(SealedRoomError);
  });
});
