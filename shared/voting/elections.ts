/**
 * Elections (bầu cử) by strike-out ballots (gạch tên) or, when the list has no extra candidates, by
 * "Đồng ý / Không đồng ý" per candidate. Pure and exact: every decision compares integers; percentages are
 * display strings (percent.ts). The legal base of "more than half" is data (`ElectionBasis`) with its citation.
 */
import type { MessageKey } from '../i18n';
import type { Result } from '../util/result';
import { assertNever, fail, ok } from '../util/result';
import type { Citation } from './citation';
import { formatPercentOfN } from './percent';
import { MAX_DENOMINATOR } from './thresholds';

/** Which count "more than half" is taken of. */
export type ElectionBase =
  /** the valid ballots (Party elections: Quyết định 190-QĐ/TW Art. 30; Điều lệ Đảng Art. 12(3)) */
  | 'valid_ballots'
  /** the body's total delegates in office (HĐND elections of its officers) */
  | 'total_members';

export const ELECTION_BASES: readonly ElectionBase[] = ['valid_ballots', 'total_members'];

export type ElectionBasis = {
  id: string;
  base: ElectionBase;
  labelKey: MessageKey;
  citation: Citation;
  needsLegalConfirmation: boolean;
};

/** Party elections: more than half of the valid ballots (LEGAL-NOTES: H). */
export const PARTY_ELECTION_BASIS: ElectionBasis = {
  id: 'party_election@190-2024',
  base: 'valid_ballots',
  labelKey: 'election.base.validBallots',
  citation: { document: 'Quyết định số 190-QĐ/TW (Quy chế bầu cử trong Đảng)', article: '30', clause: null, issuedOn: '2024-10-10' },
  needsLegalConfirmation: false,
};

/**
 * HĐND elections of its officers: more than half of the total delegates. LEGAL-NOTES has the 72/2025 clause
 * texts as U, so this rule carries the "needs legal confirmation" flag and no article.
 */
export const HDND_ELECTION_BASIS: ElectionBasis = {
  id: 'hdnd_election@72-2025',
  base: 'total_members',
  labelKey: 'election.base.totalMembers',
  citation: { document: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15', article: null, clause: null, issuedOn: '2025-06-16' },
  needsLegalConfirmation: true,
};

export type CandidateId = string & { readonly __brand: 'CandidateId' };
export const candidateId = (s: string): CandidateId => s as CandidateId;

/** A strike-out ballot: the names left standing (not struck). Order is irrelevant. */
export type StrikeBallot = { kind: 'strike'; kept: readonly CandidateId[] };
/** An agree/disagree ballot: one mark per candidate (used when candidates = seats). */
export type ApprovalBallot = { kind: 'approval'; marks: Readonly<Record<string, 'agree' | 'disagree'>> };
export type ElectionBallot = StrikeBallot | ApprovalBallot;

export type BallotCheck =
  | { valid: true; kept: readonly CandidateId[] }
  | { valid: false; reason: 'too_many_kept' | 'unknown_name' | 'duplicate_name' | 'unmarked'; key: MessageKey };

/** Validity of one ballot. A ballot keeping more names than seats is invalid; keeping none is valid. */
export function checkBallot(ballot: ElectionBallot, candidates: readonly CandidateId[], seats: number): BallotCheck {
  const known = new Set<string>(candidates);
  switch (ballot.kind) {
    case 'strike': {
      const seen = new Set<string>();
      for (const id of ballot.kept) {
        if (!known.has(id)) return { valid: false, reason: 'unknown_name', key: 'election.ballot.unknownName' };
        if (seen.has(id)) return { valid: false, reason: 'duplicate_name', key: 'election.ballot.duplicateName' };
        seen.add(id);
      }
      if (ballot.kept.length > seats) return { valid: false, reason: 'too_many_kept', key: 'election.ballot.tooManyKept' };
      return { valid: true, kept: ballot.kept };
    }
    case 'approval': {
      const marked = Object.keys(ballot.marks);
      for (const id of marked) if (!known.has(id)) return { valid: false, reason: 'unknown_name', key: 'election.ballot.unknownName' };
      if (marked.length !== known.size) return { valid: false, reason: 'unmarked', key: 'election.ballot.unmarked' };
      const kept = candidates.filter((c) => ballot.marks[c] === 'agree');
      if (kept.length > seats) return { valid: false, reason: 'too_many_kept', key: 'election.ballot.tooManyKept' };
      return { valid: true, kept };
    }
    default:
      return assertNever(ballot, 'ballot kind');
  }
}

/** Most candidates a list may have: seats plus at most `percent` % more, exact: c - s <= floor(p·s / 100). Party: 30. */
export function maxCandidates(seats: number, percent = 30): number {
  return seats + Math.floor((percent * seats) / 100);
}

/** Floor nominations (đề cử tại hội nghị) need more than `percent` % agreement: 100 × agree > p × base. Party: 30. */
export function floorNominationRequired(base: number, percent = 30): number {
  return Math.floor((percent * base) / 100) + 1;
}
export function floorNominationAdmitted(agree: number, base: number, percent = 30): boolean {
  return base > 0 && agree >= floorNominationRequired(base, percent);
}

export type ElectionInput = {
  candidates: readonly CandidateId[];
  seats: number;
  basis: ElectionBasis;
  /** Delegates in office (N), frozen when the round opened; the base of a 'total_members' rule. */
  members: number;
  ballots: readonly ElectionBallot[];
};

export type CandidateResult = { id: CandidateId; votes: number; percentOfBase: string; overHalf: boolean; elected: boolean };

export type NextRound =
  | { kind: 'none' }
  /** Seats left unfilled: another round among the remaining candidates (190 Art. 20(2)). */
  | { kind: 'further_round'; seats: number; among: CandidateId[] }
  /** A tie at the cut-off: a runoff among the tied for the seats left. */
  | { kind: 'runoff'; seats: number; among: CandidateId[] };

export type ElectionCount = {
  seats: number;
  ballots: number;
  valid: number;
  invalid: number;
  /** The number "more than half" is taken of. */
  base: number;
  /** Votes needed: floor(base / 2) + 1. */
  required: number;
  /** Ranked by votes (ties in list order). */
  candidates: CandidateResult[];
  elected: CandidateId[];
  next: NextRound;
  basis: ElectionBasis;
};

/** Input checks of every round: seats, at least as many candidates as seats, distinct ids. */
export function checkCandidateList(candidates: readonly CandidateId[], seats: number): Result<true> {
  if (!Number.isSafeInteger(seats) || seats < 1) return fail('invalid_input', 'election.error.seats', undefined, { seats });
  if (candidates.length === 0) return fail('invalid_input', 'election.error.noCandidates');
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) return fail('invalid_input', 'election.error.duplicateCandidate', { id: c });
    seen.add(c);
  }
  if (candidates.length < seats) return fail('invalid_input', 'election.error.tooFewCandidates', { candidates: candidates.length, seats });
  return ok(true);
}

