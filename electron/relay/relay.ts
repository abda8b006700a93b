import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { MeetingId, UserId } from '../../shared/model/ids';
import { isIdShape } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { MessageKey } from '../../shared/i18n';
import { appError } from '../../shared/util/result';
import { closeDb, openDb } from '../common/sqlite/connection';
import type { Db } from '../common/sqlite/connection';
import type { RelaySession } from './auth';
import { createRelayAuth } from './auth';
import { createCommandChannel, NOOP_COMMAND_PROCESSOR } from './command-channel';
import type { CommandProcessorFactory, CommandProcessorLike } from './command-types';
import type { RelayConfig, RelayLimits } from './config';
import { resolveLimits, SILENT_LOGGER } from './config';
import { RELAY_MIGRATIONS } from './db/migrations';
import { purgeExpiredSessions } from './db/sessions';
import type { HeartbeatEntry } from './heartbeat';
import { createHeartbeat } from './heartbeat';
import { createHttpHandler } from './http-api';
import { meetingCommandsFactoryWith } from './meeting-commands';
import { createPackageStore } from './package-store';
import { createPresenceTracker } from './presence';
import {
  CLOSE_GOING_AWAY,
  CLOSE_MALFORMED,
  CLOSE_NOT_FOUND,
  CLOSE_RATE_LIMITED,
  CLOSE_TOO_BIG,
  COMMANDS_PATH,
  KEEPALIVE_FRAME,
  roomName,
  YJS_PATH_PREFIX,
} from '../../shared/relay-protocol/constants';
import { createRateLimiter } from './rate-limit';
import type { RoomAccess } from './room-access';
import { parseRoomName, roomAccess } from './room-access';
import type { Room, RoomPeer } from './room-manager';
import { createRoomManager, encodeAwareness } from './room-manager';
import { createRelayServer, describeTls } from './tls';
import type { LoginResponse } from '../../shared/relay-protocol/types';
import { handleYjsFrame, MalformedFrame } from './yjs-frames';

/**
 * The meeting-room relay: HTTP (login, package, blobs) and WebSocket (Yjs rooms, commands) on one port.
 * A pure factory: all state hangs off the returned object, so tests run several relays in one process
 * and the secretariat's app can embed one.
 */
export type RelayEvent =
  | { type: 'presence'; online: UserId[] }
  | { type: 'refused'; room: string; userId: UserId; reason: string }
  | { type: 'closed'; channel: 'yjs' | 'commands'; room: string | null; userId: UserId; code: number; reason: string }
  | { type: 'update'; room: string; byRelay: boolean };

export type RelayStats = { rooms: number; connections: number; refusedWrites: number; malformedFrames: number };

export type Relay = {
  /** https://host:port (http:// without a certificate; 127.0.0.1 when listening on all interfaces). */
  readonly url: string;
  /** The served certificate's SHA-256 fingerprint and short code (laptops pin it); null over plain http. */
  readonly certificate: { fingerprint256: string; code: string } | null;
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  close(): Promise<void>;
  /** Publishes a meeting: copies and verifies blobs into dataDir, replaces package.json, re-checks live connections. */
  loadPackage(pkg: MeetingPackage, blobDir: string): void;
  currentPackage(): MeetingPackage | null;
  /** Writes the `results:<meetingId>` room (only the relay writes it); persisted before broadcast. */
  publishResult(meetingId: MeetingId, fn: (doc: Y.Doc) => void): void;
  /**
   * Embedded use only (the hosting laptop's own user): a session for a participant of the published meeting
   * without a password; null if they are not a participant. Not exposed over the network.
   */
  issueSession(userId: UserId): LoginResponse | null;
  /** Full state of a room as a Yjs update (loads it transiently if nobody is connected). */
  roomState(name: string): Uint8Array;
  presence(): UserId[];
  onPresence(listener: (online: UserId[]) => void): () => void;
  onEvent(listener: (e: RelayEvent) => void): () => void;
  stats(): RelayStats;
  readonly limits: RelayLimits;
};

