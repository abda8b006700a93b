import type { BodyKind } from '../../../shared/model/bodies';
import type { BodyRoster } from '../../../shared/model/roster';
import type { RuleDef } from '../../../shared/voting/rule-set';
import type { AgendaItemId, MeetingId, UserId } from '../../../shared/model/ids';
import type { MeetingRole } from '../../../shared/model/types';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { Result } from '../../../shared/util/result';

/** Who sent a command, as established by the relay's authenticated session and its heartbeat. */
export type CommandContext = {
  userId: UserId;
  role: MeetingRole;
  meetingId: MeetingId;
  /** The relay's heartbeat currently sees this user's laptop. */
  online: boolean;
};

export type MeetingParticipantInfo = { userId: UserId; role: MeetingRole; fullName: string; group: string };

export type CommandProcessorConfig = {
  /** The processor's own SQLite file (WAL, synchronous=FULL). */
  file: string;
  meeting: {
    meetingId: MeetingId;
    bodyKind: BodyKind;
    participants: readonly MeetingParticipantInfo[];
    /** When given, agenda:set-current and vote:open only accept these items. */
    agendaItemIds?: readonly AgendaItemId[];
    /** ISO date of the meeting: the rules in force on it apply (default: the relay clock's date in Vietnam). */
    date?: string;
    /**
     * The body's roster for the term: N, quorum and the entitled list come from it. Without it (packages of
     * earlier versions) N falls back to the delegate and chair invitations, and results say so.
     */
    roster?: BodyRoster;
  };
  /** Rules: the built-in ones with the province's overrides merged (default: BUILTIN_RULES). */
  rules?: readonly RuleDef[];
  /** Relay clock, ms since the epoch. The relay's clock alone decides what is before or after a close. */
  now: () => number;
  /** The relay heartbeat's view of a laptop: information shown with attendance, never what makes someone present. */
  isOnline: (userId: UserId) => boolean;
  /** Speaking time limit shown with the timer (default DEFAULT_SPEAKING_LIMIT_SEC). */
  speakingLimitSec?: number;
  /** Refuse vote:open while quorum is not met (default true). */
  requireQuorumToOpenVote?: boolean;
  /** Random bytes source (default node:crypto randomBytes); ids and secret ballot keys come from it. */
  randomBytes?: (size: number) => Uint8Array;
};

export type CommandProcessor = {
  /** Validates and applies one command in ONE SQLite transaction, committed (synchronous=FULL) before it returns. */
  handle(ctx: CommandContext, command: unknown): Result<CommandAck>;
  /**
   * Group commit: applies several commands (e.g. every frame that arrived during one event-loop turn) in ONE
   * transaction, each in its own savepoint, with one fsync for all. Results are in input order and mean
   * exactly what handle() would have returned; nothing is acknowledged unless the whole batch committed.
   */
  handleBatch(items: readonly { ctx: CommandContext; command: unknown }[]): Result<CommandAck>[];
  /** Whether `voteId` names a secret vote that is open now (ballot-batcher.ts batches casts into it). */
  isOpenSecretVote(voteId: unknown): boolean;
  /** Whether an election round is open (its ballots are secret and batched). */
  isOpenRound(roundId: unknown): boolean;
  /** The live state as this viewer may see it. */
  view(ctx: CommandContext): MeetingLiveView;
  /** Called after every committed change and after notifyPresenceChanged(). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The relay calls this when its heartbeat changes someone's online state: quorum may have changed. */
  notifyPresenceChanged(): void;
  /** Checkpoints the WAL and closes the database. Further calls to handle() return an error. */
  close(): void;
};

export const DEFAULT_SPEAKING_LIMIT_SEC = 300;