/** The list prepared for a first round: also at most `percent` % extra candidates (Party: 30, 190 Art. 14). */
export function checkFirstRoundList(candidates: readonly CandidateId[], seats: number, percent = 30): Result<true> {
  const basic = checkCandidateList(candidates, seats);
  if (!basic.ok) return basic;
  if (candidates.length > maxCandidates(seats, percent)) {
    return fail('invalid_input', 'election.error.tooManyCandidates', { max: maxCandidates(seats, percent), seats, percent });
  }
  return ok(true);
}

/**
 * Counts one round (the 30 % limit is the first round's list check, not the count's). Winners have more than half of the base, ranked by votes, up to `seats`. */
export function countElection(input: ElectionInput): Result<ElectionCount> {
  const { candidates, seats, basis, members, ballots } = input;
  const list = checkCandidateList(candidates, seats);
  if (!list.ok) return list;
  if (!Number.isSafeInteger(members) || members < 0 || members > MAX_DENOMINATOR) {
    return fail('invalid_input', 'election.error.base', undefined, { members });
  }
  if (ballots.length > members) return fail('invalid_input', 'election.error.tooManyBallots', { ballots: ballots.length, n: members });

  const votes = new Map<string, number>(candidates.map((c) => [c, 0]));
  let valid = 0;
  for (const b of ballots) {
    const check = checkBallot(b, candidates, seats);
    if (!check.valid) continue;
    valid += 1;
    for (const id of check.kept) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const base = electionBase(basis.base, valid, members);
  const required = Math.floor(base / 2) + 1;
  const order = new Map<string, number>(candidates.map((c, i) => [c, i]));
  const ranked = [...candidates].sort((a, b) => votes.get(b)! - votes.get(a)! || order.get(a)! - order.get(b)!);
  const qualified = base > 0 ? ranked.filter((c) => votes.get(c)! >= required) : [];
  const { elected, next } = decideSeats(ranked, qualified, votes, seats);
  const electedSet = new Set<string>(elected);
  return ok({
    seats,
    ballots: ballots.length,
    valid,
    invalid: ballots.length - valid,
    base,
    required,
    candidates: ranked.map((id) => ({
      id,
      votes: votes.get(id)!,
      percentOfBase: formatPercentOfN(votes.get(id)!, base),
      overHalf: base > 0 && votes.get(id)! >= required,
      elected: electedSet.has(id),
    })),
    elected,
    next,
    basis,
  });
}

function electionBase(base: ElectionBase, valid: number, members: number): number {
  switch (base) {
    case 'valid_ballots':
      return valid;
    case 'total_members':
      return members;
    default:
      return assertNever(base, 'election base');
  }
}

/** Fills seats from the qualified (already ranked); a tie across the cut-off goes to a runoff. */
function decideSeats(
  ranked: readonly CandidateId[],
  qualified: readonly CandidateId[],
  votes: ReadonlyMap<string, number>,
  seats: number,
): { elected: CandidateId[]; next: NextRound } {
  if (qualified.length <= seats) {
    const elected = [...qualified];
    const left = seats - elected.length;
    if (left === 0) return { elected, next: { kind: 'none' } };
    const taken = new Set<string>(elected);
    return { elected, next: { kind: 'further_round', seats: left, among: ranked.filter((c) => !taken.has(c)) } };
  }
  const cutVotes = votes.get(qualified[seats - 1]!)!;
  const above = qualified.filter((c) => votes.get(c)! > cutVotes);
  const atCut = qualified.filter((c) => votes.get(c)! === cutVotes);
  if (above.length + atCut.length <= seats) return { elected: [...above, ...atCut], next: { kind: 'none' } };
  return { elected: above, next: { kind: 'runoff', seats: seats - above.length, among: atCut } };
}
