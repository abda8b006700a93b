import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const CLK_TCK = 100;

/** RSS and CPU ticks (user + system) of a process, from /proc. */
export function procStats(pid: number): { rssBytes: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after "(comm) ": state is index 0, utime is field 14 overall → index 11, stime → 12.
  return { rssBytes: rssKb * 1024, cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

export const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Samples a process's RSS every `everyMs` until stopped; returns the peak. */
export function rssSampler(pid: number, everyMs = 50): { stop(): number } {
  let peak = procStats(pid).rssBytes;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, procStats(pid).rssBytes);
    } catch {
      // the process is gone: keep the last peak
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

export type Child = { port: number; pid: number; stop(): void };

/**
 * Runs `tests/bench/<script>` with tsx as a child process (optionally through a prefix such as
 * `ip netns exec <ns>`) and resolves when it prints `<NAME>_PORT=<port>`.
 */
export function spawnChild(script: string, args: string[], portName: string, prefix: string[] = []): Promise<Child> {
  const cmd = [...prefix, process.execPath, '--import', 'tsx', join(repoRoot, 'tests', 'bench', script), ...args];
  const proc = spawn(cmd[0]!, cmd.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    const re = new RegExp(`${portName}_PORT=(\\d+)`);
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = re.exec(out);
      if (m) res({ port: Number(m[1]), pid: proc.pid!, stop: () => proc.kill('SIGTERM') });
    });
    proc.once('exit', (code) => rej(new Error(`${script} exited ${code}`)));
  });
}

/** The machine's 1-minute load average: a loaded machine (other jobs on the 2 cores) shifts absolute figures. */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}
