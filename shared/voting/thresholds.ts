/**
 * Legal thresholds as data. Every computation is exact integer arithmetic: no floats, no rounding
 * surprises at N = 3, 51, 499...
 */
import type { RuleCitation } from './citation';

export type ThresholdKind =
  /** strictly more than half: floor(N/2) + 1 */
  | 'more_than_half'
  /** at least two thirds: ceil(2N/3) */
  | 'at_least_two_thirds'
  /** strictly more than two thirds: floor(2N/3) + 1 */
  | 'more_than_two_thirds'
  /** at least half: ceil(N/2) */
  | 'at_least_half';

/** Which count is the denominator N. */
export type DenominatorBase =
  /** the total number of members/delegates of the body (frozen when a vote opens) */
  | 'total'
  /** those present when the vote opens */
  | 'present';

export type ThresholdRule = {
  id: string;
  kind: ThresholdKind;
  base: DenominatorBase;
  label: { vi: string; en: string };
  /** Legal basis as text, shown with every result that applies the rule. */
  legalBasis: string;
  /** The dated rule it came from (rule-set.ts): document, article, clause, period, confirmation flag. */
  citation?: RuleCitation;
  /** The ballot's own options (a confidence vote: "Tín nhiệm / Không tín nhiệm"); absent: the body's labels. */
  options?: readonly { vi: string; en: string }[];
  /** 0-based index of the option whose count the threshold applies to; absent: the first. */
  decidingOption?: number;
  /** The law requires a secret ballot for this question (a confidence vote). */
  secretOnly?: boolean;
  /** What passing and failing mean for this question (a confidence vote passing = loss of confidence). */
  outcome?: { passed: { vi: string; en: string }; notPassed: { vi: string; en: string } };
};

export const THRESHOLD_KINDS: readonly ThresholdKind[] = ['more_than_half', 'at_least_two_thirds', 'more_than_two_thirds', 'at_least_half'];
export const DENOMINATOR_BASES: readonly DenominatorBase[] = ['total', 'present'];

export const isThresholdKind = (v: unknown): v is ThresholdKind =>
  typeof v === 'string' && (THRESHOLD_KINDS as readonly string[]).includes(v);
export const isDenominatorBase = (v: unknown): v is DenominatorBase =>
  typeof v === 'string' && (DENOMINATOR_BASES as readonly string[]).includes(v);

/**
 * Largest denominator accepted. Far above any body's size; it keeps 2n + 2 well inside the exact range of
 * a double so the integer formulas below never round.
 */
export const MAX_DENOMINATOR = 1_000_000_000;

/** Minimum count (integer) needed out of n to satisfy the threshold. n must be a non-negative integer. */
export function requiredCount(kind: ThresholdKind, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_DENOMINATOR) {
    throw new RangeError(`denominator must be an integer in [0, ${MAX_DENOMINATOR}], got ${n}`);
  }
  switch (kind) {
    case 'more_than_half':
      return Math.floor(n / 2) + 1;
    case 'at_least_two_thirds':
      // ceil(2n/3) without floats: (2n + 2) div 3
      return Math.floor((2 * n + 2) / 3);
    case 'more_than_two_thirds':
      return Math.floor((2 * n) / 3) + 1;
    case 'at_least_half':
      return Math.floor((n + 1) / 2);
    default: {
      const never: never = kind;
      throw new Error(`unknown threshold kind ${String(never)}`);
    }
  }
}

/** True when `count` out of `n` satisfies the rule; exact (compares against the integer requiredCount). */
export function meetsThreshold(kind: ThresholdKind, count: number, n: number): boolean {
  return count >= requiredCount(kind, n);
}
