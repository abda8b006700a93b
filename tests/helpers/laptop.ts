import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export type Laptop = {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  /** Graceful stop (SIGTERM): the services checkpoint and close their database. */
  stop(): Promise<void>;
  /** Hard stop (SIGKILL), as when a laptop loses power. */
  kill(): Promise<void>;
  output(): string;
};

/**
 * Starts one simulated laptop: the real services (real SQLite in `dataDir`) behind the browser-mode host,
 * as a separate Node process. Resolves when the host prints its `ready <url>` line.
 */
export function startLaptop(opts: { dataDir?: string; demo?: boolean; port?: number; extraArgs?: string[] } = {}): Promise<Laptop> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'phg-laptop-'));
  // `node --import tsx` (not the tsx CLI, which runs the script in a child): one process, so kill() really
  // stops the services, as a power loss would, and releases nothing by itself.
  const args = [
    '--import',
    'tsx',
    join(repoRoot, 'electron', 'laptop', 'host', 'cli.ts'),
    '--data',
    dataDir,
    '--port',
    String(opts.port ?? 0),
    '--static',
    join(repoRoot, 'dist', 'renderer'),
    // Sign-in screens would look for relays with mDNS multicast: tests keep their traffic on loopback.
    '--no-lan-discovery',
    ...(opts.demo === false ? ['--no-demo'] : []),
    ...(opts.extraArgs ?? []),
  ];
  const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  // How the process ended goes into its output, so a test that fails because the service died says how
  // (exit code, or the signal of a native crash).
  const exited = new Promise<void>((r) =>
    proc.once('exit', (code, signal) => {
      out += `\n[laptop process exited: code ${code ?? '-'}, signal ${signal ?? '-'}]\n`;
      r();
    }),
  );
  return new Promise((resolveReady, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /^ready (http:\/\/\S+)$/m.exec(out);
      if (m) {
        proc.stdout!.off('data', onData);
        proc.stdout!.on('data', (x: Buffer) => (out += x.toString()));
        resolveReady({
          url: m[1]!,
          dataDir,
          proc,
          output: () => out,
          stop: async () => {
            if (proc.exitCode === null) proc.kill('SIGTERM');
            await exited;
          },
          kill: async () => {
            if (proc.exitCode === null) proc.kill('SIGKILL');
            await exited;
          },
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    proc.once('exit', (code) => reject(new Error(`laptop exited (${code}) before ready:\n${out}`)));
  });
}
