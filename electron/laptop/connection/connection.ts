import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { DocumentDownload, RelayStatus } from '../../../shared/ipc/slices/live';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { DocumentId, MeetingId, UserId } from '../../../shared/model/ids';
import type { MeetingPackage } from '../../../shared/model/package';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import { getUserWithHashByUsername } from '../db/queries/users';
import type { Relay, RelayLimits } from '../../relay';
import { createRelay } from '../../relay';
import type { LoginResponse, PublicMeetingPackage } from '../../../shared/relay-protocol/types';
import type { PackageProgress } from '../sync/package-download';
import type { FetchLike } from '../sync/relay-http';
import { relayLogin } from '../sync/relay-http';
import type { ConnectionState, SyncClient } from '../sync/sync-client';
import { createSyncClient } from '../sync/sync-client';
import { hashPassword, verifyPassword } from '../../common/password';
import type { BlobStore } from '../blob-store';
import type { CallContext } from '../call-context';
import { buildMeetingPackage } from '../meeting-package';
import type { LocalDocs } from '../ydocs/local-docs';
import { getCachedManifest, getLastRelay, getRelayAccount, saveCachedManifest, saveRelayAccount } from './account-store';
import { applyRelayPackage, rememberRelayUser } from './local-account';
import { MSG } from './messages';
import { normalizeRelayUrl } from './relay-url';
import { roomsFor } from './rooms';
import { createWatchers } from './watchers';

/**
 * A laptop's link to the meeting-room relay, as one service: sign-in through the relay (with an offline
 * fallback to the local account), the sync client attached to the laptop's own Y.Docs (LocalDocs), the
 * meeting package (manifest applied locally, PDFs into the local blob store), live commands and state,
 * and — on the secretariat's laptop — an embedded relay ("host this meeting"). One relay user at a time:
 * whoever signed in last on this laptop.
 */
export type ConnectionTuning = {
  backoff?: { initialMs?: number; maxMs?: number };
  random?: () => number;
  /** Relay silent this long → connection considered dead (sync client default 10 s). */
  deadConnectionMs?: number;
  /** Bind address of an embedded relay when relay:host names none: the LAN by default. */
  hostBind?: string;
  hostedRelayLimits?: Partial<RelayLimits>;
  fetchImpl?: FetchLike;
};

export type ConnectionConfig = {
  db: Db;
  blobs: BlobStore;
  ydocs: LocalDocs;
  dataDir: string;
  now: () => Date;
  log?: (msg: string, e?: unknown) => void;
  tuning?: ConnectionTuning;
};

export type LiveSnapshot = { view: MeetingLiveView | null; online: UserId[] };

export type Connection = {
  /**
   * The connection as `viewer` may see it; the download list (ids of documents the connected user may see)
   * only for that user's own windows. No argument: everything (internal use, tests).
   */
  status(viewer?: UserId | null): RelayStatus;
  onStatus(listener: (s: RelayStatus) => void): () => void;
  /** The user this laptop is connected (or trying to connect) to the relay as. */
  userId(): UserId | null;
  live(): LiveSnapshot;
  onLive(listener: (s: LiveSnapshot, userId: UserId | null) => void): () => void;
  /** A manifest from the relay changed this meeting in the local database. */
  onMeetingChanged(listener: (meetingId: MeetingId) => void): () => void;
  /** Events go to this window from now on: relay:status, live:state (its own user only), meetings:changed. */
  watch(ctx: CallContext): void;
  login(req: { relayUrl: unknown; username: string; password: string }): Promise<Result<{ userId: UserId; offline: boolean }>>;
  /** A local sign-in succeeded: resume syncing if this user has a relay on record. */
  afterLocalLogin(ctx: CallContext, userId: UserId, password: string): void;
  afterLocalLogout(userId: UserId): void;
  reconnect(): RelayStatus;
  command(userId: UserId, command: unknown): Promise<Result<CommandAck>>;
  host(req: { meetingId: MeetingId; port: number; host?: string; userId: UserId }): Promise<Result<RelayStatus>>;
  hostingMeeting(): MeetingId | null;
  stopHosting(): Promise<RelayStatus>;
  /** Resolves once no package download pass is running (tests; a UI may show "up to date"). */
  whenIdle(): Promise<void>;
  syncClient(): SyncClient | null;
  close(): Promise<void>;
};

