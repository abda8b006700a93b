import type { VoteCast, VoteClose, VoteOpen } from '../../../../shared/meeting-live/commands';
import type { VoteId } from '../../../../shared/meeting-live/ids';
import { optionIdAt } from '../../../../shared/meeting-live/ids';
import type { NamedChoice, VoteBasis, VoteResultView } from '../../../../shared/meeting-live/live-state';
import type { AgendaItemId, UserId } from '../../../../shared/model/ids';
import { compareByGivenName } from '../../../../shared/util/vn-collate';
import type { Result } from '../../../../shared/util/result';
import { fail, ok } from '../../../../shared/util/result';
import { citationOf } from '../../../../shared/voting/rule-set';
import { findVoteRule } from '../../../../shared/voting/rules';
import type { ThresholdRule } from '../../../../shared/voting/thresholds';
import { computeTally } from '../../../../shared/voting/tally';
import type { ApplyEnv, ApplyResult } from '../env';
import { countedPresent } from '../env';
import { entitledKey, vietnamDate } from '../legal-body';
import { clockVi } from '../messages';
import { scrubSecretVote } from '../secret-ballot';
import type { VoteRow } from '../store';

export function applyVoteOpen(env: ApplyEnv, cmd: VoteOpen): ApplyResult {
  const { store, at } = env;
  const phase = store.getMeeting.get()!.phase;
  if (phase !== 'open')
    return fail('conflict', phase === 'closed' ? 'error.relay.meetingClosed' : 'error.relay.meetingNotOpen', undefined, {
      reason: `meeting_${phase}`,
    });
  if (store.openVote.get()) return fail('conflict', 'error.relay.voteAlreadyOpen', undefined, { reason: 'vote_open' });
  if (env.agendaItemIds && !env.agendaItemIds.has(cmd.agendaItemId)) {
    return fail('not_found', 'error.relay.unknownAgendaItem', undefined, { agendaItemId: cmd.agendaItemId });
  }
  // The rules in force on the meeting date; N from the roster in office on the vote's date.
  const voteDate = vietnamDate(at);
  const ruleDate = env.meetingDate ?? voteDate;
  const rules = env.legal.ruleSet(ruleDate);
  if (!rules.ok) return rules;
  const rule = findVoteRule(rules.value, cmd.ruleId);
  if (!rule) return fail('invalid_input', 'error.legal.unknownRule', { ruleId: cmd.ruleId }, { field: 'ruleId', ruleId: cmd.ruleId });
  if (rule.secretOnly && cmd.kind !== 'secret') return fail('invalid_input', 'error.legal.secretRequired', undefined, { field: 'kind' });
  const denominator = env.legal.denominator(voteDate);
  if (!denominator.ok) return denominator;
  const round = revoteRound(env, cmd);
  if (!round.ok) return round;

  // Freeze the denominator and the entitled list now; nothing that happens later changes them.
  const present = countedPresent(env);
  const quorum = env.legal.quorum(voteDate, ruleDate, present);
  if (env.requireQuorum && !quorum.met) {
    return fail(
      'conflict',
      'error.legal.noQuorum',
      { present: quorum.present, total: quorum.total, required: quorum.required },
      {
        reason: 'no_quorum',
        present: quorum.present,
        total: quorum.total,
        required: quorum.required,
      },
    );
  }
  const inN = denominator.value.members;
  const entitled = rule.base === 'total' ? inN : inN.filter((m) => m.userId !== null && present.has(m.userId));
  if (entitled.length === 0) return fail('conflict', 'error.relay.noEntitled', undefined, { reason: 'no_entitled' });

  const voteId = env.newId() as VoteId;
  store.insertVote.run({
    id: voteId,
    seq: store.nextVoteSeq.get()!.next,
    agenda_item_id: cmd.agendaItemId,
    question: cmd.question,
    kind: cmd.kind,
    rule_id: rule.id,
    rule_json: JSON.stringify(rule),
    opened_at: at,
    n: entitled.length,
    members: denominator.value.n,
    present_at_open: quorum.present,
    quorum_met_at_open: quorum.met ? 1 : 0,
  });
  const { members: _members, ...frozen } = denominator.value;
  const tie = rules.value.tie;
  const basis: VoteBasis = {
    round: round.value.round,
    revoteOf: round.value.revoteOf,
    ruleDate,
    denominator: frozen,
    quorum,
    tie: tie ? { resolve: tie.resolve, citation: citationOf(tie) } : null,
    labels: citationOf(rules.value.labels),
  };
  env.legalStore.insertBasis.run({ vote_id: voteId, round: basis.round, revote_of: basis.revoteOf, basis_json: JSON.stringify(basis) });
  // A question with its own ballot (a confidence vote) always uses the rule's options.
  const labels = rule.options ? rule.options.map((o) => o.vi) : (cmd.options ?? rules.value.labels.options.map((o) => o.vi));
  labels.forEach((label, i) => store.insertOption.run(voteId, optionIdAt(i), i, label));
  // Sorted by key so the insertion order of this list says nothing either.
  const rows = entitled.map((m) => ({ key: entitledKey(m), fullName: m.fullName, present: m.userId !== null && present.has(m.userId) }));
  for (const m of rows.sort((a, b) => (a.key < b.key ? -1 : 1))) store.insertEntitled.run(voteId, m.key, m.fullName, m.present ? 1 : 0);
  return ok({ voteId });
}

