import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingId, Sha256 } from '../../shared/model/ids';
import { isSha256 } from '../../shared/model/ids';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';
import type { KeyRing } from './confidential/key-ring';
import { MAX_HEADER_BYTES, sealedMeetingOf } from './confidential/seal';
import { openSealedFile } from './confidential/sealed-file';

/**
 * Content-addressed file store: `<dir>/<sha256>.pdf`, and `<dir>/<sha256>.mat` for a confidential document
 * received from the relay, sealed with its meeting's key (confidential/seal.ts; only the package download
 * writes these). Writes go to a temp file, are fsynced, then renamed, so a crash never leaves a half-written
 * file under a valid name. Identical files are stored once.
 */
export type BlobStore = {
  dir: string;
  /** The file is on this laptop, plain or sealed. */
  has(sha: Sha256): boolean;
  put(bytes: Uint8Array): Sha256;
  /**
   * The PDF's bytes: a plain file as is, a sealed one opened with its meeting's key from the key ring.
   * Without the key: `forbidden` `error.confidential.locked`; a sealed file that fails authentication:
   * `internal` `error.confidential.damaged`.
   */
  open(sha: Sha256): Result<{ bytes: Uint8Array; sealedFor: MeetingId | null }>;
  /** The meeting whose key seals this file, or null when it is not sealed (plain or absent). */
  sealedMeeting(sha: Sha256): MeetingId | null;
  /** Deletes the sealed file (recall). Plain files are never touched. */
  removeSealed(sha: Sha256): boolean;
  pathOf(sha: Sha256): string;
  sealedPathOf(sha: Sha256): string;
  readonly keys: KeyRing;
};

export const sha256Of = (bytes: Uint8Array): Sha256 => createHash('sha256').update(bytes).digest('hex') as Sha256;

const asBytes = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);

export function createBlobStore(dir: string, keys: KeyRing): BlobStore {
  mkdirSync(dir, { recursive: true });
  const checked = (sha: Sha256) => {
    if (!isSha256(sha)) throw new Error(`not a sha256: ${sha}`);
    return sha;
  };
  const pathOf = (sha: Sha256) => join(dir, `${checked(sha)}.pdf`);
  const sealedPathOf = (sha: Sha256) => join(dir, `${checked(sha)}.mat`);

  const sealedMeeting = (sha: Sha256): MeetingId | null => {
    const path = sealedPathOf(sha);
    if (!existsSync(path)) return null;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(MAX_HEADER_BYTES);
      const n = readSync(fd, head, 0, head.length, 0);
      return sealedMeetingOf(head.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  };

  return {
    dir,
    keys,
    pathOf,
    sealedPathOf,
    sealedMeeting,
    has: (sha) => existsSync(pathOf(sha)) || existsSync(sealedPathOf(sha)),
    put(bytes) {
      const sha = sha256Of(bytes);
      const target = pathOf(sha);
      if (existsSync(target)) return sha;
      const tmp = join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
      writeFileSync(tmp, bytes);
      const fd = openSync(tmp, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, target);
      return sha;
    },
    open(sha) {
      const plain = pathOf(sha);
      if (existsSync(plain)) return ok({ bytes: asBytes(readFileSync(plain)), sealedFor: null });
      const sealedPath = sealedPathOf(sha);
      if (!existsSync(sealedPath)) return fail('not_found', 'error.document.blobMissing');
      const sealed = readFileSync(sealedPath);
      const meetingId = sealedMeetingOf(sealed);
      const key = meetingId ? keys.get(meetingId) : null;
      if (!meetingId || !key) return fail('forbidden', 'error.confidential.locked');
      const bytes = openSealedFile(key, meetingId, sha, sealed);
      // The hash check catches a file sealed correctly but for other bytes (it cannot be, short of a bug).
      if (!bytes || sha256Of(bytes) !== sha) return fail('internal', 'error.confidential.damaged');
      return ok({ bytes: asBytes(bytes), sealedFor: meetingId });
    },
    removeSealed(sha) {
      const path = sealedPathOf(sha);
      const had = existsSync(path);
      rmSync(path, { force: true });
      rmSync(`${path}.part`, { force: true });
      return had;
    },
  };
}
