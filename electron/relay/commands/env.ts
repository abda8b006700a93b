import type { BodyKind } from '../../../shared/model/bodies';
import type { UserId } from '../../../shared/model/ids';
import type { SpeakerRequestId, VoteId } from '../../../shared/meeting-live/ids';
import type { TallyResult } from '../../../shared/voting/tally';
import type { Result } from '../../../shared/util/result';
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
  /** Members of the body (delegate and chair roles), in a stable order. */
  members: readonly MeetingParticipantInfo[];
  agendaItemIds: ReadonlySet<string> | null;
  isOnline: (userId: UserId) => boolean;
  limitSec: number;
  requireQuorum: boolean;
  newId: () => string;
  randomBytes: (size: number) => Uint8Array;
  /** Secret ballots go through it (written at once, or held and shuffled within a batch). */
  secretBallots: SecretBallotWriter;
};

/** What a handler adds to the ack; `secretClosed` asks the processor to scrub the WAL after commit. */
export type Applied = { voteId?: VoteId; requestId?: SpeakerRequestId; result?: TallyResult; secretClosed?: boolean };
export type ApplyResult = Result<Applied>;

/** Members counted as present: attendance 'present' and seen by the relay's heartbeat. */
export function countedPresent(env: Pick<ApplyEnv, 'store' | 'members' | 'isOnline'>): Set<string> {
  const present = new Set<string>();
  for (const row of env.store.listAttendance.all()) {
    if (row.status === 'present') present.add(row.user_id);
  }
  const counted = new Set<string>();
  for (const m of env.members) if (present.has(m.userId) && env.isOnline(m.userId)) counted.add(m.userId);
  return counted;
}
