import { randomUUID } from 'node:crypto';
import { WebSocket as WsWebSocket } from 'ws';
import type * as Y from 'yjs';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { Sha256, UserId } from '../../../shared/model/ids';
import type { AppError, Result } from '../../../shared/util/result';
import { appError, fail } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import { COMMANDS_PATH } from '../../../shared/relay-protocol/constants';
import { applyLivePatch, LIVE_PATCH_PARAM, LIVE_PATCH_VALUE } from '../../../shared/relay-protocol/live-patch';
import type { LaptopIdentity, LoginResponse, PublicMeetingPackage, ServerCommandFrame } from '../../../shared/relay-protocol/types';
import type { Backoff } from './backoff';
import { createBackoff } from './backoff';
import type { OfflinePolicy } from './command-queue';
import { createCommandQueue } from './command-queue';
import type { ControlChannel } from './control-channel';
import { openControlChannel } from './control-channel';
import type { BlobStorage, PackageDownloadResult, PackageProgress } from './package-download';
import { downloadPackage } from './package-download';
import type { FetchLike } from './relay-http';
import { httpBase, relayLogin, wsBase } from './relay-http';
import type { RoomStatus } from './room-provider';
import type { RoomDocProvider } from './room-set';
import { createRoomSet } from './room-set';

export type { OfflinePolicy } from './command-queue';
export type { RoomDocProvider } from './room-set';

/**
 * A laptop's link to the meeting-room relay (runs in the laptop's Node services). It logs in, keeps one
 * control connection whose state is the connection state shown to the user, reconnects with jittered
 * backoff by itself, syncs Yjs rooms on demand with local SQLite persistence (everything opens and edits
 * offline and merges on reconnect), sends commands (resent with the same id until acknowledged) and
 * downloads the meeting package.
 */
export type ConnectionState = 'offline' | 'connecting' | 'online' | 'auth_failed';

export type SyncClientConfig = {
  /** http://host:port of the relay. */
  relayUrl: string;
  username: string;
  password: string;
  /** Local better-sqlite3 database with the ydoc_updates / ydoc_snapshots tables. */
  db: Db;
  /** Where downloaded PDFs go (`<sha256>.pdf`). Required for downloadPackage(). */
  blobDir?: string;
  WebSocketImpl?: typeof WsWebSocket;
  fetchImpl?: FetchLike;
  backoff?: { initialMs?: number; maxMs?: number };
  /** Jitter source; inject a seeded one in tests. */
  random?: () => number;
  /** Relay silent (no ping, no frame) this long → connection considered dead. */
  deadConnectionMs?: number;
  /** Start connecting immediately (default true). */
  autoStart?: boolean;
  /**
   * Rooms use these docs instead of their own (default: a fresh doc per room, persisted in `db`): the laptop's
   * LocalDocs, whose instances are synced in place. `persisted: true` = the owner already stores every update.
   */
  docs?: RoomDocProvider;
  /** A login already made (e.g. by the caller checking credentials first): no second login at start. */
  login?: LoginResponse | null;
  /**
   * How to (re)authenticate; default: POST /api/login with username/password. The embedded relay of a
   * hosting laptop passes one that issues a session in-process.
   */
  authenticate?: () => Promise<Result<LoginResponse>>;
  /** How the default login names this laptop (its installation id and host name). */
  laptop?: LaptopIdentity;
  /** Manifest kept from an earlier run, so an unchanged package is a single 304 after a restart. */
  manifest?: { etag: string | null; package: PublicMeetingPackage } | null;
  /** Every login the client makes or is given (the meeting key of confidential documents travels in it). */
  onLogin?: (login: LoginResponse) => void;
  /** How downloaded blobs are stored (package-download.ts; default plain). */
  blobStorage?: (sha: Sha256, pkg: PublicMeetingPackage) => BlobStorage;
};

