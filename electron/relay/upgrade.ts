import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { COMMANDS_PATH, YJS_PATH_PREFIX } from '../../shared/relay-protocol/constants';
import type { RelayAuth, RelaySession } from './auth';
import type { RelayLimits } from './config';
import type { Connections } from './connections';
import { refusalText } from './refusal';

/**
 * The HTTP upgrade: route, authenticate (before any WebSocket exists, so an unauthenticated peer never sends
 * a Yjs message), then the global and per-user socket caps. Every refusal is an HTTP status with a JSON
 * error body saying why.
 */
export type UpgradeTarget = { channel: 'yjs'; name: string } | { channel: 'commands' };

function rejectUpgrade(socket: Duplex, status: number, text: string, code: string, message: string): void {
  const body = JSON.stringify({ ok: false, error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function targetOf(url: URL): UpgradeTarget | null {
  if (url.pathname.startsWith(YJS_PATH_PREFIX)) {
    try {
      return { channel: 'yjs', name: decodeURIComponent(url.pathname.slice(YJS_PATH_PREFIX.length)) };
    } catch {
      return null;
    }
  }
  return url.pathname === COMMANDS_PATH ? { channel: 'commands' } : null;
}

export function createUpgradeHandler(deps: {
  auth: RelayAuth;
  limits: RelayLimits;
  connections: Connections;
  isClosing: () => boolean;
  accept: (req: IncomingMessage, socket: Duplex, head: Buffer, session: RelaySession, target: UpgradeTarget) => void;
}): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    socket.on('error', () => {});
    if (deps.isClosing()) return rejectUpgrade(socket, 503, 'Service Unavailable', 'internal', 'Máy chủ phòng họp đang tắt.');
    const url = new URL(req.url ?? '/', 'http://relay');
    const target = targetOf(url);
    if (!target) return rejectUpgrade(socket, 404, 'Not Found', 'not_found', 'Không tìm thấy.');
    const session = deps.auth.resolve(url.searchParams.get('token'));
    if (!session) {
      return rejectUpgrade(socket, 401, 'Unauthorized', 'unauthenticated', 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.');
    }
    if (deps.connections.all.size >= deps.limits.maxConnections) {
      return rejectUpgrade(socket, 503, 'Service Unavailable', 'internal', 'Máy chủ phòng họp đang quá tải.');
    }
    // One user's sockets are capped before the handshake, so a flood of half-open upgrades counts too.
    if (!deps.connections.reserve(session.userId)) {
      const limit = deps.limits.maxConnectionsPerUser;
      return rejectUpgrade(socket, 429, 'Too Many Requests', 'forbidden', refusalText('error.relay.tooManyConnections', { limit }));
    }
    // The socket outlives the handshake: its close releases the reservation whether or not a WebSocket came of it.
    socket.once('close', () => deps.connections.release(session.userId));
    (socket as Socket).setNoDelay?.(true);
    deps.accept(req, socket, head, session, target);
  };
}