/** Round 1, or a re-vote of the latest round of a closed vote (biểu quyết lại, ordered by the chair). */
function revoteRound(env: ApplyEnv, cmd: VoteOpen): Result<{ round: number; revoteOf: VoteId | null }> {
  if (!cmd.revoteOf) return ok({ round: 1, revoteOf: null });
  const prior = env.store.getVote.get(cmd.revoteOf);
  if (!prior) return fail('not_found', 'error.legal.revoteNotFound', undefined, { voteId: cmd.revoteOf });
  if (prior.status !== 'closed') return fail('conflict', 'error.legal.revoteNotClosed', undefined, { reason: 'revote_not_closed' });
  if (env.legalStore.revoteOf.get(prior.id))
    return fail('conflict', 'error.legal.revoteSuperseded', undefined, { reason: 'revote_superseded' });
  const priorRound = env.legalStore.getBasis.get(prior.id)?.round ?? 1;
  return ok({ round: priorRound + 1, revoteOf: prior.id as VoteId });
}

function closedRefusal(vote: VoteRow): ApplyResult {
  return fail(
    'conflict',
    'error.relay.voteClosedAt',
    { time: clockVi(vote.closed_at!) },
    { reason: 'vote_closed', closedAt: vote.closed_at },
  );
}

export function applyVoteCast(env: ApplyEnv, cmd: VoteCast): ApplyResult {
  const { store, ctx, at } = env;
  const vote = store.getVote.get(cmd.voteId);
  if (!vote) return fail('not_found', 'error.relay.voteNotFound', undefined, { voteId: cmd.voteId });
  // The relay's order of events decides: a ballot processed after the close is late, whatever the client's clock said.
  if (vote.status === 'closed') return closedRefusal(vote);
  const rule = JSON.parse(vote.rule_json) as ThresholdRule;
  if (!store.isEntitled.get(vote.id, ctx.userId)) {
    return fail('forbidden', rule.base === 'present' ? 'error.relay.notEntitledPresent' : 'error.relay.notEntitledTotal', undefined, {
      reason: 'not_entitled',
    });
  }
  if (!ctx.online) return fail('offline', 'error.relay.offlineVote', undefined, { reason: 'offline' });
  if (store.getAttendance.get(ctx.userId)?.status !== 'present') {
    return fail('forbidden', 'error.relay.notCheckedInVote', undefined, { reason: 'not_checked_in' });
  }
  if (!store.listOptions.all(vote.id).some((o) => o.option_id === cmd.optionId)) {
    return fail('invalid_input', 'error.relay.unknownOption', undefined, { field: 'optionId' });
  }
  const voted = vote.kind === 'secret' ? store.hasVoted.get(vote.id, ctx.userId) : store.openBallotOf.get(vote.id, ctx.userId);
  if (voted) return fail('conflict', 'error.relay.alreadyVoted', undefined, { reason: 'already_voted' });
  // The UNIQUE keys of voters / open_ballots refuse a second ballot even if the check above were wrong.
  if (vote.kind === 'secret') env.secretBallots.cast(vote.id, ctx.userId, cmd.optionId);
  else store.insertOpenBallot.run(vote.id, ctx.userId, cmd.optionId, at);
  return ok({ voteId: vote.id as VoteId });
}

