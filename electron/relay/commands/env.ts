import type { BodyKind } from '../../../shared/model/bodies';
import type { UserId } from '../../../shared/model/ids';
import type { ElectionId, ElectionRoundId, SpeakerRequestId, VoteId } from '../../../shared/meeting-live/ids';
import type { TallyResult } from '../../../shared/voting/tally';
import type { Result } from '../../../shared/util/result';
import type { ElectionBoardStore } from './election-board-store';
import type { ElectionStore } from './election-store';
import type { LegalBody } from './legal-body';
import type { LegalStore } from './legal-store';
import type { SecretBallotWriter } from './secret-ballot';
import type { Store } from './store';
import type { CommandContext, MeetingParticipantInfo } from './types';

/** Everything a handler needs to apply one command; built per command, inside its transaction. */
export type ApplyEnv = {
  store: Store;
  ctx: CommandContext;
  /** The relay clock, read once per command. */
  at: number;
  bodyKind: BodyKind;
  participants: ReadonlyMap<string, MeetingParticipantInfo>;
  /** Members of the body in office with an account (from the roster; legacy packages: delegate and chair roles), in a stable order. */
  members: readonly MeetingParticipantInfo[];
  legal: LegalBody;
  legalStore: LegalStore;
  /** The meeting's date (ISO): the rules in force on it apply. Null: the relay clock's date. */
  meetingDate: string | null;
  agendaItemIds: ReadonlySet<string> | null;
  isOnline: (userId: UserId) => boolean;
  limitSec: number;
  requireQuorum: boolean;
  newId: () => string;
  randomBytes: (size: number) => Uint8Array;
  /** Secret ballots go through it (written at once, or held and shuffled within a batch). */
  secretBallots: SecretBallotWriter;
  elections: ElectionStore;
  board: ElectionBoardStore;
};

/** What a handler adds to the ack; `secretClosed` asks the processor to scrub the WAL after commit. */
export type Applied = {
  voteId?: VoteId;
  requestId?: SpeakerRequestId;
  result?: TallyResult;
  electionId?: ElectionId;
  roundId?: ElectionRoundId;
  secretClosed?: boolean;
};
export type ApplyResult = Result<Applied>;

/**
 * Members counted as present: attendance 'present', recorded by check-in on the laptop or by the secretariat.
 * The relay's heartbeat is information (the laptop is connected), never the legal fact of presence.
 */
export function countedPresent(env: Pick<ApplyEnv, 'store' | 'members'>): Set<string> {
  const present = new Set<string>();
  for (const row of env.store.listAttendance.all()) {
    if (row.status === 'present') present.add(row.user_id);
  }
  const counted = new Set<string>();
  for (const m of env.members) if (present.has(m.userId)) counted.add(m.userId);
  return counted;
}