export type SyncClient = {
  state(): ConnectionState;
  onState(listener: (s: ConnectionState) => void): () => void;
  /** Last successful login (user, role, meeting), kept across reconnects. */
  session(): LoginResponse | null;
  /** Why the last sign-in was refused, when state is 'auth_failed'. */
  authError(): AppError | null;
  /** The room's doc, loaded from local SQLite at once; syncs with the relay whenever online. */
  openRoom(name: string): Y.Doc;
  closeRoom(name: string): void;
  roomStatus(name: string): RoomStatus | null;
  onRoomStatus(name: string, listener: (s: RoomStatus) => void): () => void;
  /** Resolves once the relay has durably stored everything in the room's local doc. */
  whenAcknowledged(name: string, timeoutMs?: number): Promise<void>;
  /**
   * Sends a command; by default queued while offline and resent with the same id until the relay
   * acknowledges it. `{ whenOffline: 'refuse' }` fails at once while offline instead (votes).
   */
  sendCommand(command: unknown, id?: string, policy?: OfflinePolicy): Promise<Result<CommandAck>>;
  /** The relay's live view for this user (null until the first push). */
  commandState(): MeetingLiveView | null;
  onCommandState(listener: (state: MeetingLiveView | null) => void): () => void;
  presence(): UserId[];
  onPresence(listener: (online: UserId[]) => void): () => void;
  /**
   * Manifest (ETag-conditional) then missing PDFs. `onManifest` runs once the manifest is known, before any
   * PDF is fetched (apply it locally there, so the meeting shows while its documents arrive).
   */
  downloadPackage(opts?: {
    onProgress?: (p: PackageProgress) => void;
    onManifest?: (pkg: PublicMeetingPackage, changed: boolean) => void;
    signal?: AbortSignal;
  }): Promise<Result<PackageDownloadResult>>;
  /** The last manifest received (or given in config), with its ETag. */
  manifest(): { etag: string | null; package: PublicMeetingPackage } | null;
  /** New credentials (after auth_failed) and reconnect. */
  setCredentials(username: string, password: string): void;
  /** Retry now instead of waiting for the backoff timer. */
  reconnect(): void;
  start(): void;
  close(): Promise<void>;
};

const DEFAULT_DEAD_MS = 10_000;
const DEFAULT_ACK_TIMEOUT_MS = 10_000;

