import { performance } from 'node:perf_hooks';
import type { WebSocket } from 'ws';
import type { UserId } from '../../shared/model/ids';
import { CLOSE_RATE_LIMITED, CLOSE_TOO_BIG, KEEPALIVE_FRAME } from '../../shared/relay-protocol/constants';
import type { RelaySession } from './auth';
import type { RelayLimits } from './config';
import type { Heartbeat, HeartbeatEntry } from './heartbeat';
import type { PresenceTracker } from './presence';
import { createRateLimiter } from './rate-limit';
import type { RelayEvent } from './relay-events';
import type { Room, RoomPeer } from './room-manager';

/**
 * The relay's open WebSockets, both channels: presence, heartbeat, per-connection rate limit, error and
 * close bookkeeping, and how many sockets each user holds (handshakes in flight included), so one token
 * cannot take the relay's whole connection budget.
 */
export type Conn = {
  ws: WebSocket;
  session: RelaySession;
  channel: 'yjs' | 'commands';
  room: Room | null;
  roomName: string | null;
  peer: RoomPeer | null;
  access: { canWrite: boolean; readOnlyReason: string };
  heartbeat: HeartbeatEntry;
  closeCode: number | null;
  closeReason: string;
  closed: boolean;
};

export type ConnStats = { refusedWrites: number; malformedFrames: number };

export type Connections = {
  readonly all: Set<Conn>;
  readonly stats: ConnStats;
  /** Reserves a socket for `userId` (false when the user is at the cap); release exactly once. */
  reserve(userId: UserId): boolean;
  release(userId: UserId): void;
  register(
    ws: WebSocket,
    session: RelaySession,
    channel: Conn['channel'],
    name: string | null,
    onFrame: (c: Conn, data: Buffer, isBinary: boolean) => void,
    onClose: (c: Conn) => void,
  ): Conn;
  close(c: Conn, code: number, reason: string): void;
};

export const monoMs = (): number => performance.now();

export function createConnections(deps: {
  limits: RelayLimits;
  presence: PresenceTracker;
  heartbeat: Heartbeat;
  emit: (e: RelayEvent) => void;
  isClosing: () => boolean;
}): Connections {
  const { limits } = deps;
  const all = new Set<Conn>();
  const perUser = new Map<UserId, number>();
  const stats: ConnStats = { refusedWrites: 0, malformedFrames: 0 };

  const close = (c: Conn, code: number, reason: string) => {
    if (c.closeCode === null) {
      c.closeCode = code;
      c.closeReason = reason;
    }
    c.closed = true;
    c.ws.close(code, reason);
  };

  return {
    all,
    stats,
    reserve(userId) {
      const n = perUser.get(userId) ?? 0;
      if (n >= limits.maxConnectionsPerUser) return false;
      perUser.set(userId, n + 1);
      return true;
    },
    release(userId) {
      const n = (perUser.get(userId) ?? 1) - 1;
      if (n <= 0) perUser.delete(userId);
      else perUser.set(userId, n);
    },
    close,
    register(ws, session, channel, name, onFrame, onClose) {
      const c: Conn = {
        ws,
        session,
        channel,
        room: null,
        roomName: name,
        peer: null,
        access: { canWrite: false, readOnlyReason: '' },
        heartbeat: deps.heartbeat.track(ws, channel === 'yjs' ? KEEPALIVE_FRAME : null),
        closeCode: null,
        closeReason: '',
        closed: false,
      };
      const limiter = createRateLimiter(limits.messagesPerSecond, limits.messageBurst, monoMs);
      all.add(c);
      // The big screen is not a person: it never shows as online.
      if (!session.projector) deps.presence.add(session.userId);
      ws.on('error', (e: Error & { code?: string }) => {
        // The ws library closes the socket itself (1009 for oversize, 1002 for protocol errors).
        if (c.closeCode === null) {
          c.closeCode = e.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? CLOSE_TOO_BIG : 1002;
          c.closeReason = e.code ?? e.message;
        }
        if (c.closeCode === CLOSE_TOO_BIG || c.closeCode === 1002) stats.malformedFrames++;
      });
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        c.heartbeat.lastPongMs = monoMs();
        if (c.closed || deps.isClosing()) return;
        if (!limiter.take()) {
          close(c, CLOSE_RATE_LIMITED, 'rate limit exceeded; retry later');
          return;
        }
        onFrame(c, data, isBinary);
      });
      ws.on('close', (code: number, reason: Buffer) => {
        c.closed = true;
        all.delete(c);
        deps.heartbeat.untrack(c.heartbeat);
        onClose(c);
        if (!session.projector) deps.presence.remove(session.userId);
        deps.emit({
          type: 'closed',
          channel,
          room: name,
          userId: session.userId,
          code: c.closeCode ?? code,
          reason: c.closeCode !== null ? c.closeReason : reason.toString('utf8'),
        });
      });
      return c;
    },
  };
}
