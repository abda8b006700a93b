import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy that models a laptop reading the end of a big response late: the relay's process hands its
 * last bytes to the kernel ("finish") long before a laptop on a loaded machine or a busy Wi-Fi has read
 * them out of the socket buffers. Once a connection has carried `afterBytes` towards the client, the proxy
 * holds back the most recent `tailBytes` and lets them through only when the server ends its side of the
 * connection. The FIN itself is never passed on: a client that then reuses the connection (its request
 * bytes arrive after the server's end) is cut off, which is what it meets on the wire when the server has
 * closed a connection the client believed idle ("socket hang up", ECONNRESET). No timers: everything
 * happens on the server's and the client's own signals.
 */
export type LaggingProxy = {
  url: string;
  /** Client connections accepted so far. */
  connections(): number;
  /** Client connections cut off because they sent a request after the server had ended the connection. */
  cutOff(): number;
  close(): Promise<void>;
};

export function startLaggingProxy(target: string, opts: { afterBytes: number; tailBytes: number }): Promise<LaggingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let accepted = 0;
  let cut = 0;
  const server = createServer((down) => {
    accepted++;
    const up = connect(Number(port), hostname);
    sockets.add(down).add(up);
    let forwarded = 0;
    let held = Buffer.alloc(0);
    let upEnded = false;
    const destroyBoth = () => {
      down.destroy();
      up.destroy();
    };
    up.on('data', (chunk: Buffer) => {
      held = Buffer.concat([held, chunk]);
      const keep = forwarded + held.length > opts.afterBytes ? opts.tailBytes : 0;
      if (held.length > keep) {
        down.write(held.subarray(0, held.length - keep));
        forwarded += held.length - keep;
        held = held.subarray(held.length - keep);
      }
    });
    up.on('end', () => {
      upEnded = true;
      down.write(held);
      held = Buffer.alloc(0);
    });
    down.on('data', (chunk: Buffer) => {
      if (upEnded) {
        cut++;
        destroyBoth();
      } else up.write(chunk);
    });
    down.on('end', () => destroyBoth());
    down.on('error', destroyBoth);
    up.on('error', destroyBoth);
    down.on('close', () => sockets.delete(down));
    up.on('close', () => sockets.delete(up));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const proxyPort = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${proxyPort}`,
        connections: () => accepted,
        cutOff: () => cut,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
