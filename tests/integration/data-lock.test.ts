import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataDirInUse } from '../../electron/common/data-lock';
import { spawn } from 'node:child_process';
import { repoRoot, startLaptop, type Laptop } from '../helpers/laptop';

const dirs: string[] = [];
const laptops: Laptop[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'phg-lock-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('one running service per data folder', () => {
  it('refuses a second holder in the same process and frees the folder on release', () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir, 'first');
    expect(() => acquireDataLock(dir, 'second')).toThrow(DataDirInUse);
    lock.release();
    acquireDataLock(dir, 'third').release();
  });

  it('takes over the stale lock of a process that no longer exists', () => {
    const dir = tempDir();
    // pid 2^22 + 1 is above Linux's pid_max default and so never a running process.
    writeFileSync(join(dir, '.lock'), JSON.stringify({ pid: 4194305, program: 'crashed laptop', startedAt: '2026-01-01' }));
    acquireDataLock(dir, 'after crash').release();
  });

  it('a second laptop service on the same folder exits with a clear bilingual message; the first keeps running', async () => {
    const dir = tempDir();
    const first = await startLaptop({ dataDir: dir, demo: false });
    laptops.push(first);
    const second = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(repoRoot, 'electron', 'laptop', 'host', 'cli.ts'),
        '--data',
        dir,
        '--port',
        '0',
        '--no-demo',
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    second.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    second.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => second.once('exit', (c) => r(c)));
    expect(code).toBe(3);
    expect(out).toContain(`Thư mục dữ liệu ${dir} đang được một chương trình khác sử dụng`);
    expect(out).toContain(`The data folder ${dir} is in use by another program`);
    // The message names the process that holds the folder (tsx runs the service in a child of first.proc).
    const holder = JSON.parse(readFileSync(join(dir, '.lock'), 'utf8')) as { pid: number };
    expect(out).toContain(`pid ${holder.pid})`);
    // The first service still answers (200, or 503 where the renderer has not been built yet).
    const res = await fetch(first.url);
    expect([200, 503]).toContain(res.status);
  });
});
