import type { WebSocket as WsWebSocket } from 'ws';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MeetingId, UserId } from '../../../shared/model/ids';
import type { LoginResponse, PublicMeetingPackage } from '../../../shared/relay-protocol/types';
import type { AppError, Result } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { BlobStore } from '../blob-store';
import { linkConfidential } from '../confidential/link-confidential';
import type { FetchLike } from '../sync/relay-http';
import type { ConnectionState, SyncClient } from '../sync/sync-client';
import { createSyncClient } from '../sync/sync-client';
import { laptopIdentity } from './laptop-identity';
import type { LocalDocs } from '../ydocs/local-docs';
import { getCachedManifest } from './account-store';
import type { PackageSync } from './package-sync';
import { createPackageSync } from './package-sync';
import { roomsFor } from './rooms';

/**
 * One user's link to one relay: the sync client (attached to the laptop's own Y.Docs), the rooms that user
 * syncs, the credentials it signs in with, the live view it receives, and — for a relay elsewhere on the LAN —
 * the meeting package. A link to the relay this laptop hosts has no package to fetch: it is local already.
 */
export type LiveSnapshot = { view: MeetingLiveView | null; online: UserId[] };

export type RelayLink = {
  readonly userId: UserId;
  readonly relayUrl: string;
  /** Signed in through the relay this laptop hosts (an in-process session, no password). */
  readonly hosted: boolean;
  readonly client: SyncClient;
  /** Same person on the same relay elsewhere: the running client (and its queued commands) can be kept. */
  isFor(userId: UserId, relayUrl: string): boolean;
  /** New credentials (a password changed on the relay, typed again): the client signs in again. */
  setCredentials(password: string, username?: string): void;
  /** The username and password this link signs in with (none for a hosted link). */
  credentials(): { username: string; password: string } | null;
  state(): ConnectionState;
  download(): RelayStatus['download'];
  /** Why the link is not working as it should (auth refused, package failing), if it is not. */
  problem(): AppError | null;
  live(): LiveSnapshot;
  /** Starts connecting (events may fire from here on, synchronously too). */
  start(): void;
  /** Resolves once the meeting is in the local database (hosted: at once). */
  whenManifest(): Promise<void>;
  stop(): Promise<void>;
};

export type LinkEvents = {
  onStatus(urgent: boolean): void;
  onLive(snapshot: LiveSnapshot): void;
  onMeetingChanged(meetingId: MeetingId): void;
};

export type LinkDeps = {
  db: Db;
  blobs: BlobStore;
  ydocs: LocalDocs;
  now: () => Date;
  log: (msg: string, e?: unknown) => void;
  fetchImpl: FetchLike;
  /** The pinned WebSocket class for an https relay (relay-pins.ts); ws's own otherwise. */
  WebSocketImpl?: typeof WsWebSocket;
  tuning: { backoff?: { initialMs?: number; maxMs?: number }; random?: () => number; deadConnectionMs?: number };
};

export type LinkRequest = {
  userId: UserId;
  relayUrl: string;
  username: string;
  password: string | null;
  hosted: boolean;
  login?: LoginResponse | null;
  authenticate?: () => Promise<Result<LoginResponse>>;
  /** The package when known here already (the hosting laptop's own export). */
  manifest?: PublicMeetingPackage;
};

