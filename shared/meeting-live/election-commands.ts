import type { AgendaItemId, UserId } from '../model/ids';
import type { ConfidenceLevel } from '../voting/confidence';
import type { CommandId, ElectionId, ElectionRoundId } from './ids';

/*
 * Elections (bầu cử) and confidence ratings (lấy phiếu tín nhiệm) as authoritative commands. The secretariat
 * prepares the list and the counting board (Ban kiểm phiếu); the chair opens each round; members cast one
 * secret ballot per round; the chair closes the round (the relay counts); every board member confirms the
 * count; then the chair announces it. Further rounds and runoffs follow from the last count.
 */

export type ElectionKind = 'election' | 'rating';
export const ELECTION_KINDS: readonly ElectionKind[] = ['election', 'rating'];

export type CandidateSource = 'list' | 'floor';
export const CANDIDATE_SOURCES: readonly CandidateSource[] = ['list', 'floor'];

/** A floor nomination's vote (đề cử tại hội nghị): admitted only with more than 30 % agreement (190 Art. 14). */
export type FloorAgreement = { agree: number; base: number };

export type ElectionCandidateInput = {
  fullName: string;
  /** The candidate's account when they are a member: a candidate cannot sit on the counting board. */
  accountId?: UserId;
  source: CandidateSource;
  /** Required for floor nominations. */
  floorAgreement?: FloorAgreement;
};

export type ElectionPrepare = {
  type: 'election:prepare';
  commandId: CommandId;
  agendaItemId: AgendaItemId;
  kind: ElectionKind;
  /** "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch HĐND tỉnh", or the rating's title. */
  office: string;
  /** Seats to fill (a rating: ignored, every office-holder is one row). */
  seats: number;
  candidates: ElectionCandidateInput[];
  /** Counting-board members (accounts), in the order they sign. */
  board: UserId[];
};
export type ElectionOpen = { type: 'election:open'; commandId: CommandId; electionId: ElectionId };

/** Candidate ids are the relay's ("c1", "c2", ... in list order), shown in the live view. */
export type ElectionBallotInput =
  /** Gạch tên: the names kept (not struck). */
  | { kind: 'strike'; kept: string[] }
  /** Đồng ý / Không đồng ý per candidate (the list has as many candidates as seats). */
  | { kind: 'approval'; marks: Record<string, 'agree' | 'disagree'> }
  /** One level per office-holder; null or absent: that row left blank. */
  | { kind: 'rating'; levels: Record<string, ConfidenceLevel | null> };
export type BallotForm = ElectionBallotInput['kind'];
export const BALLOT_FORMS: readonly BallotForm[] = ['strike', 'approval', 'rating'];

export type ElectionCast = { type: 'election:cast'; commandId: CommandId; roundId: ElectionRoundId; ballot: ElectionBallotInput };
export type ElectionClose = { type: 'election:close'; commandId: CommandId; roundId: ElectionRoundId };
/** A counting-board member confirms the count of a closed round. */
export type ElectionConfirm = { type: 'election:confirm'; commandId: CommandId; roundId: ElectionRoundId };
/** The chair announces a confirmed count; it is then shown to everyone and on the big screen. */
export type ElectionAnnounce = { type: 'election:announce'; commandId: CommandId; roundId: ElectionRoundId };

export type ElectionCommand = ElectionPrepare | ElectionOpen | ElectionCast | ElectionClose | ElectionConfirm | ElectionAnnounce;

export const ELECTION_LIMITS = {
  OFFICE_MAX_CHARS: 300,
  NAME_MAX_CHARS: 120,
  CANDIDATES_MAX: 200,
  SEATS_MAX: 200,
  BOARD_MAX: 25,
} as const;

/** The relay's id of the i-th candidate (0-based) of a prepared list. */
export const candidateIdAt = (index: number): string => `c${index + 1}`;
