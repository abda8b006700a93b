import { translate } from '../i18n';
import type { Result } from '../util/result';
import { fail, ok } from '../util/result';
import { formatPercentOfN } from './percent';
import type { TieResolution } from './rule-set';
import type { DenominatorBase, ThresholdRule } from './thresholds';
import { isDenominatorBase, isThresholdKind, MAX_DENOMINATOR, requiredCount } from './thresholds';

export type TallyOptionInput = { id: string; label: string };

export type TallyInput = {
  rule: ThresholdRule;
  /** Members entitled to vote, frozen when the vote opened (the denominator of a 'total' rule). */
  members: number;
  /** Members present when the vote opened (the denominator of a 'present' rule). */
  present: number;
  /** Options in display order. */
  options: readonly TallyOptionInput[];
  /** Ballots per option id; a missing id counts 0. */
  counts: Readonly<Record<string, number>>;
  /** The option whose count must reach the threshold; defaults to the first option ("Tán thành"). */
  favourOptionId?: string;
  /** Quorum when the vote opened (default true). A vote opened without quorum is invalid, whatever the counts. */
  quorumMetAtOpen?: boolean;
  /**
   * The tie rule in force, with the option the body's head (Chủ tịch) chose (null: did not vote, or a secret
   * ballot). A tie is favour = against (the second option) = exactly half of N.
   */
  tie?: { resolve: TieResolution; headOptionId: string | null };
};

/** 'invalid': opened without quorum; never reads "Thông qua". */
export type VoteOutcome = 'passed' | 'not_passed' | 'invalid';

export type TallyOption = { id: string; label: string; count: number; percentOfN: string };

export type TallyResult = {
  /** The legal denominator the rule was applied to: members or present, per rule.base. */
  n: number;
  base: DenominatorBase;
  members: number;
  present: number;
  /** Ballots cast (sum of counts). */
  cast: number;
  /** Entitled (per the base) who cast no ballot: absent or present-but-silent. Counted as not in favour. */
  notCast: number;
  options: TallyOption[];
  favourOptionId: string;
  favourCount: number;
  /** Minimum favourable ballots needed, exact integer. */
  required: number;
  /** Everything that is not a favourable ballot: other options, not voting, absent. */
  notInFavour: number;
  passed: boolean;
  outcome: VoteOutcome;
  /** True when the tie rule decided (the head's side). */
  decidedByTie: boolean;
  rule: ThresholdRule;
  legalBasis: string;
};

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Applies a passing rule to frozen counts. Pure and exact: the decision compares integers
 * (favour >= requiredCount(kind, n)); percentages are display strings computed with integers too.
 * Because the rule is a share of N, every entitled person who did not choose the favourable option —
 * absent, abstaining, choosing "Không biểu quyết", or silent — is simply not in favour.
 */
export function computeTally(input: TallyInput): Result<TallyResult> {
  const { rule, members, present, options, counts } = input;
  if (!isThresholdKind(rule.kind) || !isDenominatorBase(rule.base)) {
    return fail('invalid_input', 'error.tally.rule', undefined, { ruleId: rule.id });
  }
  if (!isCount(members) || members > MAX_DENOMINATOR) return fail('invalid_input', 'error.tally.members', undefined, { members });
  if (!isCount(present) || present > members) {
    return fail('invalid_input', 'error.tally.present', undefined, { present, members });
  }
  if (options.length < 1) return fail('invalid_input', 'error.tally.noOptions');
  const ids = new Set<string>();
  for (const o of options) {
    if (ids.has(o.id)) return fail('invalid_input', 'error.tally.duplicateOption', undefined, { optionId: o.id });
    ids.add(o.id);
  }
  for (const [id, c] of Object.entries(counts)) {
    if (!ids.has(id)) return fail('invalid_input', 'error.tally.unknownOption', undefined, { optionId: id });
    if (!isCount(c)) return fail('invalid_input', 'error.tally.count', undefined, { optionId: id });
  }
  const favourOptionId = input.favourOptionId ?? options[0]!.id;
  if (!ids.has(favourOptionId)) return fail('invalid_input', 'error.tally.favour', undefined, { optionId: favourOptionId });

  const n = rule.base === 'total' ? members : present;
  const cast = options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  if (cast > n) {
    // Only the entitled list (frozen with N) may vote, so more ballots than N means corrupted input.
    return fail('invalid_input', 'error.tally.tooManyBallots', { cast, n }, { cast, n });
  }
  const favourCount = counts[favourOptionId] ?? 0;
  const required = requiredCount(rule.kind, n);
  const valid = input.quorumMetAtOpen ?? true;
  // n = 0 (nobody entitled) can never pass, whatever the formula's value at 0.
  const byCount = n > 0 && favourCount >= required;
  const againstId = options.find((o) => o.id !== favourOptionId)?.id;
  const againstCount = againstId === undefined ? 0 : (counts[againstId] ?? 0);
  const isTie = n > 0 && favourCount === againstCount && favourCount * 2 === n;
  const decidedByTie = valid && !byCount && isTie && input.tie?.resolve === 'head_side' && input.tie.headOptionId === favourOptionId;
  const passed = valid && (byCount || decidedByTie);
  return ok({
    n,
    base: rule.base,
    members,
    present,
    cast,
    notCast: n - cast,
    options: options.map((o) => {
      const count = counts[o.id] ?? 0;
      return { id: o.id, label: o.label, count, percentOfN: formatPercentOfN(count, n) };
    }),
    favourOptionId,
    favourCount,
    required,
    notInFavour: n - favourCount,
    passed,
    outcome: !valid ? 'invalid' : passed ? 'passed' : 'not_passed',
    decidedByTie,
    rule,
    legalBasis: rule.legalBasis,
  });
}

/**
 * "Thông qua" / "Không thông qua" / "Không hợp lệ" — the words printed with every result. Takes the result
 * (not a boolean) so a vote opened without quorum can never print "Thông qua".
 */
export function outcomeLabel(t: Pick<TallyResult, 'outcome' | 'decidedByTie'>): { vi: string; en: string } {
  const key =
    t.outcome === 'invalid'
      ? 'outcome.invalid'
      : t.outcome === 'not_passed'
        ? 'outcome.notPassed'
        : t.decidedByTie
          ? 'outcome.passedByTie'
          : 'outcome.passed';
  return { vi: translate('vi', key), en: translate('en', key) };
}
