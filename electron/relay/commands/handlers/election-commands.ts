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
import type { Result } from '../../../../shared/util/result';
import { fail, ok } from '../../../../shared/util/result';
import { announce, confirmCount, formBoard } from '../../../../shared/voting/counting-board';
import type { CountingBoard } from '../../../../shared/voting/counting-board';
import type { ElectionBasis } from '../../../../shared/voting/elections';
import {
  checkCandidateList,
  checkFirstRoundList,
  floorNominationAdmitted,
  floorNominationRequired,
  candidateId,
} from '../../../../shared/voting/elections';
import type { ElectionRuleDef } from '../../../../shared/voting/rule-set';
import type { ElectionRow } from '../election-board-store';
import type { ElectionRoundRow } from '../election-store';
import type { ApplyEnv, ApplyResult } from '../env';
import { countedPresent } from '../env';
import { entitledKey, vietnamDate } from '../legal-body';
import { dropCastAcks } from '../secret-ballot';
import type { ElectionEnv } from './elections';
import { castRoundBallot, closeRound, openRound } from './elections';

/*
 * The election commands (shared/meeting-live/election-commands.ts) on top of the round storage
 * (./elections.ts). Each runs in the command's transaction and writes nothing when it refuses.
 */

/** The election rule in force for the body on the meeting's date (rule data; a province may override it). */
function electionRule(env: ApplyEnv): Result<ElectionRuleDef> {
  const date = env.meetingDate ?? vietnamDate(env.at);
  const rules = env.legal.ruleSet(date);
  if (!rules.ok) return rules;
  if (!rules.value.election) return fail('invalid_input', 'election.error.noBallots', undefined, { reason: 'no_election_rule', date });
  return ok(rules.value.election);
}

/** The basis a round's count quotes, frozen with the prepared election. */
const basisOf = (rule: ElectionRuleDef): ElectionBasis => ({
  id: rule.id,
  base: rule.base,
  labelKey: rule.base === 'valid_ballots' ? 'election.base.validBallots' : 'election.base.totalMembers',
  citation: rule.citation,
  needsLegalConfirmation: rule.needsLegalConfirmation,
});

/** What the prepared election keeps of its rule besides the basis. */
type StoredRule = { basis: ElectionBasis; maxExtraPercent: number | null };

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
  const rule = electionRule(env);
  if (!rule.ok) return rule;
  const { maxExtraPercent, floorAgreementPercent } = rule.value;
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
    if (c.floorAgreement) {
      const { agree, base } = c.floorAgreement;
      const percent = floorAgreementPercent;
      if (percent === null) return fail('invalid_input', 'election.error.floorNotAllowed', { name: c.fullName }, { field: 'candidates' });
      if (!floorNominationAdmitted(agree, base, percent)) {
        const required = floorNominationRequired(base, percent);
        return fail(
          'invalid_input',
          'election.error.floorRejected',
          { name: c.fullName, agree, base, required, percent },
          { field: 'candidates' },
        );
      }
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
    const list = maxExtraPercent !== null ? checkFirstRoundList(ids, seats, maxExtraPercent) : checkCandidateList(ids, seats);
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
    basis_json: JSON.stringify({ basis: basisOf(rule.value), maxExtraPercent } satisfies StoredRule),
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
  const stored = JSON.parse(election.basis_json) as StoredRule;
  const byId = new Map((JSON.parse(election.candidates_json) as ElectionCandidateView[]).map((c) => [c.id, c]));
  const opened = openRound(roundEnv(env), {
    electionId: election.id,
    kind: election.kind,
    office: election.office,
    seats: list.value.seats,
    basis: stored.basis,
    candidates: list.value.ids.map((id) => ({ id, fullName: byId.get(id)!.fullName, source: byId.get(id)!.source })),
    entitled: denominator.value.members.map(entitledKey),
    maxExtraPercent: stored.maxExtraPercent,
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
  dropCastAcks(env.store, 'election:cast', 'roundId', cmd.roundId);
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
