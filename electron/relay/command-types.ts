import type * as Y from 'yjs';
import type { CommandAck } from '../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import type { LaptopId, MeetingId, UserId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { MeetingRole } from '../../shared/model/types';
import type { Result } from '../../shared/util/result';
import type { Db } from '../common/sqlite/connection';

/**
 * The interface between the relay's /commands endpoint and the command processor (votes, attendance,
 * speaker queue) in ./commands/. The relay owns transport, auth and presence; the processor owns meaning.
 */
/** `laptopId`: the laptop the connection's session named (self-declared; the recall's bookkeeping only). */
export type CommandContext = { userId: UserId; role: MeetingRole; meetingId: MeetingId; online: boolean; laptopId?: LaptopId | null };

export type CommandProcessorLike = {
  /** Synchronous and durable before it returns: the relay acknowledges right after. */
  handle(ctx: CommandContext, command: unknown): Result<CommandAck>;
  /**
   * Optional asynchronous form: `reply` is called once the command is durable, possibly later (secret
   * ballots wait for their batch, commands/ballot-batcher.ts). The /commands endpoint prefers it.
   */
  submit?(ctx: CommandContext, command: unknown, reply: (r: Result<CommandAck>) => void): void;
  /** The live state this viewer may see (null: nothing to show yet). */
  view(ctx: CommandContext): MeetingLiveView | null;
  /**
   * Optional group commit: applies these commands in one durable transaction (a savepoint each), results in
   * order. The relay uses it for frames that arrive together, acknowledging each only after the commit.
   */
  handleBatch?(items: readonly { ctx: CommandContext; command: unknown }[]): Result<CommandAck>[];
  /** Called when state changed; the relay then pushes fresh views to every command connection. */
  subscribe(listener: () => void): () => void;
  /** Optional: the relay calls it when its heartbeat changes who is online (quorum may have changed). */
  notifyPresenceChanged?(): void;
  close(): void;
};

/**
 * What the relay offers a command processor it constructs itself. The factory is called once per
 * published meeting (at start if a package is present, and again when a package of another meeting is loaded).
 */
export type CommandProcessorDeps = {
  pkg: MeetingPackage;
  /** The relay's database (WAL, synchronous=FULL). A processor with its own schema may prefer its own file in dataDir. */
  db: Db;
  dataDir: string;
  now: () => number;
  meetingPackage: () => MeetingPackage | null;
  /** Writes into `results:<meetingId>`, the room only the relay writes; persisted before it is broadcast. */
  publishResult: (meetingId: MeetingId, fn: (doc: Y.Doc) => void) => void;
  isOnline: (userId: UserId) => boolean;
  presence: () => UserId[];
};

export type CommandProcessorFactory = (deps: CommandProcessorDeps) => CommandProcessorLike;