/** Progress events are coalesced to at most one per this interval (status changes go out at once). */
const PROGRESS_EMIT_MS = 100;
/**
 * A download pass that failed while the relay stays reachable (a transfer cut mid-file, a refused file) is
 * run again after these pauses (the last one repeats); a reconnection starts a pass anyway.
 */
const DOWNLOAD_RETRY_MS = [1000, 3000, 10_000, 30_000] as const;

type Active = {
  userId: UserId;
  relayUrl: string;
  username: string;
  password: string | null;
  /** Connected to the relay this laptop hosts: the package is local already, nothing to download or apply. */
  hosting: boolean;
  client: SyncClient;
  rooms: Set<string>;
  applied: boolean;
  documents: Map<DocumentId, DocumentDownload>;
  download: RelayStatus['download'];
  downloadError: string | null;
  running: Promise<void> | null;
  again: boolean;
  retryTimer: NodeJS.Timeout | null;
  retries: number;
  manifestWaiters: (() => void)[];
  unsubs: (() => void)[];
};

type Hosting = { relay: Relay; meetingId: MeetingId; url: string };

function lanUrl(relay: Relay, bind: string): string {
  if (bind !== '0.0.0.0' && bind !== '::') return relay.url;
  const addr = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return addr ? `http://${addr.address}:${relay.port}` : relay.url;
}

