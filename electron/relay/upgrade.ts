import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { COMMANDS_PATH, YJS_PATH_PREFIX } from '../../shared/relay-protocol/constants';
import { appError } from '../../shared/util/result';
import type { RelayAuth, RelaySession } from './auth';
import type { RelayLimits } from './config';
import type { Connections } from './connections';

/**
 * The HTTP upgrade: route, authenticate (before any WebSocket exists, so an unauthenticated peer never sends
 * a Yjs message), then the global and per-user socket caps. Every refusal is an HTTP status with a JSON
 * error body saying why.
 */
export type UpgradeTarget = { channel: 'yjs'; name: string } | { channel: 'commands' };

function rejectUpgrade(socket: Duplex, status: number, text: string, key: MessageKey, params?: MessageParams): void {
  const code = status === 401 ? 'unauthenticated' : status === 429 ? 'forbidden' : 'not_found';
  const body = JSON.stringify({ ok: false, error: appError(code, key, params) });
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
    if (deps.isClosing()) return rejectUpgrade(socket, 503, 'Service Unavailable', 'error.relay.shuttingDown');
    const url = new URL(req.url ?? '/', 'http://relay');
    const target = targetOf(url);
    if (!target) return rejectUpgrade(socket, 404, 'Not Found', 'error.relay.notFound');
    const session = deps.auth.resolve(url.searchParams.get('token'));
    if (!session) return rejectUpgrade(socket, 401, 'Unauthorized', 'error.relay.sessionInvalid');
    // The big screen's session watches the live view on /commands; it opens no document or annotation room.
    if (session.projector && target.channel !== 'commands') return rejectUpgrade(socket, 403, 'Forbidden', 'error.relay.projectorReadOnly');
    if (deps.connections.all.size >= deps.limits.maxConnections) {
      return rejectUpgrade(socket, 503, 'Service Unavailable', 'error.relay.overloaded');
    }
    // One user's sockets are capped before the handshake, so a flood of half-open upgrades counts too.
    if (!deps.connections.reserve(session.userId)) {
      return rejectUpgrade(socket, 429, 'Too Many Requests', 'error.relay.tooManyConnections', {
        limit: deps.limits.maxConnectionsPerUser,
      });
    }
    // The socket outlives the handshake: its close releases the reservation whether or not a WebSocket came of it.
    socket.once('close', () => deps.connections.release(session.userId));
    (socket as Socket).setNoDelay?.(true);
    deps.accept(req, socket, head, session, target);
  };
}
