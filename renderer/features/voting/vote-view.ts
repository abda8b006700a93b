import type { VoteKind, VoteOpen } from '../../../shared/meeting-live/commands';
import { DEFAULT_VOTE_OPTIONS, LIMITS } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView, OpenVoteView, VoteResultView } from '../../../shared/meeting-live/live-state';
import { parseCommand } from '../../../shared/meeting-live/validate';
import type { MessageKey } from '../../../shared/i18n';
import type { AgendaItemId } from '../../../shared/model/ids';
import { fail, ok, type Result } from '../../../shared/util/result';
import type { TallyResult } from '../../../shared/voting/tally';

/** Pure view logic of votes: progress, result rows, the delegate's ballot state, the chair's form. */

export type Progress = { done: number; of: number; fraction: number };

/** Ballots cast out of the legal denominator N frozen at open. */
export function voteProgress(vote: OpenVoteView): Progress {
  const of = vote.n;
  return { done: vote.castCount, of, fraction: of > 0 ? Math.min(1, vote.castCount / of) : 0 };
}

export type ResultRow = {
  id: string;
  label: string;
  count: number;
  /** "52,00" (decimal comma, exact, from the tally): the UI appends " %". */
  percentOfN: string;
  /** The option a passing rule counts (in favour). */
  favour: boolean;
  /** count / N for bar lengths (0..1). */
  share: number;
};

/** The outcome's message key: 'invalid' (opened without quorum) before anything else, then the tie rule. */
export function outcomeKey(
  r: Pick<VoteResultView, 'tally' | 'quorumMetAtOpen'>,
): 'outcome.invalid' | 'outcome.passed' | 'outcome.passedByTie' | 'outcome.notPassed' {
  if (!r.quorumMetAtOpen || r.tally.outcome === 'invalid') return 'outcome.invalid';
  if (!r.tally.passed) return 'outcome.notPassed';
  return r.tally.decidedByTie ? 'outcome.passedByTie' : 'outcome.passed';
}

export function resultRows(tally: TallyResult): ResultRow[] {
  return tally.options.map((o) => ({
    id: o.id,
    label: o.label,
    count: o.count,
    percentOfN: o.percentOfN,
    favour: o.id === tally.favourOptionId,
    share: tally.n > 0 ? Math.min(1, o.count / tally.n) : 0,
  }));
}

/** Live counts of an open vote (chair only; absent for secret ballots), in option order. */
export function liveCountRows(vote: OpenVoteView): { id: string; label: string; count: number }[] | null {
  if (!vote.liveCounts) return null;
  const counts = vote.liveCounts;
  return vote.options.map((o) => ({ id: o.id, label: o.label, count: counts[o.id] ?? 0 }));
}

export type BallotState =
  /** No open vote. */
  | { kind: 'none' }
  /** The viewer may vote now. */
  | { kind: 'can_vote'; vote: OpenVoteView }
  /** Ballot recorded; `optionLabel` only for public/named votes (a secret ballot is not linked to anyone). */
  | { kind: 'voted'; vote: OpenVoteView; optionLabel: string | null }
  /** Entitled but blocked right now (offline, not checked in...): the relay's reason. */
  | { kind: 'blocked'; vote: OpenVoteView; reason: MessageKey }
  /** Not on the entitled list (guest, secretariat, or not present for a "present" rule). */
  | { kind: 'not_entitled'; vote: OpenVoteView; reason: MessageKey | null };

export function ballotState(view: MeetingLiveView | null): BallotState {
  const vote = view?.vote ?? null;
  if (!view || !vote) return { kind: 'none' };
  const mine = view.me.vote;
  if (!mine || !mine.entitled) return { kind: 'not_entitled', vote, reason: mine?.cannotVoteReason ?? null };
  if (mine.hasVoted) {
    const label = mine.optionId ? (vote.options.find((o) => o.id === mine.optionId)?.label ?? null) : null;
    return { kind: 'voted', vote, optionLabel: vote.kind === 'secret' ? null : label };
  }
  if (mine.cannotVoteReason) return { kind: 'blocked', vote, reason: mine.cannotVoteReason };
  return { kind: 'can_vote', vote };
}

export type VoteForm = {
  agendaItemId: AgendaItemId | '';
  question: string;
  kind: VoteKind;
  options: string[];
  ruleId: string;
};

export const defaultVoteForm = (
  agendaItemId: AgendaItemId | null,
  ruleId: string,
  labels: readonly string[] = DEFAULT_VOTE_OPTIONS,
): VoteForm => ({
  agendaItemId: agendaItemId ?? '',
  question: '',
  kind: 'public',
  options: [...labels],
  ruleId,
});

export const canAddOption = (form: VoteForm): boolean => form.options.length < LIMITS.OPTIONS_MAX;
export const canRemoveOption = (form: VoteForm): boolean => form.options.length > LIMITS.OPTIONS_MIN;

/**
 * The vote:open command of a form, checked with the same validator the relay uses, so the chair sees a
 * precise message before anything is sent (`detail.field` names the field). Defaults are sent as-is
 * (explicit beats implicit).
 */
export function buildVoteOpen(form: VoteForm): Result<Omit<VoteOpen, 'commandId'>> {
  if (!form.agendaItemId) return fail('invalid_input', 'vote.pickItem', undefined, { field: 'agendaItemId' });
  const draft = {
    type: 'vote:open',
    commandId: 'draft',
    agendaItemId: form.agendaItemId,
    question: form.question,
    kind: form.kind,
    options: form.options,
    ruleId: form.ruleId,
  };
  const parsed = parseCommand(draft);
  if (!parsed.ok) return parsed;
  if (parsed.value.type !== 'vote:open') return fail('invalid_input', 'vote.invalidCommand');
  const { commandId: _drop, ...body } = parsed.value;
  void _drop;
  return ok(body);
}

/**
 * What the big screen shows besides the current item and speaker: the open vote, else the latest result
 * until the chair moves to another item (a push after the close), else nothing.
 */
export type ScreenVote = { kind: 'open'; vote: OpenVoteView } | { kind: 'result'; result: VoteResultView } | { kind: 'none' };

export function screenVote(view: MeetingLiveView | null): ScreenVote {
  if (!view) return { kind: 'none' };
  if (view.vote) return { kind: 'open', vote: view.vote };
  const last = view.results[view.results.length - 1];
  if (!last) return { kind: 'none' };
  const movedOn = view.current.changedAt !== null && view.current.changedAt > last.closedAt;
  return movedOn ? { kind: 'none' } : { kind: 'result', result: last };
}

/** Named vote: entitled members grouped by the option they chose, then those who did not vote. */
export function namedChoiceGroups(result: VoteResultView): { optionId: string | null; label: string | null; names: string[] }[] {
  const choices = result.choices ?? [];
  const groups = result.tally.options.map((o) => ({
    optionId: o.id as string | null,
    label: o.label as string | null,
    names: choices.filter((c) => c.optionId === o.id).map((c) => c.fullName),
  }));
  groups.push({ optionId: null, label: null, names: choices.filter((c) => c.optionId === null).map((c) => c.fullName) });
  return groups;
}
