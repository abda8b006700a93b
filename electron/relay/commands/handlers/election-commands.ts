import type {
  ElectionAnnounce,
  ElectionCast,
  ElectionClose,
  ElectionConfirm,
  ElectionOpen,
  ElectionPrepare,
} from '../../../../shared/meeting-live/election-commands';
import { candidateIdAt } from '../../../../shared/meeting-live/election-commands';
import type { ElectionCandidateView, RoundResult } from '../../../../shared/meeting-live/election-state';
import { ballotFormOf } from '../../../../shared/meeting-live/election-state';
import type { ElectionId, ElectionRoundId } from '../../../../shared/meeting-live/ids';
import { isMemberRole } from '../../../../shared/meeting-live/commands';
import type { BodyKind } from '../../../../shared/model/bodies';
import type { Result } from '../../../../shared/util/result';
import { assertNever, fail, ok } from '../../../../shared/util/result';
import { announce, confirmCount, formBoard } from '../../../../shared/voting/counting-board';
import type { CountingBoard } from '../../../../shared/voting/counting-board';
import type { ElectionBasis } from '../../../../shared/voting/elections';
import {
  checkCandidateList,
  checkFirstRoundList,
  floorNominationAdmitted,
  floorNominationRequired,
  HDND_ELECTION_BASIS,
  PARTY_ELECTION_BASIS,
  candidateId,
} from '../../../../shared/voting/elections';
import type { ElectionRow } from '../election-board-store';
import type { ElectionRoundRow } from '../election-store';
import type { ApplyEnv, ApplyResult } from '../env';
import { countedPresent } from '../env';
import { entitledKey, vietnamDate } from '../legal-body';
import type { ElectionEnv } from './elections';
import { castRoundBallot, closeRound, openRound } from './elections';

/*
 * The election commands (shared/meeting-live/election-commands.ts) on top of the round storage
 * (./elections.ts). Each runs in the command's transaction and writes nothing when it refuses.
 */

/** The rule for "more than half" by body; a body without elections in its meetings gets none. */
function basisFor(bodyKind: BodyKind): ElectionBasis | null {
  switch (bodyKind) {
    case 'tinh_uy':
      return PARTY_ELECTION_BASIS;
    case 'hdnd':
      return HDND_ELECTION_BASIS;
    case 'ubnd':
      return null;
    default:
      return assertNever(bodyKind, 'body kind');
  }
}

/** Party lists may carry at most 30 % extra candidates (190-QĐ/TW Art. 14); other bodies follow their own rules. */
const limitsExtra = (bodyKind: BodyKind): boolean => bodyKind === 'tinh_uy';

const roundEnv = (env: ApplyEnv): ElectionEnv => ({
  store: env.elections,
  at: env.at,
  randomBytes: env.randomBytes,
  newId: env.newId,
  holdBallot: (write) => env.secretBallots.hold(write),
});

