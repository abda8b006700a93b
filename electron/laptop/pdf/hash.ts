import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Sha256 } from '../../../shared/model/ids';

/** 16 MiB hashes in ~40 ms: small enough that the main process stays responsive between chunks. */
const HASH_CHUNK_BYTES = 16 * 1024 * 1024;

/** Lower-case hex SHA-256, hashed in chunks so a 200 MB import neither blocks IPC nor goes silent on progress. */
export async function sha256Of(bytes: Uint8Array, onFraction?: (fraction: number) => void): Promise<Sha256> {
  const hash = createHash('sha256');
  const total = bytes.byteLength;
  for (let at = 0; at < total; at += HASH_CHUNK_BYTES) {
    const end = Math.min(total, at + HASH_CHUNK_BYTES);
    hash.update(bytes.subarray(at, end));
    onFraction?.(end / total);
    if (end < total) await yieldToEventLoop();
  }
  if (total === 0) onFraction?.(1);
  return hash.digest('hex') as Sha256;
}

/** Streams a file through SHA-256 without holding it in memory (used for files too large to inspect). */
export async function sha256OfFile(file: string): Promise<Sha256> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex') as Sha256;
}