type Conn = {
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

const monoMs = () => performance.now();

function rejectUpgrade(socket: Duplex, status: number, text: string, key: MessageKey): void {
  const body = JSON.stringify({ ok: false, error: appError(status === 401 ? 'unauthenticated' : 'not_found', key) });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

const toBytes = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export async function createRelay(config: RelayConfig): Promise<Relay> {
  const limits = resolveLimits(config.limits);
  const now = config.now ?? Date.now;
  const logger = config.logger ?? SILENT_LOGGER;
  const host = config.host ?? '127.0.0.1';
  const dataDir = config.dataDir;

  const db: Db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
  purgeExpiredSessions(db, now());
  const packages = createPackageStore(dataDir);
  const presence = createPresenceTracker();
  const listeners = new Set<(e: RelayEvent) => void>();
  const emit = (e: RelayEvent) => {
    for (const l of [...listeners]) l(e);
  };
  const stats = { refusedWrites: 0, malformedFrames: 0 };
  const conns = new Set<Conn>();
  let closing = false;

  const rooms = createRoomManager({
    db,
    compactOnFreeAfterUpdates: limits.compactOnFreeAfterUpdates,
    logger,
    onUpdate: (room, _u, origin) => emit({ type: 'update', room, byRelay: !(origin && typeof origin === 'object') }),
  });
  const auth = createRelayAuth({
    db,
    currentPackage: packages.current,
    now,
    sessionTtlMs: limits.sessionTtlMs,
    failuresPerMinute: limits.loginFailuresPerMinute,
  });
  const heartbeat = createHeartbeat({
    intervalMs: limits.heartbeatMs,
    timeoutMs: limits.presenceTimeoutMs,
    keepaliveMs: limits.keepaliveMs,
    monoMs,
  });

  const publishResult = (meetingId: MeetingId, fn: (doc: Y.Doc) => void) => {
    if (!isIdShape(meetingId)) throw new Error(`bad meeting id ${String(meetingId)}`);
    rooms.write(roomName('results', meetingId), fn);
  };

  // One processor per published meeting; a fixed object given in config is used as is.
  const factory: CommandProcessorFactory | null =
    typeof config.commands === 'function' ? config.commands : config.commands ? null : meetingCommandsFactoryWith(config.commandOptions ?? {});
  let processor: CommandProcessorLike = typeof config.commands === 'object' ? config.commands : NOOP_COMMAND_PROCESSOR;
  let processorMeeting: MeetingId | null = null;
  const commands = createCommandChannel({ processor, isOnline: presence.isOnline, online: presence.online, logger });
  const ensureProcessor = () => {
    const pkg = packages.current();
    if (!factory || !pkg || pkg.meeting.id === processorMeeting) return;
    const previous = processor;
    processor = factory({ pkg, db, dataDir, now, meetingPackage: packages.current, publishResult, isOnline: presence.isOnline, presence: presence.online });
    processorMeeting = pkg.meeting.id;
    commands.setProcessor(processor);
    previous.close();
  };
  ensureProcessor();
  presence.subscribe((online) => {
    commands.presenceChanged(online);
    processor.notifyPresenceChanged?.();
    emit({ type: 'presence', online });
  });

  const yjsWss = new WebSocketServer({ noServer: true, maxPayload: limits.maxYjsFrameBytes, perMessageDeflate: false, clientTracking: false });
  const cmdWss = new WebSocketServer({ noServer: true, maxPayload: limits.maxCommandFrameBytes, perMessageDeflate: false, clientTracking: false });

  const closeConn = (c: Conn, code: number, reason: string) => {
    if (c.closeCode === null) {
      c.closeCode = code;
      c.closeReason = reason;
    }
    c.closed = true;
    c.ws.close(code, reason);
  };

  const accessOf = (session: RelaySession, name: string): RoomAccess => {
    const parsed = parseRoomName(name);
    const pkg = packages.current();
    if (!parsed || !pkg) return { access: 'none', closeCode: CLOSE_NOT_FOUND, reason: 'not found: no such room' };
    return roomAccess(parsed, session.participant, pkg);
  };

  /** Plumbing shared by both channels: presence, heartbeat, rate limit, error and close bookkeeping. */
  function register(ws: WebSocket, session: RelaySession, channel: Conn['channel'], name: string | null, onFrame: (c: Conn, data: Buffer, isBinary: boolean) => void, onClose: (c: Conn) => void): Conn {
    const c: Conn = {
      ws,
      session,
      channel,
      room: null,
      roomName: name,
      peer: null,
      access: { canWrite: false, readOnlyReason: '' },
      heartbeat: heartbeat.track(ws, channel === 'yjs' ? KEEPALIVE_FRAME : null),
      closeCode: null,
      closeReason: '',
      closed: false,
    };
    const limiter = createRateLimiter(limits.messagesPerSecond, limits.messageBurst, monoMs);
    conns.add(c);
    presence.add(session.userId);
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
      if (c.closed || closing) return;
      if (!limiter.take()) {
        closeConn(c, CLOSE_RATE_LIMITED, 'rate limit exceeded; retry later');
        return;
      }
      onFrame(c, data, isBinary);
    });
    ws.on('close', (code: number, reason: Buffer) => {
      c.closed = true;
      conns.delete(c);
      heartbeat.untrack(c.heartbeat);
      onClose(c);
      presence.remove(session.userId);
      emit({
        type: 'closed',
        channel,
        room: name,
        userId: session.userId,
        code: c.closeCode ?? code,
        reason: c.closeCode !== null ? c.closeReason : reason.toString('utf8'),
      });
    });
    return c;
  }

  function acceptYjs(ws: WebSocket, session: RelaySession, name: string): void {
    const access = accessOf(session, name);
    if (access.access === 'none') {
      // Nothing has been sent on this socket yet: the peer learns only the close code.
      ws.on('error', () => {});
      ws.close(access.closeCode, access.reason);
      emit({ type: 'closed', channel: 'yjs', room: name, userId: session.userId, code: access.closeCode, reason: access.reason });
      return;
    }
    const room = rooms.acquire(name);
    const c = register(
      ws,
      session,
      'yjs',
      name,
      (conn, data, isBinary) => {
        if (!isBinary) {
          stats.malformedFrames++;
          closeConn(conn, CLOSE_MALFORMED, 'text frame on a Yjs socket');
          return;
        }
        const r = conn.room;
        if (!r || r.failed) return;
        try {
          if (handleYjsFrame(r, conn.peer!, conn.access, toBytes(data)) === 'refused') {
            stats.refusedWrites++;
            emit({ type: 'refused', room: name, userId: session.userId, reason: conn.access.readOnlyReason });
          }
        } catch (e) {
          stats.malformedFrames++;
          logger.warn('malformed Yjs frame; closing that connection', { room: name, user: session.userId, error: String(e) });
          closeConn(conn, CLOSE_MALFORMED, e instanceof MalformedFrame ? 'malformed frame' : 'update rejected');
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
      close: (code, reason) => closeConn(c, code, reason),
    };
    room.peers.add(c.peer);
    // Like y-websocket's server: a newcomer learns who is already there (writers' cursors only, see yjs-frames).
    const states = room.awareness.getStates();
    if (states.size > 0) c.peer.send(encodeAwareness(room.awareness, [...states.keys()]));
  }

  function acceptCommands(ws: WebSocket, session: RelaySession): void {
    register(
      ws,
      session,
      'commands',
      null,
      (_c, data, isBinary) => commands.onMessage(ws, data, isBinary),
      () => commands.detach(ws),
    );
    commands.attach(ws, session);
  }

  const tlsInfo = config.tls ? describeTls(config.tls) : null;
  const server = createRelayServer(
    createHttpHandler({
      auth,
      packages,
      presence: presence.online,
      health: () => ({ meetingId: packages.current()?.meeting.id ?? null, rooms: rooms.roomCount(), connections: conns.size }),
    }),
    config.tls ?? null,
  );
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    if (closing) return rejectUpgrade(socket, 503, 'Service Unavailable', 'error.relay.shuttingDown');
    const url = new URL(req.url ?? '/', 'http://relay');
    let target: { channel: 'yjs'; name: string } | { channel: 'commands' } | null = null;
    if (url.pathname.startsWith(YJS_PATH_PREFIX)) {
      try {
        target = { channel: 'yjs', name: decodeURIComponent(url.pathname.slice(YJS_PATH_PREFIX.length)) };
      } catch {
        target = null;
      }
    } else if (url.pathname === COMMANDS_PATH) target = { channel: 'commands' };
    if (!target) return rejectUpgrade(socket, 404, 'Not Found', 'error.relay.notFound');
    // Authenticate before the WebSocket exists: an unauthenticated peer never gets to send a Yjs message.
    const session = auth.resolve(url.searchParams.get('token'));
    if (!session) return rejectUpgrade(socket, 401, 'Unauthorized', 'error.relay.sessionInvalid');
    if (conns.size >= limits.maxConnections) return rejectUpgrade(socket, 503, 'Service Unavailable', 'error.relay.overloaded');
    (socket as Socket).setNoDelay?.(true);
    if (target.channel === 'yjs') {
      const name = target.name;
      yjsWss.handleUpgrade(req, socket, head, (ws) => acceptYjs(ws, session, name));
    } else {
      cmdWss.handleUpgrade(req, socket, head, (ws) => acceptCommands(ws, session));
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    // Port taken, permission denied...: leave nothing open behind.
    heartbeat.stop();
    commands.close();
    processor.close();
    closeDb(db);
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

  /** After a new package: drop connections that lost access, and downgrade/upgrade the rest. */
  function recheckConnections(): void {
    for (const c of [...conns]) {
      const s = auth.resolve(c.session.token);
      if (!s) {
        closeConn(c, CLOSE_GOING_AWAY, 'session no longer valid for the published meeting');
        continue;
      }
      c.session = s;
      if (c.channel !== 'yjs' || !c.roomName) continue;
      const a = accessOf(s, c.roomName);
      if (a.access === 'none') closeConn(c, a.closeCode, a.reason);
      else c.access = { canWrite: a.access === 'write', readOnlyReason: a.readOnlyReason };
    }
  }

  return {
    url: `${tlsInfo ? 'https' : 'http'}://${urlHost}:${port}`,
    certificate: tlsInfo ? { fingerprint256: tlsInfo.fingerprint256, code: tlsInfo.code } : null,
    port,
    host,
    dataDir,
    limits,
    loadPackage(pkg, blobDir) {
      packages.load(pkg, blobDir);
      recheckConnections();
      ensureProcessor();
    },
    currentPackage: packages.current,
    publishResult,
    issueSession: (userId) => auth.issue(userId),
    roomState: (name) => rooms.encodeState(name),
    presence: presence.online,
    onPresence: (l) => presence.subscribe(l),
    onEvent(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    stats: () => ({ rooms: rooms.roomCount(), connections: conns.size, ...stats }),
    async close() {
      if (closing) return;
      closing = true;
      heartbeat.stop();
      const closed = [...conns].map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.ws.readyState === c.ws.CLOSED) return resolve();
            c.ws.once('close', () => resolve());
            closeConn(c, CLOSE_GOING_AWAY, 'relay shutting down');
          }),
      );
      // Peers get a moment to answer the close handshake; whoever does not is cut off.
      const grace = setTimeout(() => {
        for (const c of conns) c.ws.terminate();
      }, 500);
      await Promise.all(closed);
      clearTimeout(grace);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      commands.close();
      processor.close();
      rooms.closeAll();
      yjsWss.close();
      cmdWss.close();
      closeDb(db);
    },
  };
}
