import { MAX_CONFIDENTIAL_LAPTOPS_PER_USER } from '../../shared/relay-protocol/constants';
import type { RuleDef } from '../../shared/voting/rule-set';
import type { RelayTls } from './tls';
import type { CommandProcessorFactory, CommandProcessorLike } from './command-types';

export type MeetingCommandOptions = {
  /**
   * Refuse vote:open while quorum is not met (default true, as the law requires). `false` only for demos
   * and rehearsals where a few laptops stand in for a full body (`npm run relay -- --no-quorum-for-votes`).
   */
  requireQuorumToOpenVote?: boolean;
  /** Built-in rules merged with the province's file (loadProvinceRules in province-rules.ts); default built-in only. */
  rules?: readonly RuleDef[];
  /** Secret-ballot batching (commands/ballot-batcher.ts): casts per durable commit, and how long a batch may wait. */
  secretBatch?: { batchSize?: number; deadlineMs?: number };
};

/**
 * Relay limits. Times are in milliseconds of the monotonic clock; the injected `now` is the wall clock
 * used for session stamps only, so a frozen test clock cannot stop the heartbeat.
 */
export type RelayLimits = {
  /**
   * Largest Yjs WebSocket frame accepted. Larger than the usual 1 MiB on purpose: a laptop that annotated
   * offline sends its whole backlog as one sync-step-2 frame, and a limit below that would lock it out.
   */
  maxYjsFrameBytes: number;
  maxCommandFrameBytes: number;
  /** Token bucket per connection: sustained messages per second and burst size. */
  messagesPerSecond: number;
  messageBurst: number;
  /** The relay pings every connection this often... */
  heartbeatMs: number;
  /** ...and terminates one whose last pong is older than this (offline within heartbeat + timeout < 10 s). */
  presenceTimeoutMs: number;
  /** A Yjs connection that was sent nothing for this long gets KEEPALIVE_FRAME (< y-websocket's 30 s watchdog). */
  keepaliveMs: number;
  /** A peer that does not read its socket (send buffer above this) is dropped; it resyncs when it comes back. */
  maxBufferedBytes: number;
  maxConnections: number;
  /** Open WebSockets (plus handshakes in flight) per user: a laptop opens ~3 + one per document. */
  maxConnectionsPerUser: number;
  /**
   * Blob downloads in flight per user (each an open file until its response closes); a laptop runs 3, and a
   * person may hold the meeting on up to MAX_CONFIDENTIAL_LAPTOPS_PER_USER laptops at once.
   */
  maxBlobDownloadsPerUser: number;
  /** Bytes stored for one Yjs room (snapshot + appended updates); an update beyond it is refused, close 4413. */
  maxRoomBytes: number;
  /** Bytes of Yjs updates one user may store on this relay for one meeting, across rooms (persisted). */
  maxUserBytes: number;
  /**
   * Updates whose dependencies the relay never got are not kept (no pending structs in memory): the peer is
   * sent the relay's state vector instead. After this many in a row the connection is closed (4413).
   */
  maxMissingDependencyUpdates: number;
  /**
   * Refused or dependency-missing updates per user per minute (each makes the relay rebuild a room's shadow copy,
   * update-gate.ts); beyond it the user's writes are turned away unchecked, close 4529, until the budget refills.
   */
  refusedUpdatesPerMinute: number;
  /** One awareness message (relayed to every peer of the room) at most this big... */
  maxAwarenessBytes: number;
  /** ...at most this often per connection (token bucket)... */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** ...announcing at most this many client states of its own. */
  maxAwarenessClientsPerPeer: number;
  sessionTtlMs: number;
  /** Failed logins per username per minute before further attempts are refused for that minute. */
  loginFailuresPerMinute: number;
  /** A room freed with at least this many uncompacted updates is compacted first, so it reloads fast. */
  compactOnFreeAfterUpdates: number;
};

export const DEFAULT_LIMITS: RelayLimits = {
  maxYjsFrameBytes: 4 * 1024 * 1024,
  maxCommandFrameBytes: 64 * 1024,
  messagesPerSecond: 200,
  messageBurst: 400,
  heartbeatMs: 2500,
  presenceTimeoutMs: 6000,
  keepaliveMs: 10_000,
  maxBufferedBytes: 32 * 1024 * 1024,
  maxConnections: 5000,
  maxConnectionsPerUser: 200,
  maxBlobDownloadsPerUser: 3 * MAX_CONFIDENTIAL_LAPTOPS_PER_USER,
  maxRoomBytes: 64 * 1024 * 1024,
  maxUserBytes: 16 * 1024 * 1024,
  maxMissingDependencyUpdates: 32,
  refusedUpdatesPerMinute: 30,
  maxAwarenessBytes: 8 * 1024,
  awarenessPerSecond: 10,
  awarenessBurst: 30,
  maxAwarenessClientsPerPeer: 4,
  sessionTtlMs: 7 * 24 * 3600 * 1000,
  loginFailuresPerMinute: 10,
  compactOnFreeAfterUpdates: 50,
};

export type RelayLogger = {
  info(msg: string, detail?: Record<string, unknown>): void;
  warn(msg: string, detail?: Record<string, unknown>): void;
};

export type RelayConfig = {
  /** Holds relay.db, package.json and blobs/<sha256>.pdf. */
  dataDir: string;
  /** 0 = ephemeral port. */
  port: number;
  /** Default 127.0.0.1; 0.0.0.0 to serve the meeting room's LAN. */
  host?: string;
  /** Wall clock (ms since epoch) for session timestamps. */
  now?: () => number;
  limits?: Partial<RelayLimits>;
  /**
   * The command processor: a fixed object, or a factory called per published meeting.
   * Default: the meeting processor in ./commands (votes, attendance, speakers), one SQLite file per meeting.
   */
  commands?: CommandProcessorLike | CommandProcessorFactory;
  /** Options of the default command processor (ignored when `commands` is given). */
  commandOptions?: MeetingCommandOptions;
  logger?: RelayLogger;
  /**
   * Certificate and key (PEM) to serve HTTPS/WSS (loadOrCreateTls / readTlsFiles in tls.ts). Without it the
   * relay speaks plain http/ws: loopback development and tests only.
   */
  tls?: RelayTls | null;
};

export const resolveLimits = (partial: Partial<RelayLimits> | undefined): RelayLimits => ({ ...DEFAULT_LIMITS, ...partial });

export const SILENT_LOGGER: RelayLogger = { info: () => {}, warn: () => {} };
