import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { DocumentId, MeetingId, UserId } from '../../shared/model/ids';
import { isIdShape } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import { CLOSE_GOING_AWAY, CLOSE_NOT_FOUND, roomName } from '../../shared/relay-protocol/constants';
import type { LoginResponse } from '../../shared/relay-protocol/types';
import { closeDb, openDb } from '../common/sqlite/connection';
import type { Db } from '../common/sqlite/connection';
import type { RelaySession } from './auth';
import { createRelayAuth } from './auth';
import { createCommandChannel, NOOP_COMMAND_PROCESSOR } from './command-channel';
import type { CommandProcessorFactory, CommandProcessorLike } from './command-types';
import type { RelayConfig, RelayLimits } from './config';
import { resolveLimits, SILENT_LOGGER } from './config';
import { createConfidential } from './confidential';
import { createConnections, monoMs } from './connections';
import { RELAY_MIGRATIONS } from './db/migrations';
import { purgeExpiredSessions } from './db/sessions';
import { createUserStorage } from './db/user-storage';
import { createHeartbeat } from './heartbeat';
import { createBlobDownloads } from './blob-downloads';
import { createHttpHandler } from './http-api';
import { meetingCommandsFactoryWith } from './meeting-commands';
import { createPackageStore } from './package-store';
import { createPresenceTracker } from './presence';
import { withRecall } from './recall-processor';
import type { RelayEvent, RelayStats } from './relay-events';
import type { RoomAccess } from './room-access';
import { parseRoomName, roomAccess } from './room-access';
import type { RoomPeer } from './room-manager';
import { createRoomManager } from './room-manager';
import { createRelayServer, describeTls } from './tls';
import { LIVE_PATCH_PARAM, LIVE_PATCH_VALUE } from '../../shared/relay-protocol/live-patch';
import { createUpdateGate } from './update-gate';
import { createUpgradeHandler } from './upgrade';
import { acceptYjs } from './yjs-connection';
import { issueProjectorSession } from './projector';

/**
 * The meeting-room relay: HTTP (login, package, blobs) and WebSocket (Yjs rooms, commands) on one port.
 * A pure factory: all state hangs off the returned object, so tests run several relays in one process
 * and the secretariat's app can embed one.
 */
export type { RelayEvent, RelayStats } from './relay-events';

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