export function applyElectionPrepare(env: ApplyEnv, cmd: ElectionPrepare): ApplyResult {
  const phase = env.store.getMeeting.get()!.phase;
  if (phase === 'closed') return fail('conflict', 'error.relay.meetingClosed', undefined, { reason: 'meeting_closed' });
  const basis = basisFor(env.bodyKind);
  if (!basis) return fail('invalid_input', 'election.error.noBallots', undefined, { reason: 'body_kind' });
  if (env.agendaItemIds && !env.agendaItemIds.has(cmd.agendaItemId)) {
    return fail('not_found', 'error.relay.unknownAgendaItem', undefined, { agendaItemId: cmd.agendaItemId });
  }
  const candidates: ElectionCandidateView[] = [];
  const accounts = new Map<string, string>();
  for (const [i, c] of cmd.candidates.entries()) {
    if (c.accountId !== undefined) {
      if (!env.participants.has(c.accountId))
        return fail('invalid_input', 'election.error.unknownAccount', { name: c.fullName }, { field: 'candidates' });
      if (accounts.has(c.accountId))
        return fail('invalid_input', 'election.error.duplicateCandidate', { id: c.fullName }, { field: 'candidates' });
      accounts.set(c.accountId, c.fullName);
    }
    if (c.floorAgreement && !floorNominationAdmitted(c.floorAgreement.agree, c.floorAgreement.base)) {
      const { agree, base } = c.floorAgreement;
      return fail(
        'invalid_input',
        'election.error.floorRejected',
        { name: c.fullName, agree, base, required: floorNominationRequired(base) },
        { field: 'candidates' },
      );
    }
    candidates.push({
      id: candidateIdAt(i),
      fullName: c.fullName,
      source: c.source,
      accountId: c.accountId ?? null,
      floorAgreement: c.floorAgreement ?? null,
    });
  }
  const seats = cmd.kind === 'rating' ? candidates.length : cmd.seats;
  if (cmd.kind === 'election') {
    const ids = candidates.map((c) => candidateId(c.id));
    const list = limitsExtra(env.bodyKind) ? checkFirstRoundList(ids, seats) : checkCandidateList(ids, seats);
    if (!list.ok) return list;
  }
  for (const u of cmd.board) {
    const p = env.participants.get(u);
    if (!p || !isMemberRole(p.role))
      return fail('invalid_input', 'election.error.boardNotMember', undefined, { field: 'board', userId: u });
  }
  const board = formBoard(cmd.board, accounts);
  if (!board.ok) return board;
  const electionId = env.newId() as ElectionId;
  env.board.insertElection.run({
    id: electionId,
    seq: env.board.nextSeq.get()!.next,
    agenda_item_id: cmd.agendaItemId,
    kind: cmd.kind,
    office: cmd.office,
    seats,
    candidates_json: JSON.stringify(candidates),
    board_json: JSON.stringify(board.value.members),
    basis_json: JSON.stringify(basis),
    prepared_at: env.at,
  });
  return ok({ electionId });
}

/** The candidates and seats of the next round: the prepared list first, then what the last count left open. */
function nextRoundList(
  election: ElectionRow,
  latest: ElectionRoundRow | undefined,
  announced: boolean,
): Result<{ ids: string[]; seats: number }> {
  const all = (JSON.parse(election.candidates_json) as ElectionCandidateView[]).map((c) => c.id);
  if (!latest) return ok({ ids: all, seats: election.seats });
  if (latest.status !== 'closed') return fail('conflict', 'error.relay.voteAlreadyOpen', undefined, { reason: 'vote_open' });
  if (!announced) return fail('conflict', 'election.error.notAnnounced', undefined, { reason: 'not_announced' });
  const prior = JSON.parse(latest.result_json!) as RoundResult;
  if (prior.kind === 'rating' || prior.count.next.kind === 'none')
    return fail('conflict', 'election.error.allFilled', undefined, { reason: 'all_filled' });
  return ok({ ids: prior.count.next.among, seats: prior.count.next.seats });
}

export function applyElectionOpen(env: ApplyEnv, cmd: ElectionOpen): ApplyResult {
  const phase = env.store.getMeeting.get()!.phase;
  if (phase !== 'open') {
    return fail('conflict', phase === 'closed' ? 'error.relay.meetingClosed' : 'error.relay.meetingNotOpen', undefined, {
      reason: `meeting_${phase}`,
    });
  }
  if (env.store.openVote.get()) return fail('conflict', 'error.relay.voteAlreadyOpen', undefined, { reason: 'vote_open' });
  const election = env.board.getElection.get(cmd.electionId);
  if (!election) return fail('not_found', 'election.error.notFound', undefined, { electionId: cmd.electionId });
  const latest = env.elections.latestRound.get(election.id);
  const list = nextRoundList(election, latest, latest ? env.board.getAnnouncement.get(latest.id) !== undefined : false);
  if (!list.ok) return list;

  const date = vietnamDate(env.at);
  const denominator = env.legal.denominator(date);
  if (!denominator.ok) return denominator;
  const present = countedPresent(env);
  const quorum = env.legal.quorum(date, env.meetingDate ?? date, present);
  if (env.requireQuorum && !quorum.met) {
    const { present: p, total, required } = quorum;
    return fail('conflict', 'error.legal.noQuorum', { present: p, total, required }, { reason: 'no_quorum', present: p, total, required });
  }
  const byId = new Map((JSON.parse(election.candidates_json) as ElectionCandidateView[]).map((c) => [c.id, c]));
  const opened = openRound(roundEnv(env), {
    electionId: election.id,
    kind: election.kind,
    office: election.office,
    seats: list.value.seats,
    basis: JSON.parse(election.basis_json) as ElectionBasis,
    candidates: list.value.ids.map((id) => ({ id, fullName: byId.get(id)!.fullName, source: byId.get(id)!.source })),
    entitled: denominator.value.members.map(entitledKey),
    limitExtraCandidates: limitsExtra(env.bodyKind),
  });
  if (!opened.ok) return opened;
  const { members: _members, ...frozen } = denominator.value;
  env.board.setRoundFacts.run({ id: opened.value.roundId, present: quorum.present, denominator: JSON.stringify(frozen) });
  return ok({ electionId: election.id as ElectionId, roundId: opened.value.roundId as ElectionRoundId });
}

