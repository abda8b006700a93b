import { X509Certificate } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Agent, createServer, request } from 'node:https';
import type { Socket } from 'node:net';
import { connect, type ConnectionOptions, type PeerCertificate } from 'node:tls';

/**
 * The meeting room's network between the laptops and the relay, for e2e tests: a transparent HTTPS +
 * WSS pass-through on 127.0.0.1. It presents the relay's own certificate and key (so a laptop sees and pins the
 * relay's certificate code, as it would on the room's network), and forwards to the relay over TLS pinned to
 * that same certificate (its fingerprint must match; the host-name check does not apply to a loopback
 * address). In between it sees plain HTTP, so it can
 * - hold PDF bodies part-way (`hold(fraction)` … `release()`), so a test can see download progress on
 *   screen instead of racing a loopback transfer that ends in milliseconds;
 * - cut them there instead (`cut()`: the connection drops mid-file, as a Wi-Fi blip does), so a test sees
 *   the laptop resume the rest with a Range request (`blobRequests()`);
 * - be unplugged (`down()`: the port stops listening and every connection drops, as when the relay's
 *   machine dies) and plugged back in on the same port (`up(relayPort)`).
 * Everything else (login, manifest, Range requests, y-websocket rooms, commands) is forwarded byte for byte.
 */
export type RelayGateTls = { cert: string; key: string };

export type RelayGate = {
  url: string;
  port: number;
  /** From now on, each `/api/blobs/…` body stops after `fraction` of its bytes until `release()`. */
  hold(fraction: number): void;
  /** Drops every held body's connection, and cuts later ones at the same point, until `release()`. */
  cut(): void;
  /** Lets every held body (and all later ones) through. */
  release(): void;
  /** Every PDF request so far: its path and Range header. */
  blobRequests(): { path: string; range: string | null }[];
  /** Bodies currently stopped part-way. */
  heldCount(): number;
  down(): Promise<void>;
  up(upstreamPort: number): Promise<void>;
  close(): Promise<void>;
};

const BLOB_PATH = /^\/api\/blobs\//;

/** TLS options that accept exactly the relay's certificate (the laptop's pinning, tls-pin.ts, does the same). */
function pinnedTo(cert: string): ConnectionOptions {
  const fingerprint256 = new X509Certificate(cert).fingerprint256;
  return {
    ca: cert,
    checkServerIdentity: (_host: string, peer: PeerCertificate) =>
      peer.fingerprint256 === fingerprint256 ? undefined : new Error(`relay certificate ${peer.fingerprint256} is not the pinned one`),
  };
}

export async function startRelayGate(upstreamPort: number, tls: RelayGateTls): Promise<RelayGate> {
  let upstream = upstreamPort;
  const pin = pinnedTo(tls.cert);
  // Upstream connections are kept alive per relay process: a restarted relay gets a fresh pool.
  let agent = new Agent({ ...pin, keepAlive: true });
  let holdFraction: number | null = null;
  let cutting = false;
  const held = new Map<() => void, () => void>();
  const blobLog: { path: string; range: string | null }[] = [];
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const track = (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    if (BLOB_PATH.test(req.url ?? '')) blobLog.push({ path: req.url!, range: req.headers.range ?? null });
    const up = request(
      {
        host: '127.0.0.1',
        port: upstream,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${upstream}` },
        agent,
      },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        const total = Number(upRes.headers['content-length'] ?? 0);
        const gated = BLOB_PATH.test(req.url ?? '') && total > 0;
        let sent = 0;
        // Held bytes stay here, not in the relay's socket: the relay finishes its response (and may close an
        // idle keep-alive connection) whatever the gate does; only the laptop's side waits.
        let stash: Buffer[] | null = null;
        let ended = false;
        upRes.on('data', (chunk: Buffer) => {
          if (stash) {
            stash.push(chunk);
            return;
          }
          const limit = gated && holdFraction !== null ? Math.floor(total * holdFraction) : Infinity;
          if (sent + chunk.length <= limit) {
            sent += chunk.length;
            res.write(chunk);
            return;
          }
          const head = chunk.subarray(0, Math.max(0, limit - sent));
          sent += head.length;
          stash = [chunk.subarray(head.length)];
          if (cutting) {
            // Drop the connection once the part before the cut has left.
            res.write(head, () => res.destroy());
            return;
          }
          if (head.length) res.write(head);
          const resume = () => {
            held.delete(resume);
            const rest = stash ?? [];
            stash = null;
            if (res.destroyed) return;
            for (const c of rest) res.write(c);
            if (ended) res.end();
          };
          held.set(resume, () => {
            held.delete(resume);
            res.destroy();
          });
        });
        upRes.on('end', () => {
          ended = true;
          if (!stash) res.end();
        });
        upRes.on('error', () => {
          if (!ended) res.destroy();
        });
        res.on('close', () => {
          if (!ended) upRes.destroy();
        });
      },
    );
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(up);
  };

  const onUpgrade = (req: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    const up = connect({ ...pin, host: '127.0.0.1', port: upstream });
    track(up);
    const lines = [`${req.method} ${req.url} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    up.once('secureConnect', () => {
      up.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    const drop = () => {
      up.destroy();
      client.destroy();
    };
    up.on('error', drop);
    client.on('error', drop);
    up.on('close', drop);
    client.on('close', drop);
  };

  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      const s = createServer({ cert: tls.cert, key: tls.key }, forward);
      s.on('upgrade', onUpgrade);
      // Raw TCP sockets (under the TLS ones): destroying them drops a connection whatever state TLS is in.
      s.on('connection', track);
      s.once('error', reject);
      s.listen(p, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });

  const down = async () => {
    const s = server;
    server = null;
    if (!s) return;
    const closed = new Promise<void>((r) => s.close(() => r()));
    held.clear();
    for (const sock of [...sockets]) sock.destroy();
    s.closeAllConnections();
    agent.destroy();
    await closed;
  };

  await listen(0);
  const gate: RelayGate = {
    get url() {
      return `https://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    hold(fraction) {
      holdFraction = fraction;
    },
    cut() {
      cutting = true;
      for (const drop of [...held.values()]) drop();
    },
    release() {
      holdFraction = null;
      cutting = false;
      for (const resume of [...held.keys()]) resume();
    },
    blobRequests: () => blobLog.map((r) => ({ ...r })),
    heldCount: () => held.size,
    down,
    async up(upstreamPort) {
      upstream = upstreamPort;
      agent.destroy();
      agent = new Agent({ ...pin, keepAlive: true });
      if (!server) await listen(port);
    },
    close: down,
  };
  return gate;
}
