import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { encodeWire, decodeWire, type WireEvent, type WireRequest, type WireResponse } from '../../../shared/ipc/wire';
import type { Session } from '../../../shared/model/types';
import { fail } from '../../../shared/util/result';
import type { AppServices } from '../create-services';
import type { CallContext } from '../context';
import { isLoopbackHost, isOwnOrigin } from './origin-check';
import { serveStatic } from './static-files';

/** 256 MiB: a large PDF arrives base64-encoded inside one frame. */
export const MAX_API_FRAME_BYTES = 256 * 1024 * 1024;

export type HostConfig = {
  app: AppServices;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  port: number;
  host?: string;
};

export type Host = { url: string; port: number; close(): Promise<void> };

/**
 * Browser mode: serves the renderer and exposes the same API contract the Electron preload exposes,
 * over a WebSocket at /api. Bound to loopback; the Origin check stops other web pages in the same
 * browser from driving a laptop's services (cross-site WebSocket hijacking).
 */
export function createHost(config: HostConfig): Promise<Host> {
  const bindHost = config.host ?? '127.0.0.1';
  let port = 0;
  const server: Server = createServer((req, res) => {
    // DNS rebinding: a foreign name pointed at 127.0.0.1 arrives with that name as Host.
    if (!isLoopbackHost(req.headers.host, port)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('forbidden host');
      return;
    }
    serveStatic(config.staticDir, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_API_FRAME_BYTES });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => {});
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/api' || !isOwnOrigin(req.headers.origin, req.headers.host, port)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  function attach(ws: WebSocket) {
    let session: Session | null = null;
    const send = (msg: WireResponse | WireEvent) => {
      if (ws.readyState === ws.OPEN) ws.send(encodeWire(msg));
    };
    const ctx: CallContext = {
      get session() {
        return session;
      },
      setSession: (s) => void (session = s),
      emit: (event, payload) => send({ event, payload }),
    };
    ws.on('message', async (data, isBinary) => {
      let msg: WireRequest;
      try {
        if (isBinary) throw new Error('binary');
        msg = decodeWire(data.toString()) as WireRequest;
        if (typeof msg?.id !== 'number' || typeof msg.channel !== 'string') throw new Error('shape');
      } catch {
        ws.close(1003, 'malformed request');
        return;
      }
      const result = await config.app.dispatch(ctx, msg.channel, msg.req).catch(() => fail('internal', 'error.localServer'));
      send({ id: msg.id, result });
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, bindHost, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${bindHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const c of wss.clients) c.terminate();
            wss.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
