import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One running program per data folder. Two laptop services (or two relays) on one folder would interleave
 * writes to the same SQLite file and blob store and each believe it owns them; the second is refused.
 * The lock is a file created exclusively (`<dir>/.lock`) holding the holder's pid and program; a lock whose
 * process no longer exists (a crash, a power loss) is stale and taken over.
 */
export type LockHolder = { pid: number; program: string; startedAt: string };
export type DataLock = { readonly file: string; release(): void };

export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(`data folder ${dir} is in use by ${holder.program} (pid ${holder.pid}, since ${holder.startedAt})`);
  }
}

const LOCK_NAME = '.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.program === 'string'
      ? { pid: h.pid, program: h.program, startedAt: String(h.startedAt ?? '?') }
      : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock or throws DataDirInUse naming the running holder. */
export function acquireDataLock(dir: string, program: string): DataLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, program, startedAt: new Date().toISOString() };
  // Two attempts: the second after removing a stale lock. Losing that race to another starter is a refusal.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(file);
      // A half-written lock (holder null) is only stale if its writer is gone, which we cannot tell: refuse once.
      if (holder && (holder.pid === process.pid || alive(holder.pid))) throw new DataDirInUse(dir, holder);
      if (!holder && attempt === 0) {
        rmSync(file, { force: true });
        continue;
      }
      if (!holder) throw new DataDirInUse(dir, { pid: 0, program: 'unknown', startedAt: '?' });
      rmSync(file, { force: true });
    }
  }
  throw new DataDirInUse(dir, readHolder(file) ?? { pid: 0, program: 'unknown', startedAt: '?' });
}
