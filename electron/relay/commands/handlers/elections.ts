import type { Result } from '../../../../shared/util/result';
import { assertNever, fail, ok } from '../../../../shared/util/result';
import type { RoundResult } from '../../../../shared/meeting-live/election-state';
export type { RoundResult };
import type { RatingBallot } from '../../../../shared/voting/confidence';
import { countRating } from '../../../../shared/voting/confidence';
import type { ElectionBallot, ElectionBasis } from '../../../../shared/voting/elections';
import { candidateId, checkCandidateList, checkFirstRoundList, countElection } from '../../../../shared/voting/elections';
import type { ElectionRoundRow, ElectionStore } from '../election-store';
import { clockVi } from '../messages';
import type { RandomBytes } from '../secret-ballot';
import { BALLOT_KEY_BYTES, shuffleInPlace } from '../secret-ballot';

/*
 * Election and confidence-rating rounds. Each function runs inside the caller's transaction (the command
 * processor's, one per command) and writes nothing when it refuses.
 */

export type ElectionEnv = {
  store: ElectionStore;
  at: number;
  randomBytes: RandomBytes;
  newId: () => string;
  /** Where a ballot row is written (the processor's batch writer holds it to a shuffled order); default: at once. */
  holdBallot?: (write: () => void) => void;
};

export type RoundCandidate = { id: string; fullName: string; source: 'list' | 'floor' };

export type OpenRoundInput = {
  electionId: string;
  kind: 'election' | 'rating';
  office: string;
  seats: number;
  basis: ElectionBasis;
  candidates: readonly RoundCandidate[];
  /** Delegates in office (N), by user id: the entitled list, frozen now. */
  entitled: readonly string[];
  /** The first round's list may have at most this many percent extra candidates (Party: 30); null: no limit. Default 30. */
  maxExtraPercent?: number | null;
};

/** A delegate's ballot as sent (plain ids): strike-out, agree/disagree, or a confidence rating per office-holder. */
export type CastBallot =
  | { kind: 'strike'; kept: readonly string[] }
  | { kind: 'approval'; marks: Readonly<Record<string, 'agree' | 'disagree'>> }
  | { kind: 'rating'; levels: RatingBallot };

export function openRound(env: ElectionEnv, input: OpenRoundInput): Result<{ roundId: string; round: number }> {
  const { store, at } = env;
  if (store.openRound.get()) return fail('conflict', 'error.relay.voteAlreadyOpen', undefined, { reason: 'vote_open' });
  const ids = input.candidates.map((c) => candidateId(c.id));
  const latest = store.latestRound.get(input.electionId);
  if (latest && latest.status !== 'closed') return fail('conflict', 'error.relay.voteAlreadyOpen', undefined, { reason: 'vote_open' });
  if (input.kind === 'election') {
    const percent = input.maxExtraPercent === undefined ? 30 : input.maxExtraPercent;
    const list = !latest && percent !== null ? checkFirstRoundList(ids, input.seats, percent) : checkCandidateList(ids, input.seats);
    if (!list.ok) return list;
  } else if (ids.length === 0 || new Set(ids).size !== ids.length) {
    return fail('invalid_input', 'election.error.officeHolders');
  }
  const entitled = [...new Set(input.entitled)].sort();
  if (entitled.length === 0) return fail('conflict', 'error.relay.noEntitled', undefined, { reason: 'no_entitled' });
  const round = (latest?.round ?? 0) + 1;
  const roundId = env.newId();
  store.insertRound.run({
    id: roundId,
    election_id: input.electionId,
    round,
    kind: input.kind,
    round_kind: roundKind(latest),
    office: input.office,
    seats: input.kind === 'rating' ? ids.length : input.seats,
    basis_json: JSON.stringify(input.basis),
    n: entitled.length,
    opened_at: at,
  });
  input.candidates.forEach((c, i) => store.insertCandidate.run(roundId, c.id, i, c.fullName, c.source));
  for (const u of entitled) store.insertEntitled.run(roundId, u);
  return ok({ roundId, round });
}

/** A further round follows seats left unfilled; a runoff follows a tie at the cut-off (from the last result). */
function roundKind(latest: ElectionRoundRow | undefined): ElectionRoundRow['round_kind'] {
  if (!latest?.result_json) return 'first';
  const prior = JSON.parse(latest.result_json) as RoundResult;
  return prior.kind === 'election' && prior.count.next.kind === 'runoff' ? 'runoff' : 'further_round';
}

