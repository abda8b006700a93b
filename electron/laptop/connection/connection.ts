import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { MeetingId, UserId } from '../../../shared/model/ids';
import type { MeetingPackage } from '../../../shared/model/package';
import type { AppError, Result } from '../../../shared/util/result';
import { appError, assertNever, fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { RelayLimits } from '../../relay';
import type { FetchLike } from '../sync/relay-http';
import type { BlobStore } from '../blob-store';
import type { CallContext } from '../call-context';
import { buildMeetingPackage } from '../meeting-package';
import type { LocalDocs } from '../ydocs/local-docs';
import { getLastRelay, getRelayAccount } from './account-store';
import { createFanOut } from './fan-out';
import type { HostedRelay } from './hosting';
import { hostingStatus, startHostedRelay } from './hosting';
import type { LinkRequest, LiveSnapshot, RelayLink } from './relay-link';
import { confirmRelayCertificate, explainChangedCertificate, pinOwnRelay, requireConfirmedRelay, transportFor } from './relay-pins';
import { openRelayLink } from './relay-link';
import type { RelayRequest } from './relay-actions';
import { sendLiveCommand } from './send-command';
import { normalizeRelayUrl } from './relay-url';
import { signInThroughRelay } from './sign-in';

/**
 * A laptop's link to the meeting-room relay, as one service, composed of parts that each own their state:
 * sign-in with the offline fallback (sign-in.ts), one user's link to one relay with its rooms, live view and
 * package download (relay-link.ts, package-sync.ts), the events to windows (fan-out.ts) and the embedded relay
 * of a hosting laptop (hosting.ts). This file holds the state machine between them (`LinkState`).
 * One relay user at a time: whoever signed in last on this laptop.
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

export type { LiveSnapshot } from './relay-link';

export type Connection = {
  /** The connection as `viewer` may see it: the download list only for the connected user's own windows. */
  status(viewer: UserId | null): RelayStatus;
  onStatus(listener: (s: RelayStatus) => void): () => void;
  /** The user this laptop is connected (or trying to connect) to the relay as. */
  userId(): UserId | null;
  live(): LiveSnapshot;
  onLive(listener: (s: LiveSnapshot, userId: UserId | null) => void): () => void;
  /** Events go to this window from now on: relay:status, live:state (its own user only), meetings:changed. */
  watch(ctx: CallContext): void;
  login(req: { relayUrl: unknown; username: string; password: string }): Promise<Result<{ userId: UserId; offline: boolean }>>;
  /** Pins an https relay's certificate after the user confirmed its fingerprint (relay-pins.ts). */
  confirmCertificate(req: { relayUrl: unknown; fingerprint: string }): Promise<Result<{ fingerprint: string; code: string }>>;
  /** A local sign-in succeeded: resume syncing if this user has a relay on record. */
  afterLocalLogin(ctx: CallContext, userId: UserId, password: string): void;
  afterLocalLogout(userId: UserId): void;
  reconnect(): void;
  /**
   * The signed-in person moves to another relay address without signing out: signed in there with the
   * credentials the running link holds (or `password`, for someone working locally), the link restarts there.
   */
  changeRelay(req: { userId: UserId; username: string; relayUrl: unknown; password?: string }): Promise<Result<RelayStatus>>;
  command(userId: UserId, command: unknown): Promise<Result<CommandAck>>;
  /**
   * A request to the relay on behalf of the person whose link this laptop holds, with that link's session token
   * and the relay's pinned transport (relay-actions.ts: a big-screen code, a recall).
   */
  relayRequest<T>(userId: UserId, request: RelayRequest<T>): Promise<Result<T>>;
  host(req: { meetingId: MeetingId; port: number; host?: string; userId: UserId }): Promise<Result<RelayStatus>>;
  hostingMeeting(): MeetingId | null;
  stopHosting(): Promise<RelayStatus>;
  close(): Promise<void>;
};

/**
 * What the laptop is linked to: nothing; a relay elsewhere on the LAN; or a relay it hosts itself, with the
 * link of whoever uses this laptop (the host user through an in-process session, or a link made before).
 */
type LinkState = { kind: 'idle' } | { kind: 'linked'; link: RelayLink } | { kind: 'hosting'; host: HostedRelay; link: RelayLink | null };

const EMPTY_LIVE: LiveSnapshot = { view: null, online: [] };

