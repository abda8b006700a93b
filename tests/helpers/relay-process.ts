import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The relay as a separate OS process (the real CLI), so tests and benchmarks can kill -9 it.
 * Runs `node --import tsx cli.ts` directly: one process, so SIGKILL hits the relay itself, not a wrapper.
 */
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const CLI = join(repoRoot, 'electron', 'relay', 'cli.ts');
/** The demo launcher (laptop side): the same relay CLI plus `--demo`, which builds the seeded meeting. */
const DEMO_CLI = join(repoRoot, 'electron', 'laptop', 'host', 'demo-relay-cli.ts');

export type RelayProcess = {
  url: string;
  port: number;
  /** The served certificate's SHA-256 fingerprint (`tls: true`), null over plain http. */
  fingerprint256: string | null;
  /**
   * The certificate and key it serves (`tls: true`: generated into its data folder, electron/relay/tls.ts), for a
   * test's network in front of it (tests/helpers/e2e-relay-gate.ts); null over plain http.
   */
  tls: { cert: string; key: string } | null;
  proc: ChildProcess;
  pid: number;
  /** SIGKILL, as on power loss; resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  output(): string;
};

/** The generated certificate files in a relay's data folder (GENERATED_CERT_FILE / GENERATED_KEY_FILE). */
const generatedTls = (dataDir: string) => ({
  cert: readFileSync(join(dataDir, 'tls', 'relay-cert.pem'), 'utf8'),
  key: readFileSync(join(dataDir, 'tls', 'relay-key.pem'), 'utf8'),
});

/** `wrap`: a command prefix that execs the relay, e.g. `ip netns exec <ns>` to run it in a test's namespace. */
export function spawnRelay(opts: {
  dataDir: string;
  port?: number;
  packageDir?: string;
  env?: Record<string, string>;
  args?: string[];
  wrap?: string[];
  /** Serve HTTPS/WSS with the data folder's generated certificate; default plain http (`--insecure-http`). */
  tls?: boolean;
}): Promise<RelayProcess> {
  const args = [
    '--import',
    'tsx',
    opts.args?.includes('--demo') ? DEMO_CLI : CLI,
    '--data',
    opts.dataDir,
    '--port',
    String(opts.port ?? 0),
  ];
  if (opts.packageDir) args.push('--package', opts.packageDir);
  if (!opts.tls) args.push('--insecure-http');
  if (opts.args) args.push(...opts.args);
  const [cmd, ...pre] = opts.wrap?.length ? [...opts.wrap, process.execPath] : [process.execPath];
  const proc = spawn(cmd!, [...pre, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let out = '';
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /RELAY_URL=(\S+)/.exec(out);
      if (m) {
        proc.stdout!.off('data', onData);
        proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
        const url = m[1]!;
        resolvePromise({
          url,
          port: Number(new URL(url).port),
          fingerprint256: /RELAY_FINGERPRINT=(\S+)/.exec(out)?.[1] ?? null,
          tls: opts.tls && !opts.args?.includes('--cert') ? generatedTls(opts.dataDir) : null,
          proc,
          pid: proc.pid!,
          kill9: async () => {
            proc.kill('SIGKILL');
            await exited;
          },
          stop: async () => {
            proc.kill('SIGTERM');
            return exited;
          },
          output: () => out,
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => reject(new Error(`relay exited (${code}) before it was ready:\n${out}`)));
  });
}