export function createSyncClient(config: SyncClientConfig): SyncClient {
  const WS = config.WebSocketImpl ?? WsWebSocket;
  const fetchImpl = config.fetchImpl ?? fetch;
  const backoff: Backoff = createBackoff({
    initialMs: config.backoff?.initialMs ?? 250,
    maxMs: config.backoff?.maxMs ?? 10_000,
    random: config.random ?? Math.random,
  });
  let credentials = { username: config.username, password: config.password };
  let state: ConnectionState = 'offline';
  let login: LoginResponse | null = null;
  const setLogin = (l: LoginResponse) => {
    login = l;
    config.onLogin?.(l);
  };
  if (config.login) setLogin(config.login);
  const authenticate = (): Promise<Result<LoginResponse>> =>
    config.authenticate
      ? config.authenticate()
      : relayLogin(fetchImpl, config.relayUrl, credentials.username, credentials.password, config.laptop ?? null);
  let authError: AppError | null = null;
  let control: ControlChannel | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let closed = false;
  let started = false;
  /** Bumped whenever a connection attempt is superseded, so late callbacks of old attempts are ignored. */
  let generation = 0;
  const rooms = createRoomSet({
    db: config.db,
    wsUrl: wsBase(config.relayUrl),
    WebSocketImpl: WS,
    ...(config.docs ? { docs: config.docs } : {}),
    onlineToken: () => (state === 'online' && login ? login.token : null),
    backoff: createBackoff({
      initialMs: config.backoff?.initialMs ?? 250,
      maxMs: config.backoff?.maxMs ?? 10_000,
      random: config.random ?? Math.random,
    }),
  });
  const commands = createCommandQueue();
  const sendNow = (text: string) => {
    if (state === 'online') control?.send(text);
  };
  const stateListeners = new Set<(s: ConnectionState) => void>();
  const commandListeners = new Set<(s: MeetingLiveView | null) => void>();
  const presenceListeners = new Set<(o: UserId[]) => void>();
  let commandState: MeetingLiveView | null = null;
  let online: UserId[] = [];
  // The last manifest and its ETag: an unchanged package is then a single 304.
  let previousEtag: string | null = config.manifest?.etag ?? null;
  let previousPackage: PackageDownloadResult['package'] | null = config.manifest?.package ?? null;

  const setState = (s: ConnectionState) => {
    if (s === state) return;
    state = s;
    // A refuse-offline command whose ack did not arrive is failed, not resent later: the caller reads the
    // live state to see whether it was applied, and may resend it (same id) itself.
    if (s !== 'online') commands.dropped();
    // Rooms follow the control connection, so there is one backoff for the laptop, not one per room.
    if (s === 'online') rooms.connectAll();
    else rooms.disconnectAll();
    for (const l of [...stateListeners]) l(s);
  };

  const scheduleRetry = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void attempt();
    }, backoff.next());
  };

  const onFrame = (frame: ServerCommandFrame) => {
    switch (frame.type) {
      case 'ack':
        commands.settle(frame.id, frame.result);
        return;
      case 'state':
        commandState = frame.state;
        for (const l of [...commandListeners]) l(frame.state);
        return;
      case 'statePatch': {
        // Every connection starts with a whole view: a patch without one is not expected and is ignored.
        const next = applyLivePatch(commandState, frame);
        if (next) for (const l of [...commandListeners]) l((commandState = next));
        return;
      }
      case 'presence':
        online = frame.online;
        for (const l of [...presenceListeners]) l(frame.online);
        return;
      default:
        // Frames from a newer relay are ignored rather than fatal (the switch is still exhaustive).
        void (frame satisfies never);
    }
  };

  async function attempt(): Promise<void> {
    if (closed) return;
    const gen = ++generation;
    // 'connecting' is shown for a first attempt or a user-requested retry; timer retries stay 'offline',
    // so the indicator does not flicker between the two every few seconds while the relay is away.
    if (state !== 'online' && state !== 'offline') setState('connecting');
    if (!login) {
      const r = await authenticate();
      if (gen !== generation || closed) return;
      if (!r.ok) {
        // A refused certificate is not retried either: someone must look at it (tls-pin.ts).
        if (r.error.code === 'unauthenticated' || r.error.code === 'invalid_input' || r.error.key === 'error.sync.certificateChanged') {
          authError = r.error;
          setState('auth_failed');
          return;
        }
        setState('offline');
        scheduleRetry();
        return;
      }
      setLogin(r.value);
      authError = null;
    }
    const token = login!.token;
    control = openControlChannel({
      // Live-view patches: the whole view once, then only what changed (a room's Wi-Fi is shared by everyone).
      url: `${wsBase(config.relayUrl)}${COMMANDS_PATH}?token=${encodeURIComponent(token)}&${LIVE_PATCH_PARAM}=${LIVE_PATCH_VALUE}`,
      WebSocketImpl: WS,
      deadAfterMs: config.deadConnectionMs ?? DEFAULT_DEAD_MS,
      handlers: {
        onOpen() {
          if (gen !== generation) return;
          backoff.reset();
          setState('online');
          commands.resend(sendNow);
        },
        onFrame: (f) => {
          if (gen === generation) onFrame(f);
        },
        onClose(info) {
          if (gen !== generation || closed) return;
          control = null;
          if (info.certificateRefused) {
            // Another certificate at the pinned address: stop and warn, never retry into a possible impostor.
            authError = appError('forbidden', 'error.sync.certificateChanged', { relay: httpBase(config.relayUrl) });
            setState('auth_failed');
            return;
          }
          if (info.httpStatus === 401) {
            // The relay no longer knows this session (new package, expired): log in again right away.
            login = null;
            void attempt();
            return;
          }
          setState('offline');
          scheduleRetry();
        },
      },
    });
  }

  const start = () => {
    if (started || closed) return;
    started = true;
    setState('connecting');
    void attempt();
  };

  const client: SyncClient = {
    state: () => state,
    onState(l) {
      stateListeners.add(l);
      return () => void stateListeners.delete(l);
    },
    session: () => login,
    authError: () => authError,
    openRoom: (name) => rooms.open(name),
    closeRoom: (name) => rooms.close(name),
    roomStatus: (name) => rooms.status(name),
    onRoomStatus: (name, l) => rooms.onStatus(name, l),
    whenAcknowledged: (name, timeoutMs = DEFAULT_ACK_TIMEOUT_MS) => rooms.whenAcknowledged(name, timeoutMs),
    sendCommand(command, id = randomUUID(), policy = { whenOffline: 'queue' }) {
      if (closed) return Promise.resolve(fail('offline', 'error.sync.disconnected'));
      if (policy.whenOffline === 'refuse' && state !== 'online') return Promise.resolve({ ok: false, error: policy.offlineError });
      return commands.add(id, command, policy, sendNow);
    },
    commandState: () => commandState,
    onCommandState(l) {
      commandListeners.add(l);
      return () => void commandListeners.delete(l);
    },
    presence: () => online,
    onPresence(l) {
      presenceListeners.add(l);
      return () => void presenceListeners.delete(l);
    },
    async downloadPackage(opts = {}) {
      if (!config.blobDir) return fail('invalid_input', 'error.sync.noBlobDir');
      const onManifest = opts.onManifest
        ? (pkg: PublicMeetingPackage, changed: boolean, etag: string | null) => {
            // Remember it at once: the manifest is valid even if a PDF download fails afterwards.
            previousPackage = pkg;
            previousEtag = etag;
            opts.onManifest!(pkg, changed);
          }
        : undefined;
      const run = (token: string) =>
        downloadPackage({
          relayUrl: config.relayUrl,
          token,
          blobDir: config.blobDir!,
          fetchImpl,
          onProgress: opts.onProgress,
          onManifest,
          signal: opts.signal,
          previousEtag,
          previousPackage,
          ...(config.blobStorage ? { storage: config.blobStorage } : {}),
        });
      let token = login?.token;
      if (!token) {
        const r = await authenticate();
        if (!r.ok) return r;
        setLogin(r.value);
        token = r.value.token;
      }
      let result = await run(token);
      if (!result.ok && result.error.code === 'unauthenticated') {
        const r = await authenticate();
        if (!r.ok) return r;
        setLogin(r.value);
        result = await run(r.value.token);
      }
      if (result.ok) {
        previousEtag = result.value.etag;
        previousPackage = result.value.package;
      }
      return result;
    },
    manifest: () => (previousPackage ? { etag: previousEtag, package: previousPackage } : null),
    setCredentials(username, password) {
      credentials = { username, password };
      login = null;
      authError = null;
      client.reconnect();
    },
    reconnect() {
      if (closed) return;
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      if (!started) return start();
      if (state === 'online') return;
      control?.close();
      control = null;
      setState('connecting');
      void attempt();
    },
    start,
    async close() {
      if (closed) return;
      closed = true;
      generation++;
      if (retryTimer) clearTimeout(retryTimer);
      control?.close();
      control = null;
      rooms.destroy();
      commands.failAll(fail('offline', 'error.sync.disconnected').error);
      state = 'offline';
      for (const l of [...stateListeners]) l(state);
      stateListeners.clear();
    },
  };
  if (config.autoStart !== false) start();
  return client;
}
