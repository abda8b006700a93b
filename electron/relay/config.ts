import type { RuleDef } from '../../shared/voting/rule-set';
import type { CommandProcessorFactory, CommandProcessorLike } from './command-types';

export type MeetingCommandOptions = {
  /**
   * Refuse vote:open while quorum is not met (default true, as the law requires). `false` only for demos
   * and rehearsals where a few laptops stand in for a full body (`npm run relay -- --no-quorum-for-votes`).
   */
  requireQuorumToOpenVote?: boolean;
  /** Built-in rules merged with the province's file (loadProvinceRules in province-rules.ts); default built-in only. */
  rules?: readonly RuleDef[];
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
};

export const resolveLimits = (partial: Partial<RelayLimits> | undefined): RelayLimits => ({ ...DEFAULT_LIMITS, ...partial });

export const SILENT_LOGGER: RelayLogger = { info: () => {}, warn: () => {} };
