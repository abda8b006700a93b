import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, fsyncSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Sha256 } from '../../shared/model/ids';
import { isSha256 } from '../../shared/model/ids';

/**
 * Content-addressed file store: `<dir>/<sha256>.pdf`. Writes go to a temp file, are fsynced, then renamed,
 * so a crash never leaves a half-written file under a valid name. Identical files are stored once.
 */
export type BlobStore = {
  dir: string;
  has(sha: Sha256): boolean;
  put(bytes: Uint8Array): Sha256;
  read(sha: Sha256): Uint8Array;
  pathOf(sha: Sha256): string;
};

export const sha256Of = (bytes: Uint8Array): Sha256 => createHash('sha256').update(bytes).digest('hex') as Sha256;

export function createBlobStore(dir: string): BlobStore {
  mkdirSync(dir, { recursive: true });
  const pathOf = (sha: Sha256) => {
    if (!isSha256(sha)) throw new Error(`not a sha256: ${sha}`);
    return join(dir, `${sha}.pdf`);
  };
  return {
    dir,
    pathOf,
    has: (sha) => existsSync(pathOf(sha)),
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
    read(sha) {
      const buf = readFileSync(pathOf(sha));
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
  };
}