export function createConnection(config: ConnectionConfig): Connection {
  const { db, blobs, ydocs, now } = config;
  const tuning = config.tuning ?? {};
  const log = config.log ?? ((m, e) => console.error(m, e));
  const fetchImpl = tuning.fetchImpl ?? fetch;
  const watchers = createWatchers(log);
  const statusListeners = new Set<(s: RelayStatus) => void>();
  const liveListeners = new Set<(s: LiveSnapshot, userId: UserId | null) => void>();
  const meetingListeners = new Set<(m: MeetingId) => void>();
  const closing = new Set<Promise<void>>();
  let active: Active | null = null;
  let hosting: Hosting | null = null;
  let live: LiveSnapshot = { view: null, online: [] };
  let statusTimer: NodeJS.Timeout | null = null;
  let closed = false;

  // ---- events ---------------------------------------------------------------------------------------

  const messageFor = (a: Active | null, state: RelayStatus['state']): string | null => {
    switch (state) {
      case 'not_configured':
        return null;
      case 'offline':
        return MSG.offline;
      case 'connecting':
        return MSG.connecting;
      case 'auth_failed':
        return a?.client.authError() ?? MSG.badLogin;
      case 'online':
        return a?.downloadError ?? null;
      default: {
        const never: never = state;
        return never;
      }
    }
  };

  const status = (viewer?: UserId | null): RelayStatus => {
    const a = active;
    const state: RelayStatus['state'] = a ? a.client.state() : 'not_configured';
    const own = viewer === undefined || viewer === a?.userId;
    return {
      state,
      relayUrl: a?.relayUrl ?? (closed ? null : (getLastRelay(db)?.relayUrl ?? null)),
      message: messageFor(a, state),
      download: own ? (a?.download ?? null) : null,
      hosting: hosting ? { url: hosting.url, meetingId: hosting.meetingId } : null,
    };
  };

  const emitStatusNow = () => {
    if (statusTimer) {
      clearTimeout(statusTimer);
      statusTimer = null;
    }
    if (closed) return;
    const s = status();
    for (const l of [...statusListeners]) l(s);
    const forOthers: RelayStatus = { ...s, download: null };
    watchers.forEach((ctx) => ctx.emit('relay:status', ctx.session?.user.id === active?.userId ? s : forOthers));
  };
  const emitStatusSoon = () => {
    if (statusTimer || closed) return;
    statusTimer = setTimeout(emitStatusNow, PROGRESS_EMIT_MS);
    statusTimer.unref();
  };

  const emitLive = (userId: UserId | null) => {
    const snapshot = live;
    for (const l of [...liveListeners]) l(snapshot, userId);
    // Live state is per user (the chair sees the member list): only that user's windows receive it.
    watchers.forEach((ctx) => {
      if (userId && ctx.session?.user.id === userId) ctx.emit('live:state', snapshot);
    });
  };

  const emitMeetingChanged = (a: Active, meetingId: MeetingId) => {
    for (const l of [...meetingListeners]) l(meetingId);
    watchers.forEach((ctx) => {
      if (ctx.session?.user.id === a.userId) ctx.emit('meetings:changed', { meetingId });
    });
  };

  // ---- package: manifest, rooms, PDFs ---------------------------------------------------------------

  const syncRooms = (a: Active, pkg: PublicMeetingPackage) => {
    const want = new Set(roomsFor(a.userId, pkg));
    for (const room of [...a.rooms]) {
      if (want.has(room)) continue;
      a.client.closeRoom(room);
      a.rooms.delete(room);
    }
    for (const room of want) {
      if (a.rooms.has(room)) continue;
      a.client.openRoom(room);
      a.rooms.add(room);
    }
  };

  const flushManifestWaiters = (a: Active) => {
    for (const w of a.manifestWaiters.splice(0)) w();
  };

  const onManifest = (a: Active, pkg: PublicMeetingPackage, changed: boolean) => {
    try {
      if (changed || !a.applied) {
        applyRelayPackage(db, pkg);
        a.applied = true;
        emitMeetingChanged(a, pkg.meeting.id);
      }
      const m = a.client.manifest();
      saveCachedManifest(db, a.userId, { relayUrl: a.relayUrl, etag: m?.etag ?? null, package: pkg }, now());
      a.downloadError = null;
    } catch (e) {
      log('[connection] applying the relay package failed', e);
      a.downloadError = MSG.applyFailed;
    }
    syncRooms(a, pkg);
    flushManifestWaiters(a);
    emitStatusNow();
  };

  const onProgress = (a: Active, p: PackageProgress) => {
    const before = a.documents.get(p.document.documentId);
    const d: DocumentDownload = {
      documentId: p.document.documentId,
      receivedBytes: p.document.receivedBytes,
      totalBytes: p.document.totalBytes,
      status: p.document.status,
      ...(p.document.error ? { error: MSG.documentFailed(p.document.error) } : {}),
    };
    a.documents.set(d.documentId, d);
    a.download = { documents: [...a.documents.values()], ...p.overall };
    // A document starting, finishing or failing is shown at once; byte counts (and the many "already here"
    // reports of a pass over a complete package) are coalesced.
    const changed = before ? before.status !== d.status : d.status === 'downloading' || d.status === 'error';
    if (changed) emitStatusNow();
    else emitStatusSoon();
  };

  /** One download pass (manifest + missing PDFs); a pass requested while one runs runs again after it. */
  const refresh = (a: Active): Promise<void> => {
    if (a.hosting) {
      flushManifestWaiters(a);
      return Promise.resolve();
    }
    if (a.running) {
      a.again = true;
      return a.running;
    }
    const run = async () => {
      let failed = false;
      do {
        a.again = false;
        a.documents = new Map();
        const r = await a.client.downloadPackage({
          onManifest: (pkg, changed) => {
            if (active === a) onManifest(a, pkg, changed);
          },
          onProgress: (p) => {
            if (active === a) onProgress(a, p);
          },
        });
        if (active !== a) return;
        failed = !r.ok;
        if (r.ok) {
          const docs = r.value.documents.map((d) => ({ documentId: d.documentId, receivedBytes: d.receivedBytes, totalBytes: d.totalBytes, status: d.status }));
          a.download = {
            documents: docs,
            receivedBytes: docs.reduce((s, d) => s + d.receivedBytes, 0),
            totalBytes: docs.reduce((s, d) => s + d.totalBytes, 0),
            documentsDone: docs.length,
            documentsTotal: docs.length,
          };
        } else if (r.error.code !== 'offline' || a.client.state() === 'online') {
          // Offline is already the connection state; anything else (a bad file, a refused session) is shown.
          a.downloadError = r.error.message;
        }
        flushManifestWaiters(a);
        emitStatusNow();
      } while (a.again && active === a && !closed);
      scheduleRetry(a, failed);
    };
    a.running = run()
      .catch((e: unknown) => log('[connection] package download failed', e))
      .finally(() => {
        a.running = null;
        flushManifestWaiters(a);
      });
    return a.running;
  };

  const scheduleRetry = (a: Active, failed: boolean) => {
    if (a.retryTimer) clearTimeout(a.retryTimer);
    a.retryTimer = null;
    if (!failed) {
      a.retries = 0;
      return;
    }
    if (active !== a || closed || a.client.state() !== 'online') return;
    // Never slower than reconnecting would be (`backoff.maxMs`, which tests shorten).
    const ms = Math.min(DOWNLOAD_RETRY_MS[Math.min(a.retries++, DOWNLOAD_RETRY_MS.length - 1)]!, tuning.backoff?.maxMs ?? Infinity);
    a.retryTimer = setTimeout(() => {
      a.retryTimer = null;
      if (active === a && !closed) void refresh(a);
    }, ms);
    a.retryTimer.unref();
  };

  // ---- the sync client ------------------------------------------------------------------------------

  const stopSync = () => {
    const a = active;
    if (!a) return;
    active = null;
    if (a.retryTimer) clearTimeout(a.retryTimer);
    a.retryTimer = null;
    for (const u of a.unsubs) u();
    flushManifestWaiters(a);
    const p = a.client.close().finally(() => closing.delete(p));
    closing.add(p);
    live = { view: null, online: [] };
    emitLive(a.userId);
    emitStatusNow();
  };

  const startSync = (opts: {
    userId: UserId;
    relayUrl: string;
    username: string;
    password: string | null;
    hosting: boolean;
    login?: LoginResponse | null;
    authenticate?: () => Promise<Result<LoginResponse>>;
    manifest?: PublicMeetingPackage;
  }): Active => {
    stopSync();
    const cached = opts.hosting ? null : getCachedManifest(db, opts.userId, opts.relayUrl);
    const client = createSyncClient({
      relayUrl: opts.relayUrl,
      username: opts.username,
      password: opts.password ?? '',
      db,
      blobDir: blobs.dir,
      // The laptop's own docs: what the renderer edits is what syncs, stored once (by LocalDocs).
      docs: { get: (room) => ydocs.get(room), persisted: true },
      login: opts.login ?? null,
      ...(opts.authenticate ? { authenticate: opts.authenticate } : {}),
      manifest: cached ? { etag: cached.etag, package: cached.package } : null,
      ...(tuning.backoff ? { backoff: tuning.backoff } : {}),
      ...(tuning.random ? { random: tuning.random } : {}),
      ...(tuning.deadConnectionMs ? { deadConnectionMs: tuning.deadConnectionMs } : {}),
      fetchImpl,
      autoStart: false,
    });
    const a: Active = {
      userId: opts.userId,
      relayUrl: opts.relayUrl,
      username: opts.username,
      password: opts.password,
      hosting: opts.hosting,
      client,
      rooms: new Set(),
      applied: false,
      documents: new Map(),
      download: null,
      downloadError: null,
      running: null,
      again: false,
      retryTimer: null,
      retries: 0,
      manifestWaiters: [],
      unsubs: [],
    };
    active = a;
    a.unsubs.push(
      client.onState((s: ConnectionState) => {
        if (active !== a) return;
        // Every (re)connection re-checks the package: one 304 when nothing changed.
        if (s === 'online') void refresh(a);
        emitStatusNow();
      }),
      client.onCommandState((view) => {
        if (active !== a) return;
        live = { view: view as MeetingLiveView | null, online: client.presence() };
        emitLive(a.userId);
      }),
      client.onPresence((online) => {
        if (active !== a) return;
        live = { view: live.view, online };
        emitLive(a.userId);
      }),
    );
    // Rooms open from local SQLite at once, online or not.
    const known = opts.manifest ?? cached?.package;
    if (known) syncRooms(a, known);
    live = { view: null, online: [] };
    client.start();
    emitStatusNow();
    return a;
  };

  /** The same person on the same relay keeps the running client (and its queued commands). */
  const ensureSync = (opts: { userId: UserId; relayUrl: string; username: string; password: string; login?: LoginResponse }): Active => {
    const a = active;
    if (a && !a.hosting && a.userId === opts.userId && a.relayUrl === opts.relayUrl) {
      if (a.password !== opts.password || a.username !== opts.username) {
        a.password = opts.password;
        a.username = opts.username;
        a.client.setCredentials(opts.username, opts.password);
      }
      return a;
    }
    return startSync({ ...opts, hosting: false });
  };

  const whenManifest = (a: Active): Promise<void> =>
    new Promise<void>((resolve) => {
      a.manifestWaiters.push(resolve);
      void refresh(a);
    });

  // ---- hosting --------------------------------------------------------------------------------------

  const stopHostingNow = async () => {
    const h = hosting;
    if (!h) return;
    hosting = null;
    if (active?.hosting) stopSync();
    await h.relay.close();
  };

  // ---- the service ----------------------------------------------------------------------------------

  return {
    status,
    onStatus(l) {
      statusListeners.add(l);
      return () => void statusListeners.delete(l);
    },
    userId: () => active?.userId ?? null,
    live: () => live,
    onLive(l) {
      liveListeners.add(l);
      return () => void liveListeners.delete(l);
    },
    onMeetingChanged(l) {
      meetingListeners.add(l);
      return () => void meetingListeners.delete(l);
    },
    watch: (ctx) => watchers.add(ctx),

    async login(req) {
      const url = normalizeRelayUrl(req.relayUrl);
      if (!url.ok) return url;
      const relayUrl = url.value;
      const r = await relayLogin(fetchImpl, relayUrl, req.username, req.password);
      if (closed) return err('offline', MSG.notConnected);
      if (r.ok) {
        const user = r.value.user;
        const hash = await hashPassword(req.password);
        rememberRelayUser(db, user, req.username, hash, now());
        saveRelayAccount(db, user.id, { relayUrl, username: req.username }, now());
        const a = ensureSync({ userId: user.id, relayUrl, username: req.username, password: req.password, login: r.value });
        // Signed in once the meeting is in the local database; its PDFs keep arriving (relay:status).
        await whenManifest(a);
        return ok({ userId: user.id, offline: false });
      }
      if (r.error.code !== 'offline') return err(r.error.code, r.error.message, r.error.detail);
      // Relay unreachable: a person this laptop knows signs in locally and the laptop keeps trying the relay.
      const found = getUserWithHashByUsername(db, req.username);
      // Roster entries received from the relay carry no password ('!'): only people who signed in here do.
      const local = found && found.passwordHash.startsWith('scrypt$') ? found : null;
      const valid = await verifyPassword(req.password, local?.passwordHash ?? '!');
      if (!local) return err('offline', MSG.unreachableUnknownUser);
      if (!valid) return err('unauthenticated', MSG.badLogin);
      saveRelayAccount(db, local.id, { relayUrl, username: req.username }, now());
      ensureSync({ userId: local.id, relayUrl, username: req.username, password: req.password });
      return ok({ userId: local.id, offline: true });
    },

    afterLocalLogin(ctx, userId, password) {
      if (closed) return;
      watchers.add(ctx);
      const a = active;
      if (a && a.userId === userId) {
        if (!a.hosting && a.password !== password) {
          a.password = password;
          a.client.setCredentials(a.username, password);
        }
        return;
      }
      const account = getRelayAccount(db, userId);
      if (!account) {
        // Someone else signed in: the previous person's laptop presence must not count for quorum.
        if (a && !a.hosting) stopSync();
        return;
      }
      startSync({ userId, relayUrl: account.relayUrl, username: account.username, password, hosting: false });
    },

    afterLocalLogout(userId) {
      if (active?.userId === userId && !active.hosting) stopSync();
    },

    reconnect() {
      active?.client.reconnect();
      return status();
    },

    async command(userId, command) {
      const a = active;
      if (!a || a.userId !== userId) return err('offline', MSG.notConnected);
      const type = command && typeof command === 'object' ? (command as { type?: unknown }).type : undefined;
      if (type === 'vote:cast') {
        // Never queued: a ballot is cast while the relay sees this laptop, or not at all.
        return a.client.sendCommand(command, randomUUID(), {
          whenOffline: 'refuse',
          offlineMessage: MSG.voteOffline,
          droppedMessage: MSG.voteDropped,
        }) as Promise<Result<CommandAck>>;
      }
      if (a.client.state() !== 'online') {
        void a.client.sendCommand(command);
        return err('offline', MSG.commandQueued, { queued: true });
      }
      return new Promise<Result<CommandAck>>((resolve) => {
        let settled = false;
        const settle = (r: Result<CommandAck>) => {
          if (settled) return;
          settled = true;
          off();
          resolve(r);
        };
        // Dropped mid-flight: the caller learns now; the command stays queued and is resent (same id).
        const off = a.client.onState((s) => {
          if (s !== 'online') settle(err('offline', MSG.commandQueued, { queued: true }));
        });
        void a.client.sendCommand(command).then((r) => settle(r as Result<CommandAck>));
      });
    },

    async host(req) {
      let pkg: MeetingPackage;
      try {
        pkg = buildMeetingPackage(db, req.meetingId, now());
      } catch {
        return err('invalid_input', MSG.hostNotPublished);
      }
      if (hosting && hosting.meetingId !== req.meetingId) return err('conflict', MSG.hostOtherMeeting);
      if (hosting) {
        // Hosting again republishes: agenda, roster or documents changed since.
        hosting.relay.loadPackage(pkg, blobs.dir);
        emitStatusNow();
        return ok(status());
      }
      const bind = req.host ?? tuning.hostBind ?? '0.0.0.0';
      let relay: Relay;
      try {
        relay = await createRelay({
          dataDir: join(config.dataDir, 'relay'),
          port: req.port,
          host: bind,
          ...(tuning.hostedRelayLimits ? { limits: tuning.hostedRelayLimits } : {}),
          logger: { info: () => {}, warn: (m, d) => log(`[relay] ${m}`, d) },
        });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE') return err('conflict', MSG.hostPortInUse(req.port));
        log('[connection] embedded relay failed to start', e);
        return err('internal', MSG.hostFailed);
      }
      try {
        relay.loadPackage(pkg, blobs.dir);
      } catch (e) {
        log('[connection] exporting the meeting to the embedded relay failed', e);
        await relay.close();
        return err('internal', MSG.hostFailed);
      }
      hosting = { relay, meetingId: req.meetingId, url: lanUrl(relay, bind) };
      const me = pkg.participants.find((p) => p.userId === req.userId);
      if (me) {
        startSync({
          userId: req.userId,
          relayUrl: relay.url,
          username: me.username,
          password: null,
          hosting: true,
          manifest: pkg,
          authenticate: async () => {
            const l = relay.issueSession(req.userId);
            return l ? ok(l) : err('unauthenticated', MSG.hostNotParticipant);
          },
        });
      }
      emitStatusNow();
      return ok(status());
    },

    hostingMeeting: () => hosting?.meetingId ?? null,

    async stopHosting() {
      await stopHostingNow();
      emitStatusNow();
      return status();
    },

    async whenIdle() {
      while (active?.running) await active.running;
    },

    syncClient: () => active?.client ?? null,

    async close() {
      if (closed) return;
      stopSync();
      closed = true;
      if (statusTimer) clearTimeout(statusTimer);
      statusTimer = null;
      await stopHostingNow();
      await Promise.all([...closing]);
      statusListeners.clear();
      liveListeners.clear();
      meetingListeners.clear();
    },
  };
}
