import type { MessageKey } from '../i18n';
import type { AgendaItemId, UserId } from '../model/ids';
import type { RatingResult } from '../voting/confidence';
import type { FrozenDenominator } from '../voting/denominator';
import type { ElectionBasis, ElectionCount } from '../voting/elections';
import type { BallotForm, CandidateSource, ElectionKind, FloorAgreement } from './election-commands';
import type { ElectionId, ElectionRoundId } from './ids';

/*
 * Elections and confidence ratings in the live view. A round's count is shown to the chair, the secretariat
 * and the counting board once the round is closed, and to everyone once the chair has announced it.
 */

/** The stored count of a round. */
export type RoundResult = { kind: 'election'; count: ElectionCount } | { kind: 'rating'; count: RatingResult };

export type RoundKind = 'first' | 'further_round' | 'runoff';

export type ElectionCandidateView = {
  /** The relay's id ("c1", ...), what a ballot names. */
  id: string;
  fullName: string;
  source: CandidateSource;
  accountId: UserId | null;
  floorAgreement: FloorAgreement | null;
};

export type ElectionRoundView = {
  roundId: ElectionRoundId;
  round: number;
  roundKind: RoundKind;
  status: 'open' | 'closed';
  /** How the paper ballot looks: strike-out, agree/disagree per name, or a rating row per office-holder. */
  form: BallotForm;
  seats: number;
  /** Candidate ids on this round's ballot, in list order. */
  candidateIds: string[];
  /** Delegates in office (N) when the round opened. */
  n: number;
  presentAtOpen: number | null;
  denominator: Omit<FrozenDenominator, 'members'> | null;
  openedAt: number;
  closedAt: number | null;
  /** Ballots returned so far (a secret ballot is counted per committed batch). */
  castCount: number;
  /** Null while open, and for those who may not see it yet. */
  result: RoundResult | null;
  confirmedBy: { userId: UserId; fullName: string; at: number }[];
  announcedAt: number | null;
};

export type MyElectionState = {
  entitled: boolean;
  hasVoted: boolean;
  /** Why I cannot cast a ballot in the open round right now (null: I can, or no round is open). */
  cannotVoteReason: MessageKey | null;
  onBoard: boolean;
  /** I confirmed the count of the latest closed round. */
  confirmedLatest: boolean;
};

export type ElectionView = {
  electionId: ElectionId;
  agendaItemId: AgendaItemId;
  kind: ElectionKind;
  office: string;
  seats: number;
  candidates: ElectionCandidateView[];
  board: { userId: UserId; fullName: string }[];
  basis: ElectionBasis;
  preparedAt: number;
  /** Every round, oldest first. */
  rounds: ElectionRoundView[];
  me: MyElectionState;
};

/** The form of a round's ballot: a rating, agree/disagree when names = seats, else strike-out. */
export function ballotFormOf(kind: ElectionKind, candidates: number, seats: number): BallotForm {
  if (kind === 'rating') return 'rating';
  return candidates === seats ? 'approval' : 'strike';
}