/** One ballot per delegate per round; the ballot row carries no user, no time, a random key. */
export function castRoundBallot(env: ElectionEnv, roundId: string, userId: string, ballot: CastBallot): Result<{ roundId: string }> {
  const { store } = env;
  const round = store.getRound.get(roundId);
  if (!round) return fail('not_found', 'error.relay.voteNotFound', undefined, { voteId: roundId });
  if (round.status === 'closed')
    return fail('conflict', 'error.relay.voteClosedAt', { time: clockVi(round.closed_at!) }, { reason: 'vote_closed' });
  if (!store.isEntitled.get(roundId, userId))
    return fail('forbidden', 'error.relay.notEntitledTotal', undefined, { reason: 'not_entitled' });
  if (store.hasVoted.get(roundId, userId)) return fail('conflict', 'error.relay.alreadyVoted', undefined, { reason: 'already_voted' });
  const known = new Set(store.listCandidates.all(roundId).map((c) => c.candidate_id));
  const marks = canonicalMarks(round, ballot, known);
  if (!marks.ok) return marks;
  store.insertVoter.run(roundId, userId);
  const write = () => void store.insertBallot.run(roundId, env.randomBytes(BALLOT_KEY_BYTES), marks.value);
  if (env.holdBallot) env.holdBallot(write);
  else write();
  return ok({ roundId });
}

/**
 * The stored form of a ballot, independent of how the client ordered it. Names outside the list are refused
 * (an electronic ballot cannot write one in); keeping more names than seats is stored and counted invalid.
 */
function canonicalMarks(round: ElectionRoundRow, ballot: CastBallot, known: ReadonlySet<string>): Result<string> {
  const unknown = fail('invalid_input', 'election.ballot.unknownName', undefined, { field: 'ballot' });
  switch (ballot.kind) {
    case 'strike':
      if (round.kind !== 'election' || ballot.kept.some((k) => !known.has(k))) return unknown;
      return ok(JSON.stringify({ kind: 'strike', kept: [...ballot.kept].sort() }));
    case 'approval': {
      if (round.kind !== 'election' || Object.keys(ballot.marks).some((k) => !known.has(k))) return unknown;
      const marks = Object.fromEntries(Object.entries(ballot.marks).sort(([a], [b]) => (a < b ? -1 : 1)));
      return ok(JSON.stringify({ kind: 'approval', marks }));
    }
    case 'rating': {
      if (round.kind !== 'rating' || Object.keys(ballot.levels).some((k) => !known.has(k))) return unknown;
      const levels = Object.fromEntries(Object.entries(ballot.levels).sort(([a], [b]) => (a < b ? -1 : 1)));
      return ok(JSON.stringify({ kind: 'rating', levels }));
    }
    default:
      return assertNever(ballot, 'ballot kind');
  }
}

/** Counts the round, stores the result, and rewrites voters and ballots so no arrival order survives. */
export function closeRound(env: ElectionEnv, roundId: string): Result<RoundResult> {
  const { store, at } = env;
  const round = store.getRound.get(roundId);
  if (!round) return fail('not_found', 'error.relay.voteNotFound', undefined, { voteId: roundId });
  if (round.status === 'closed') return fail('conflict', 'error.relay.voteAlreadyClosed', undefined, { reason: 'vote_closed' });
  const marks = store.listBallotMarks.all(roundId).map((r) => r.marks);
  const voters = store.listVoters.all(roundId).map((r) => r.user_id);
  if (marks.length !== voters.length)
    return fail('internal', 'error.relay.tallyMismatch', { ballots: marks.length, voters: voters.length });
  const ids = store.listCandidates.all(roundId).map((c) => candidateId(c.candidate_id));
  const ballots = marks.map((m) => JSON.parse(m) as CastBallot);
  const result = countRound(round, ids, ballots);
  if (!result.ok) return result;
  shuffleInPlace(marks, env.randomBytes);
  store.deleteBallots.run(roundId);
  store.deleteVoters.run(roundId);
  for (const m of marks) store.insertBallot.run(roundId, env.randomBytes(BALLOT_KEY_BYTES), m);
  for (const u of voters) store.insertVoter.run(roundId, u);
  store.closeRound.run({ id: roundId, at, result: JSON.stringify(result.value) });
  return result;
}

function countRound(
  round: ElectionRoundRow,
  ids: readonly ReturnType<typeof candidateId>[],
  ballots: readonly CastBallot[],
): Result<RoundResult> {
  if (round.kind === 'rating') {
    const r = countRating(
      ids,
      round.n,
      ballots.map((b) => (b.kind === 'rating' ? b.levels : {})),
    );
    return r.ok ? ok({ kind: 'rating', count: r.value }) : r;
  }
  const basis = JSON.parse(round.basis_json) as ElectionBasis;
  // stored ids were checked against the round's list when cast
  const electionBallots = ballots.filter((b) => b.kind !== 'rating') as ElectionBallot[];
  const r = countElection({ candidates: ids, seats: round.seats, basis, members: round.n, ballots: electionBallots });
  return r.ok ? ok({ kind: 'election', count: r.value }) : r;
}