export async function createRelay(config: RelayConfig): Promise<Relay> {
  const limits = resolveLimits(config.limits);
  const now = config.now ?? Date.now;
  const logger = config.logger ?? SILENT_LOGGER;
  const host = config.host ?? '127.0.0.1';
  const dataDir = config.dataDir;

  const db: Db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
  const userStorage = createUserStorage(db);
  purgeExpiredSessions(db, now());
  const packages = createPackageStore(dataDir);
  const presence = createPresenceTracker();
  const listeners = new Set<(e: RelayEvent) => void>();
  const emit = (e: RelayEvent) => {
    for (const l of [...listeners]) l(e);
  };
  let closing = false;

  const rooms = createRoomManager({
    db,
    compactOnFreeAfterUpdates: limits.compactOnFreeAfterUpdates,
    logger,
    onUpdate: (room, _u, origin) => emit({ type: 'update', room, byRelay: !(origin && typeof origin === 'object') }),
    account: (_room, update, origin) => {
      const peer = origin && typeof origin === 'object' && 'userId' in origin ? (origin as RoomPeer) : null;
      if (peer) userStorage.add(peer.meetingId, peer.userId, update.byteLength);
    },
  });
  const confidential = createConfidential({ db, dataDir, now });
  const auth = createRelayAuth({
    db,
    currentPackage: packages.current,
    now,
    sessionTtlMs: limits.sessionTtlMs,
    failuresPerMinute: limits.loginFailuresPerMinute,
    meetingKey: confidential.keyFor,
    overLaptopLimit: confidential.overLaptopLimit,
  });
  const heartbeat = createHeartbeat({
    intervalMs: limits.heartbeatMs,
    timeoutMs: limits.presenceTimeoutMs,
    keepaliveMs: limits.keepaliveMs,
    monoMs,
    // Bytes still queued towards the laptop tell a swamped link (pings stuck behind data) from a gone laptop.
    onTerminate: (ws, pongAgeMs) =>
      logger.warn('heartbeat: no pong in time, connection terminated', {
        pongAgeMs: Math.round(pongAgeMs),
        queuedBytes: ws.bufferedAmount,
      }),
  });

  const publishResult = (meetingId: MeetingId, fn: (doc: Y.Doc) => void) => {
    if (!isIdShape(meetingId)) throw new Error(`bad meeting id ${String(meetingId)}`);
    rooms.write(roomName('results', meetingId), fn);
  };

  // One processor per published meeting; a fixed object given in config is used as is.
  const factory: CommandProcessorFactory | null =
    typeof config.commands === 'function'
      ? config.commands
      : config.commands
        ? null
        : meetingCommandsFactoryWith(config.commandOptions ?? {});
  const recallDeps = { confidential, meetingPackage: packages.current, now };
  let processor: CommandProcessorLike =
    typeof config.commands === 'object' ? withRecall(config.commands, recallDeps) : NOOP_COMMAND_PROCESSOR;
  let processorMeeting: MeetingId | null = null;
  const commands = createCommandChannel({ processor, isOnline: presence.isOnline, online: presence.online, logger });
  const ensureProcessor = () => {
    const pkg = packages.current();
    if (!factory || !pkg || pkg.meeting.id === processorMeeting) return;
    const previous = processor;
    processor = withRecall(
      factory({
        pkg,
        db,
        dataDir,
        now,
        meetingPackage: packages.current,
        publishResult,
        isOnline: presence.isOnline,
        presence: presence.online,
      }),
      recallDeps,
    );
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

  const yjsWss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxYjsFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const cmdWss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxCommandFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const connections = createConnections({ limits, presence, heartbeat, emit, isClosing: () => closing });
  const conns = connections.all;
  const closeConn = connections.close;
  const isConfidentialDocument = (id: DocumentId): boolean =>
    packages.current()?.documents.some((d) => d.id === id && d.confidentiality === 'mat') === true;
  const yjsDeps = {
    limits,
    logger,
    rooms,
    connections,
    userStorage,
    updateGate: createUpdateGate(limits, monoMs, isConfidentialDocument),
    emit,
  };

  const accessOf = (session: RelaySession, name: string): RoomAccess => {
    const parsed = parseRoomName(name);
    const pkg = packages.current();
    if (!parsed || !pkg) return { access: 'none', closeCode: CLOSE_NOT_FOUND, reason: 'not found: no such room' };
    // Rooms of confidential documents: like their files, only for a laptop admitted to hold them (and not after recall).
    return roomAccess(parsed, session.participant, pkg, !confidential.admit(pkg, session.participant, session.laptop));
  };

  function acceptCommands(ws: WebSocket, session: RelaySession, patches: boolean): void {
    connections.register(
      ws,
      session,
      'commands',
      null,
      (_c, data, isBinary) => commands.onMessage(ws, data, isBinary),
      () => commands.detach(ws),
    );
    commands.attach(ws, session, { patches });
  }

  const tlsInfo = config.tls ? describeTls(config.tls) : null;
  const server = createRelayServer(
    createHttpHandler({
      auth,
      packages,
      presence: presence.online,
      confidential,
      blobDownloads: createBlobDownloads(limits.maxBlobDownloadsPerUser),
      maxBlobDownloadsPerUser: limits.maxBlobDownloadsPerUser,
      now,
      health: () => ({ meetingId: packages.current()?.meeting.id ?? null, rooms: rooms.roomCount(), connections: conns.size }),
      issueProjector: (by) => issueProjectorSession(db, { role: by.participant.role, meetingId: by.meetingId }, now()),
    }),
    config.tls ?? null,
  );
  server.on(
    'upgrade',
    createUpgradeHandler({
      auth,
      limits,
      connections,
      isClosing: () => closing,
      accept(req, socket, head, session, target) {
        if (target.channel === 'yjs') {
          yjsWss.handleUpgrade(req, socket, head, (ws) => acceptYjs(yjsDeps, ws, session, target.name, accessOf(session, target.name)));
        } else {
          const patches = new URL(req.url ?? '/', 'http://relay').searchParams.get(LIVE_PATCH_PARAM) === LIVE_PATCH_VALUE;
          cmdWss.handleUpgrade(req, socket, head, (ws) => acceptCommands(ws, session, patches));
        }
      },
    }),
  );

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

  // A recall closes the shared annotation rooms of confidential documents for everyone but the secretariat.
  confidential.onChange(() => {
    if (!closing) recheckConnections();
  });

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
    stats: () => ({ rooms: rooms.roomCount(), connections: conns.size, ...connections.stats }),
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
