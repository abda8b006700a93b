import { execFileSync } from 'node:child_process';

/**
 * The Wi-Fi bench's network: a hub namespace with a bridge, the relay's namespace and one namespace per
 * client group, each joined to the bridge by a veth pair (10.99.0.0/16, addresses only inside these
 * namespaces). tbf shapes both directions of the relay's link to a shared 54 Mbit; `partition(k)` takes
 * group k's bridge port down (a real partition: packets go nowhere, no RST). Names carry the bench's pid so
 * parallel runs do not collide; `destroy()` is idempotent and also runs on process exit.
 */
export type Topology = {
  relayNs: string;
  relayIp: string;
  groupNs: string[];
  partition(group: number, down: boolean): void;
  destroy(): void;
};

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const SHARED_RATE = '54mbit';

/** null when namespaces cannot be created here (no privilege, no iproute2, no bridge or tbf). */
export function createTopology(groups: number): Topology | null {
  const tag = `phgb${process.pid}`;
  const hub = `${tag}h`;
  const relayNs = `${tag}r`;
  const groupNs = Array.from({ length: groups }, (_, k) => `${tag}c${k}`);
  const all = [hub, relayNs, ...groupNs];
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    for (const ns of all) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // not created (or already gone)
      }
    }
  };
  process.once('exit', destroy);
  try {
    for (const ns of all) ip('netns', 'add', ns);
    ip('-n', hub, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', hub, 'link', 'set', 'br0', 'up');
    const join = (ns: string, port: string, addr: string) => {
      ip('link', 'add', 'eth0', 'netns', ns, 'type', 'veth', 'peer', 'name', port, 'netns', hub);
      ip('-n', hub, 'link', 'set', port, 'master', 'br0');
      ip('-n', hub, 'link', 'set', port, 'up');
      ip('-n', ns, 'addr', 'add', addr, 'dev', 'eth0');
      ip('-n', ns, 'link', 'set', 'eth0', 'up');
      ip('-n', ns, 'link', 'set', 'lo', 'up');
    };
    join(relayNs, 'r', '10.99.0.1/16');
    groupNs.forEach((ns, k) => join(ns, `c${k}`, `10.99.1.${k + 1}/16`));
    // The shared medium: everything the relay sends (its eth0) and everything sent to it (the hub's port).
    const shape = (ns: string, dev: string) =>
      execFileSync(
        'ip',
        ['netns', 'exec', ns, 'tc', 'qdisc', 'add', 'dev', dev, 'root', 'tbf', 'rate', SHARED_RATE, 'burst', '32kb', 'latency', '400ms'],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    shape(relayNs, 'eth0');
    shape(hub, 'r');
  } catch (e) {
    destroy();
    if (process.env.BENCH_VERBOSE) console.error('bench: network namespaces unavailable:', e);
    return null;
  }
  return {
    relayNs,
    relayIp: '10.99.0.1',
    groupNs,
    partition(group, down) {
      ip('-n', hub, 'link', 'set', `c${group}`, down ? 'down' : 'up');
    },
    destroy,
  };
}
