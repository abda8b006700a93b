import type * as Y from 'yjs';
import type { MeetingId, UserId } from '../../../shared/model/ids';
import type { MeetingPackage } from '../../../shared/model/package';
import type { MeetingRole } from '../../../shared/model/types';
import type { Result } from '../../../shared/util/result';
import type { Db } from '../db/connection';

/**
 * The interface between the relay's /commands endpoint and the command processor (votes, attendance,
 * speaker queue) in ./commands/. The relay owns transport, auth and presence; the processor owns meaning.
 */
export type CommandContext = { userId: UserId; role: MeetingRole; meetingId: MeetingId; online: boolean };

export type CommandProcessorLike = {
  /** Synchronous and durable before it returns: the relay acknowledges right after. */
  handle(ctx: CommandContext, command: unknown): Result<unknown>;
  /** The live state this viewer may see. */
  view(ctx: CommandContext): unknown;
  /** Called when state changed; the relay then pushes fresh views to every command connection. */
  subscribe(listener: () => void): () => void;
  close(): void;
};

/** What the relay offers a command processor it constructs itself. */
export type CommandProcessorDeps = {
  /** The relay's database (WAL, synchronous=FULL). A processor with its own schema may prefer its own file in dataDir. */
  db: Db;
  dataDir: string;
  now: () => number;
  meetingPackage: () => MeetingPackage | null;
  /** Writes into `results:<meetingId>`, the room only the relay writes; persisted before it is broadcast. */
  publishResult: (meetingId: MeetingId, fn: (doc: Y.Doc) => void) => void;
  presence: () => UserId[];
};

export type CommandProcessorFactory = (deps: CommandProcessorDeps) => CommandProcessorLike;
