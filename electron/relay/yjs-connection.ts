import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CLOSE_MALFORMED, CLOSE_QUOTA, CLOSE_RATE_LIMITED } from '../../shared/relay-protocol/constants';
import type { RelaySession } from './auth';
import { createAwarenessGate } from './awareness-gate';
import type { RelayLimits, RelayLogger } from './config';
import type { Conn, Connections } from './connections';
import { monoMs } from './connections';
import type { UserStorage } from './db/user-storage';
import { refusalText } from './refusal';
import type { RelayEvent } from './relay-events';
import type { RoomAccess } from './room-access';
import type { RoomManager } from './room-manager';
import { encodeAwareness } from './room-manager';
import type { UpdateGate } from './update-gate';
import { encodePermissionDenied, handleYjsFrame, MalformedFrame, RejectedUpdate } from './yjs-frames';

/**
 * One Yjs room connection: access decided before anything is sent, every frame parsed fully, every write
 * checked on a scratch copy (update-gate.ts) against the room's rules and the room's and user's quotas,
 * awareness bounded (awareness-gate.ts), and a peer that floods updates with missing dependencies cut off.
 */
export type YjsConnectionDeps = {
  limits: RelayLimits;
  logger: RelayLogger;
  rooms: RoomManager;
  connections: Connections;
  userStorage: UserStorage;
  updateGate: UpdateGate;
  emit: (e: RelayEvent) => void;
};

const toBytes = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export function acceptYjs(deps: YjsConnectionDeps, ws: WebSocket, session: RelaySession, name: string, access: RoomAccess): void {
  const { limits, logger, rooms, connections, emit } = deps;
  const stats = connections.stats;
  if (access.access === 'none') {
    // Nothing has been sent on this socket yet: the peer learns only the close code.
    ws.on('error', () => {});
    ws.close(access.closeCode, access.reason);
    emit({ type: 'closed', channel: 'yjs', room: name, userId: session.userId, code: access.closeCode, reason: access.reason });
    return;
  }
  const room = rooms.acquire(name);
  const awarenessGate = createAwarenessGate(limits, monoMs);
  let missingInARow = 0;

  const hooksFor = (conn: Conn) => ({
    admitUpdate: (update: Uint8Array) =>
      deps.updateGate.check(conn.room!, update, {
        userId: conn.session.userId,
        role: conn.session.participant.role,
        storedBytes: deps.userStorage.bytes(conn.session.meetingId, conn.session.userId),
      }),
    admitAwareness: (update: Uint8Array) => awarenessGate.admit(conn.room!, conn.peer!, update),
  });

  const c = connections.register(
    ws,
    session,
    'yjs',
    name,
    (conn, data, isBinary) => {
      if (!isBinary) {
        stats.malformedFrames++;
        connections.close(conn, CLOSE_MALFORMED, 'text frame on a Yjs socket');
        return;
      }
      const r = conn.room;
      if (!r || r.failed) return;
      try {
        const outcome = handleYjsFrame(r, conn.peer!, conn.access, toBytes(data), hooksFor(conn));
        if (outcome === 'ok') return;
        if (outcome === 'applied') {
          missingInARow = 0;
          return;
        }
        stats.refusedWrites++;
        emit({
          type: 'refused',
          room: name,
          userId: session.userId,
          reason: outcome === 'refused' && !conn.access.canWrite ? conn.access.readOnlyReason : outcome,
        });
        if (outcome === 'quota') connections.close(conn, CLOSE_QUOTA, 'storage quota exceeded');
        if (outcome === 'throttled') connections.close(conn, CLOSE_RATE_LIMITED, 'too many refused updates; retry later');
        if (outcome === 'missing' && ++missingInARow > limits.maxMissingDependencyUpdates) {
          conn.peer!.send(encodePermissionDenied(refusalText('error.relay.tooManyMissing', { limit: limits.maxMissingDependencyUpdates })));
          connections.close(conn, CLOSE_QUOTA, 'too many updates with missing dependencies');
        }
      } catch (e) {
        stats.malformedFrames++;
        logger.warn('malformed Yjs frame; closing that connection', { room: name, user: session.userId, error: String(e) });
        const unreadable = e instanceof MalformedFrame && !(e instanceof RejectedUpdate);
        if (!unreadable) conn.peer!.send(encodePermissionDenied(refusalText('error.relay.updateMalformed')));
        connections.close(conn, CLOSE_MALFORMED, unreadable ? 'malformed frame' : 'update rejected');
      }
    },
    (conn) => {
      const r = conn.room;
      const peer = conn.peer;
      if (!r || !peer) return;
      r.peers.delete(peer);
      if (peer.awarenessIds.size > 0 && !r.failed) {
        awarenessProtocol.removeAwarenessStates(r.awareness, [...peer.awarenessIds], null);
      }
      rooms.release(r);
    },
  );
  c.access = { canWrite: access.access === 'write', readOnlyReason: access.readOnlyReason };
  c.room = room;
  c.peer = {
    id: 0,
    userId: session.userId,
    meetingId: session.meetingId,
    awarenessIds: new Set<number>(),
    send(bytes) {
      if (c.closed || ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > limits.maxBufferedBytes) {
        logger.warn('slow consumer dropped', { user: session.userId, room: name });
        c.closed = true;
        ws.terminate();
        return;
      }
      c.heartbeat.lastSentMs = monoMs();
      ws.send(bytes);
    },
    close: (code, reason) => connections.close(c, code, reason),
  };
  room.peers.add(c.peer);
  // Like y-websocket's server: a newcomer learns who is already there (writers' cursors only, see yjs-frames).
  const states = room.awareness.getStates();
  if (states.size > 0) c.peer.send(encodeAwareness(room.awareness, [...states.keys()]));
}
