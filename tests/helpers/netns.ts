import { execFileSync } from 'node:child_process';

/**
 * A network namespace that a test creates for itself (root only): its own loopback, with multicast on, so
 * mDNS and other LAN traffic stays inside it and never leaves the machine. `available()` says whether this
 * machine lets us make one (and why not).
 */
export type TestNetns = { name: string; exec(args: string[]): string[]; remove(): void };

export function netnsUnavailableReason(): string | null {
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return null;
  } catch {
    return "the 'ip' command (iproute2) is not available";
  }
}

export function createNetns(prefix: string): TestNetns {
  const name = `${prefix}-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
  const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });
  ip('netns', 'add', name);
  try {
    ip('-n', name, 'link', 'set', 'lo', 'up');
    ip('-n', name, 'link', 'set', 'lo', 'multicast', 'on');
    // mDNS goes to 224.0.0.251: route all multicast over this namespace's loopback.
    ip('-n', name, 'route', 'add', '224.0.0.0/4', 'dev', 'lo');
  } catch (e) {
    ip('netns', 'del', name);
    throw e;
  }
  return {
    name,
    exec: (args) => ['ip', 'netns', 'exec', name, ...args],
    remove: () => {
      try {
        ip('netns', 'del', name);
      } catch {
        // already gone
      }
    },
  };
}