export function applyVoteClose(env: ApplyEnv, cmd: VoteClose): ApplyResult {
  const { store, at } = env;
  const vote = store.getVote.get(cmd.voteId);
  if (!vote) return fail('not_found', 'error.relay.voteNotFound', undefined, { voteId: cmd.voteId });
  if (vote.status === 'closed') return fail('conflict', 'error.relay.voteAlreadyClosed', undefined, { reason: 'vote_closed' });
  const options = store.listOptions.all(vote.id);
  const countRows = vote.kind === 'secret' ? store.countBallots.all(vote.id) : store.countOpenBallots.all(vote.id);
  const counts: Record<string, number> = {};
  for (const r of countRows) counts[r.option_id] = r.count;
  if (vote.kind === 'secret') {
    const ballots = countRows.reduce((s, r) => s + r.count, 0);
    const voters = store.countVoters.get(vote.id)!.count;
    if (ballots !== voters) {
      // Cannot happen (both rows are written in one transaction); refuse to publish rather than guess.
      return fail('internal', 'error.relay.tallyMismatch', { ballots, voters });
    }
  }
  const rule = JSON.parse(vote.rule_json) as ThresholdRule;
  const basisRow = env.legalStore.getBasis.get(vote.id);
  const basis = basisRow ? (JSON.parse(basisRow.basis_json) as VoteBasis) : null;
  const tally = computeTally({
    rule,
    members: vote.members,
    present: vote.present_at_open,
    options: options.map((o) => ({ id: o.option_id, label: o.label })),
    counts,
    quorumMetAtOpen: vote.quorum_met_at_open === 1,
    // The option the threshold counts: "Không tín nhiệm" for a confidence vote, else the first.
    ...(rule.decidingOption !== undefined ? { favourOptionId: optionIdAt(rule.decidingOption) } : {}),
    ...(basis?.tie ? { tie: { resolve: basis.tie.resolve, headOptionId: headChoice(env, vote) } } : {}),
  });
  if (!tally.ok) return tally;
  const result: VoteResultView = {
    voteId: vote.id as VoteId,
    agendaItemId: vote.agenda_item_id as AgendaItemId,
    question: vote.question,
    kind: vote.kind,
    openedAt: vote.opened_at,
    closedAt: at,
    quorumMetAtOpen: vote.quorum_met_at_open === 1,
    tally: tally.value,
    basis,
  };
  if (vote.kind === 'named') result.choices = namedChoices(env, vote.id);
  if (vote.kind === 'secret') scrubSecretVote(store, vote.id, env.randomBytes);
  store.closeVote.run({ id: vote.id, at, result: JSON.stringify(result) });
  return ok({ voteId: vote.id as VoteId, result: tally.value, secretClosed: vote.kind === 'secret' });
}

/** The option the body's head chose; null for a secret ballot (never linked to anyone) or when they did not vote. */
function headChoice(env: ApplyEnv, vote: VoteRow): string | null {
  if (vote.kind === 'secret') return null;
  const head = env.legal.headUserId(vietnamDate(vote.opened_at));
  if (!head) return null;
  return env.store.openBallotOf.get(vote.id, head)?.option_id ?? null;
}

function namedChoices(env: ApplyEnv, voteId: string): NamedChoice[] {
  const chosen = new Map(env.store.listOpenBallots.all(voteId).map((r) => [r.user_id, r.option_id]));
  return env.store.listEntitled
    .all(voteId)
    .map((e) => ({
      userId: e.user_id as UserId,
      fullName: e.full_name,
      optionId: (chosen.get(e.user_id) ?? null) as NamedChoice['optionId'],
    }))
    .sort((a, b) => compareByGivenName(a.fullName, b.fullName));
}
