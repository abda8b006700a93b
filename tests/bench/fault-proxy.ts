import { createServer, connect, type Socket } from 'node:net';

/**
 * A small fault-injecting TCP proxy for the Wi-Fi bench (the kernel here has no netem): every chunk is
 * delivered after `delayMs ± jitterMs`, in order per direction. `setPartitioned(true)` holds every chunk
 * (both directions, no RST, like a radio that went quiet) until healed; the netns variant partitions with
 * `ip link set … down` instead and leaves this off.
 */
export type FaultProxy = { port: number; setPartitioned(on: boolean): void; close(): void };

export function startFaultProxy(opts: {
  host: string;
  target: { host: string; port: number };
  delayMs: number;
  jitterMs: number;
  rand: () => number;
}): Promise<FaultProxy> {
  let partitioned = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();

  /** One FIFO per direction, one timer: chunks leave in arrival order, each no earlier than its due time. */
  const delayed = (src: Socket, dst: Socket) => {
    const queue: { dueMs: number; fn: () => void }[] = [];
    let lastDueMs = 0;
    let timer: NodeJS.Timeout | null = null;
    const pump = () => {
      timer = null;
      const t = performance.now();
      while (queue.length > 0 && queue[0]!.dueMs <= t) {
        const { fn } = queue.shift()!;
        if (partitioned) held.push(fn);
        else fn();
      }
      if (queue.length > 0) timer = setTimeout(pump, Math.max(1, queue[0]!.dueMs - t));
    };
    const deliver = (fn: () => void) => {
      lastDueMs = Math.max(lastDueMs, performance.now() + opts.delayMs + (opts.rand() * 2 - 1) * opts.jitterMs);
      queue.push({ dueMs: lastDueMs, fn });
      if (!timer) timer = setTimeout(pump, Math.max(1, lastDueMs - performance.now()));
    };
    src.on('data', (chunk: Buffer) => deliver(() => dst.destroyed || dst.write(chunk)));
    src.on('end', () => deliver(() => dst.end()));
  };

  const server = createServer((client) => {
    const upstream = connect(opts.target.port, opts.target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    delayed(client, upstream);
    delayed(upstream, client);
  });
  return new Promise((resolve) => {
    server.listen(0, opts.host, () => {
      const a = server.address();
      resolve({
        port: typeof a === 'object' && a ? a.port : 0,
        setPartitioned(on) {
          partitioned = on;
          if (!on) for (const fn of held.splice(0)) fn();
        },
        close() {
          server.close();
          for (const s of sockets) s.destroy();
        },
      });
    });
  });
}