export function createConnection(config: ConnectionConfig): Connection {
  const { db, now } = config;
  const tuning = config.tuning ?? {};
  const log = config.log ?? ((m, e) => console.error(m, e));
  const fetchImpl = tuning.fetchImpl ?? fetch;
  const closing = new Set<Promise<void>>();
  let state: LinkState = { kind: 'idle' };
  let closed = false;

  const linkOf = (s: LinkState): RelayLink | null => {
    switch (s.kind) {
      case 'idle':
        return null;
      case 'linked':
      case 'hosting':
        return s.link;
      default:
        return assertNever(s, 'link state');
    }
  };
  const hostOf = (s: LinkState): HostedRelay | null => (s.kind === 'hosting' ? s.host : null);

  const messageFor = (link: RelayLink | null, st: RelayStatus['state']): AppError | null => {
    switch (st) {
      case 'not_configured':
        return null;
      case 'offline':
        return appError('offline', 'sync.offline');
      case 'connecting':
        return appError('offline', 'sync.connecting');
      case 'auth_failed':
        return link?.problem() ?? appError('unauthenticated', 'error.sync.badLogin');
      case 'online':
        return link?.problem() ?? null;
      default:
        return assertNever(st, 'relay state');
    }
  };

  const status = (viewer: UserId | null | 'owner'): RelayStatus => {
    const link = linkOf(state);
    const host = hostOf(state);
    const st: RelayStatus['state'] = link ? link.state() : 'not_configured';
    const own = viewer === 'owner' || (link !== null && viewer === link.userId);
    return {
      state: st,
      relayUrl: link?.relayUrl ?? (closed ? null : (getLastRelay(db)?.relayUrl ?? null)),
      message: messageFor(link, st),
      download: own ? (link?.download() ?? null) : null,
      linkOwner: link === null ? 'none' : own ? 'self' : 'other',
      hosting: host ? hostingStatus(host) : null,
    };
  };

  const events = createFanOut({ log, status: () => ({ status: status('owner'), userId: linkOf(state)?.userId ?? null }) });

  /** The state with another link (or none) and the same hosting. */
  const withLink = (link: RelayLink | null): LinkState => {
    const host = hostOf(state);
    if (host) return { kind: 'hosting', host, link };
    return link ? { kind: 'linked', link } : { kind: 'idle' };
  };

  const stopLink = (replacedBy: UserId | null = null) => {
    const link = linkOf(state);
    if (!link) return;
    state = withLink(null);
    const p = link.stop().finally(() => closing.delete(p));
    closing.add(p);
    if (replacedBy !== null && replacedBy !== link.userId) events.replaced(link.userId);
    events.live(EMPTY_LIVE, link.userId);
    events.statusNow();
  };

  const startLink = (req: LinkRequest): RelayLink => {
    stopLink(req.userId);
    const transport = transportFor(db, req.relayUrl, fetchImpl);
    const link: RelayLink = openRelayLink({ db, blobs: config.blobs, ydocs: config.ydocs, now, log, ...transport, tuning }, req, {
      onStatus: (urgent) => {
        if (linkOf(state) !== link) return;
        if (urgent) events.statusNow();
        else events.statusSoon();
      },
      onLive: (snapshot) => {
        if (linkOf(state) === link) events.live(snapshot, link.userId);
      },
      onMeetingChanged: (meetingId) => {
        if (linkOf(state) === link) events.meetingChanged(meetingId, link.userId);
      },
    });
    state = withLink(link);
    link.start();
    events.statusNow();
    return link;
  };

  /** The same person on the same relay keeps the running link (and its queued commands). */
  const ensureLink = (req: Omit<LinkRequest, 'hosted'> & { password: string }): RelayLink => {
    const current = linkOf(state);
    if (current?.isFor(req.userId, req.relayUrl)) {
      current.setCredentials(req.password, req.username);
      return current;
    }
    return startLink({ ...req, hosted: false });
  };

  const stopHostingNow = async () => {
    if (state.kind !== 'hosting') return;
    const { host, link } = state;
    // The host user's in-process session ends with the relay; a link to a relay elsewhere stays.
    if (link?.hosted) stopLink();
    state = link && !link.hosted ? { kind: 'linked', link } : { kind: 'idle' };
    await host.close();
  };

  return {
    status: (viewer) => status(viewer),
    onStatus: events.onStatus,
    userId: () => linkOf(state)?.userId ?? null,
    live: () => linkOf(state)?.live() ?? EMPTY_LIVE,
    onLive: events.onLive,
    watch: events.watch,

    async login(req) {
      const url = normalizeRelayUrl(req.relayUrl);
      if (!url.ok) return url;
      const relayUrl = url.value;
      const confirmed = await requireConfirmedRelay(db, relayUrl);
      if (!confirmed.ok) return confirmed;
      const signed = await signInThroughRelay(
        { db, fetchImpl: transportFor(db, relayUrl, fetchImpl).fetchImpl, now, alive: () => !closed },
        { relayUrl, username: req.username, password: req.password },
      );
      if (closed) return fail('offline', 'error.sync.notConnected');
      if (!signed.ok) return explainChangedCertificate(db, relayUrl, signed);
      const s = signed.value;
      switch (s.kind) {
        case 'online': {
          const link = ensureLink({ userId: s.userId, relayUrl, username: req.username, password: req.password, login: s.login });
          // Signed in once the meeting is in the local database; its PDFs keep arriving (relay:status).
          await link.whenManifest();
          return ok({ userId: s.userId, offline: false });
        }
        case 'offline':
          // Relay unreachable: the person works from the local copy and the link keeps trying the relay.
          ensureLink({ userId: s.userId, relayUrl, username: req.username, password: req.password });
          return ok({ userId: s.userId, offline: true });
        default:
          return assertNever(s, 'sign-in');
      }
    },

    async confirmCertificate(req) {
      const url = normalizeRelayUrl(req.relayUrl);
      if (!url.ok) return url;
      const r = await confirmRelayCertificate(db, url.value, req.fingerprint, now());
      // A link still holding the previous pin (refused as changed) ends; the sign-in that follows starts one with the new pin.
      if (r.ok && linkOf(state)?.relayUrl === url.value && !linkOf(state)?.hosted) stopLink();
      return r.ok ? ok({ fingerprint: r.value.fingerprint256, code: r.value.code }) : r;
    },

    afterLocalLogin(ctx, userId, password) {
      if (closed) return;
      events.watch(ctx);
      const link = linkOf(state);
      if (link && link.userId === userId) {
        link.setCredentials(password);
        return;
      }
      const account = getRelayAccount(db, userId);
      if (!account) {
        // Someone else signed in: the previous person's laptop presence must not count for quorum.
        if (link && !link.hosted) stopLink(userId);
        return;
      }
      startLink({ userId, relayUrl: account.relayUrl, username: account.username, password, hosted: false });
    },

    afterLocalLogout(userId) {
      const link = linkOf(state);
      if (link?.userId === userId && !link.hosted) stopLink();
    },

    reconnect() {
      linkOf(state)?.client.reconnect();
    },

    async changeRelay(req) {
      const url = normalizeRelayUrl(req.relayUrl);
      if (!url.ok) return url;
      const current = linkOf(state);
      const held = current?.userId === req.userId ? current.credentials() : null;
      const username = held?.username ?? req.username;
      const password = req.password || held?.password;
      if (!password) return fail('unauthenticated', 'conn.changeNeedsPassword', undefined, { field: 'password' });
      const confirmed = await requireConfirmedRelay(db, url.value);
      if (!confirmed.ok) return confirmed;
      const deps = { db, fetchImpl: transportFor(db, url.value, fetchImpl).fetchImpl, now, alive: () => !closed };
      const signed = await signInThroughRelay(deps, { relayUrl: url.value, username, password });
      if (closed) return fail('offline', 'error.sync.notConnected');
      if (!signed.ok) return explainChangedCertificate(db, url.value, signed);
      if (signed.value.kind === 'offline') return fail('offline', 'error.discovery.unreachable', { url: url.value }, { field: 'relayUrl' });
      if (signed.value.userId !== req.userId) return fail('conflict', 'conn.changeOtherAccount', undefined, { field: 'relayUrl' });
      const link = ensureLink({ userId: req.userId, relayUrl: url.value, username, password, login: signed.value.login });
      await link.whenManifest();
      return ok(status(req.userId));
    },

    relayRequest(userId, request) {
      const link = linkOf(state);
      const token = link?.userId === userId ? link.client.session()?.token : undefined;
      if (!link || !token) return Promise.resolve(fail('offline', 'relay.action.needsRelay'));
      return request(transportFor(db, link.relayUrl, fetchImpl).fetchImpl, link.relayUrl, token);
    },

    async command(userId, command) {
      const link = linkOf(state);
      if (!link || link.userId !== userId) return fail('offline', 'error.sync.notConnected');
      return sendLiveCommand(link.client, command);
    },

    async host(req) {
      let pkg: MeetingPackage;
      try {
        pkg = buildMeetingPackage(db, req.meetingId, now());
      } catch {
        return fail('invalid_input', 'error.sync.hostNotPublished');
      }
      const current = hostOf(state);
      if (current && current.meetingId !== req.meetingId) return fail('conflict', 'error.sync.hostOtherMeeting');
      if (current) {
        // Hosting again republishes: agenda, roster or documents changed since.
        current.republish(pkg);
        events.statusNow();
        return ok(status(req.userId));
      }
      const started = await startHostedRelay({
        dataDir: config.dataDir,
        blobDir: config.blobs.dir,
        pkg,
        port: req.port,
        bind: req.host ?? tuning.hostBind ?? '0.0.0.0',
        ...(tuning.hostedRelayLimits ? { limits: tuning.hostedRelayLimits } : {}),
        log,
      });
      if (!started.ok) return started;
      const host = started.value;
      pinOwnRelay(db, [host.relay.url, host.url], host.certificate, now());
      state = { kind: 'hosting', host, link: linkOf(state) };
      const me = pkg.participants.find((p) => p.userId === req.userId);
      if (me) {
        startLink({
          userId: req.userId,
          relayUrl: host.relay.url,
          username: me.username,
          password: null,
          hosted: true,
          manifest: pkg,
          authenticate: async () => {
            const l = host.relay.issueSession(req.userId);
            return l ? ok(l) : fail('unauthenticated', 'error.sync.hostNotParticipant');
          },
        });
      }
      events.statusNow();
      return ok(status(req.userId));
    },

    hostingMeeting: () => hostOf(state)?.meetingId ?? null,

    async stopHosting() {
      await stopHostingNow();
      events.statusNow();
      return status(null);
    },

    async close() {
      if (closed) return;
      stopLink();
      closed = true;
      events.close();
      await stopHostingNow();
      await Promise.all([...closing]);
    },
  };
}