export function openRelayLink(deps: LinkDeps, req: LinkRequest, events: LinkEvents): RelayLink {
  const { tuning } = deps;
  const cached = req.hosted ? null : getCachedManifest(deps.db, req.userId, req.relayUrl);
  const rooms = new Set<string>();
  const confidential = linkConfidential({
    ...deps,
    userId: req.userId,
    relayUrl: req.relayUrl,
    closeRooms: (names) => {
      for (const room of names) {
        if (!rooms.delete(room)) continue;
        client.closeRoom(room);
      }
    },
  });
  const client = createSyncClient({
    relayUrl: req.relayUrl,
    username: req.username,
    password: req.password ?? '',
    db: deps.db,
    blobDir: deps.blobs.dir,
    // The laptop's own docs: what the renderer edits is what syncs, stored once (by LocalDocs).
    docs: { get: (room) => deps.ydocs.get(room), persisted: true },
    login: req.login ?? null,
    ...(req.authenticate ? { authenticate: req.authenticate } : {}),
    laptop: laptopIdentity(deps.db),
    manifest: cached ? { etag: cached.etag, package: cached.package } : null,
    ...(tuning.backoff ? { backoff: tuning.backoff } : {}),
    ...(tuning.random ? { random: tuning.random } : {}),
    ...(tuning.deadConnectionMs ? { deadConnectionMs: tuning.deadConnectionMs } : {}),
    fetchImpl: deps.fetchImpl,
    ...(deps.WebSocketImpl ? { WebSocketImpl: deps.WebSocketImpl } : {}),
    autoStart: false,
    // Confidential documents: the meeting key stays in memory; their files are sealed with it as they arrive.
    onLogin: confidential.onLogin,
    blobStorage: confidential.storage,
  });
  let credentials = { username: req.username, password: req.password };
  let live: LiveSnapshot = { view: null, online: [] };
  let stopped = false;

  let lastPackage: PublicMeetingPackage | null = null;
  const syncRooms = (pkg: PublicMeetingPackage) => {
    lastPackage = pkg;
    // A confidential document's rooms stay closed while this laptop lacks the meeting key (after a restart
    // without the relay); they open when the key arrives at sign-in (the key ring's change below).
    const want = new Set(roomsFor(req.userId, pkg).filter((room) => deps.ydocs.canOpen(room)));
    for (const room of [...rooms]) {
      if (want.has(room)) continue;
      client.closeRoom(room);
      rooms.delete(room);
    }
    for (const room of want) {
      if (rooms.has(room)) continue;
      client.openRoom(room);
      rooms.add(room);
    }
  };

  const packages: PackageSync | null = req.hosted
    ? null
    : createPackageSync({
        db: deps.db,
        client,
        userId: req.userId,
        relayUrl: req.relayUrl,
        now: deps.now,
        log: deps.log,
        // Never slower than reconnecting would be (`backoff.maxMs`, which tests shorten).
        maxRetryMs: tuning.backoff?.maxMs ?? Infinity,
        onManifest: syncRooms,
        onMeetingChanged: events.onMeetingChanged,
        onChange: events.onStatus,
      });

  const unsubs = [
    deps.blobs.keys.onChange(() => {
      if (!stopped && lastPackage) syncRooms(lastPackage);
    }),
    client.onState((s) => {
      if (stopped) return;
      // Every (re)connection re-checks the package: one 304 when nothing changed.
      if (s === 'online') void packages?.refresh();
      events.onStatus(true);
    }),
    client.onCommandState((view) => {
      if (stopped) return;
      // The hosting laptop keeps the originals: only a link to a relay elsewhere gives confidential copies back.
      if (!req.hosted) confidential.onLiveView(view, client.session()?.token ?? null);
      live = { view, online: client.presence() };
      events.onLive(live);
    }),
    client.onPresence((online) => {
      if (stopped) return;
      live = { view: live.view, online };
      events.onLive(live);
    }),
  ];
  // Rooms open from local SQLite at once, online or not.
  const known = req.manifest ?? cached?.package;
  if (known) syncRooms(known);

  return {
    userId: req.userId,
    relayUrl: req.relayUrl,
    hosted: req.hosted,
    client,
    isFor: (userId, relayUrl) => !req.hosted && userId === req.userId && relayUrl === req.relayUrl,
    setCredentials(password, username = credentials.username) {
      if (req.hosted || (credentials.username === username && credentials.password === password)) return;
      credentials = { username, password };
      client.setCredentials(username, password);
    },
    credentials: () => (credentials.password === null ? null : { username: credentials.username, password: credentials.password }),
    state: () => client.state(),
    download: () => packages?.download() ?? null,
    problem: () => (client.state() === 'auth_failed' ? client.authError() : (packages?.error() ?? confidential.problem())),
    live: () => live,
    start: () => client.start(),
    whenManifest: () => packages?.whenManifest() ?? Promise.resolve(),
    async stop() {
      if (stopped) return;
      stopped = true;
      confidential.stop();
      packages?.stop();
      for (const u of unsubs) u();
      await client.close();
    },
  };
}