export function applyElectionCast(env: ApplyEnv, cmd: ElectionCast): ApplyResult {
  const round = env.elections.getRound.get(cmd.roundId);
  if (round && round.status === 'open') {
    if (!env.ctx.online) return fail('offline', 'error.relay.offlineVote', undefined, { reason: 'offline' });
    if (env.store.getAttendance.get(env.ctx.userId)?.status !== 'present') {
      return fail('forbidden', 'error.relay.notCheckedInVote', undefined, { reason: 'not_checked_in' });
    }
    const names = env.elections.listCandidates.all(round.id).length;
    if (cmd.ballot.kind !== ballotFormOf(round.kind, names, round.seats))
      return fail('invalid_input', 'election.cmd.ballot', undefined, { field: 'ballot' });
  }
  const cast = castRoundBallot(roundEnv(env), cmd.roundId, env.ctx.userId, cmd.ballot);
  if (!cast.ok) return cast;
  return ok({ roundId: cmd.roundId, electionId: round!.election_id as ElectionId });
}

export function applyElectionClose(env: ApplyEnv, cmd: ElectionClose): ApplyResult {
  const closed = closeRound(roundEnv(env), cmd.roundId);
  if (!closed.ok) return closed;
  // Who sent which ballot command, and when, goes with the open round (idempotency only matters while it is open).
  env.store.deleteRoundCastAcks.run(cmd.roundId);
  const round = env.elections.getRound.get(cmd.roundId)!;
  return ok({ roundId: cmd.roundId, electionId: round.election_id as ElectionId, secretClosed: true });
}

/** The counting board of a closed round, with its confirmations and whether the count was announced. */
function boardOf(env: ApplyEnv, roundId: string): Result<{ board: CountingBoard; round: ElectionRoundRow }> {
  const round = env.elections.getRound.get(roundId);
  if (!round) return fail('not_found', 'election.error.roundNotFound', undefined, { roundId });
  if (round.status !== 'closed') return fail('conflict', 'election.error.roundOpen', undefined, { reason: 'round_open' });
  const election = env.board.getElection.get(round.election_id);
  if (!election) return fail('not_found', 'election.error.notFound', undefined, { electionId: round.election_id });
  return ok({
    round,
    board: {
      members: JSON.parse(election.board_json) as string[],
      confirmed: env.board.listConfirmations.all(roundId).map((c) => c.user_id),
      announced: env.board.getAnnouncement.get(roundId) !== undefined,
    },
  });
}

export function applyElectionConfirm(env: ApplyEnv, cmd: ElectionConfirm): ApplyResult {
  const b = boardOf(env, cmd.roundId);
  if (!b.ok) return b;
  const next = confirmCount(b.value.board, env.ctx.userId);
  if (!next.ok) return next;
  env.board.insertConfirmation.run(cmd.roundId, env.ctx.userId, env.at);
  return ok({ roundId: cmd.roundId, electionId: b.value.round.election_id as ElectionId });
}

export function applyElectionAnnounce(env: ApplyEnv, cmd: ElectionAnnounce): ApplyResult {
  const b = boardOf(env, cmd.roundId);
  if (!b.ok) return b;
  const next = announce(b.value.board);
  if (!next.ok) return next;
  env.board.insertAnnouncement.run(cmd.roundId, env.at);
  return ok({ roundId: cmd.roundId, electionId: b.value.round.election_id as ElectionId });
}
