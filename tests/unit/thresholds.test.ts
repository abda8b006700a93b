import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from '../../shared/model/roster';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import type { PassingRuleDef, QuorumRuleDef } from '../../shared/voting/rule-set';
import { toThresholdRule } from '../../shared/voting/rule-set';
import type { ThresholdKind } from '../../shared/voting/thresholds';
import {
  DENOMINATOR_BASES,
  isDenominatorBase,
  isThresholdKind,
  meetsThreshold,
  requiredCount,
  THRESHOLD_KINDS,
} from '../../shared/voting/thresholds';
import { builtinRuleSet, findVoteRule } from '../../shared/voting/rules';

/** Independent exact definition: rational comparison with BigInt cross-multiplication, no division at all. */
function satisfies(kind: ThresholdKind, count: number, n: number): boolean {
  const c = BigInt(count);
  const N = BigInt(n);
  switch (kind) {
    case 'more_than_half':
      return c * 2n > N; // c/N > 1/2
    case 'at_least_two_thirds':
      return c * 3n >= N * 2n; // c/N >= 2/3
    case 'more_than_two_thirds':
      return c * 3n > N * 2n; // c/N > 2/3
    case 'at_least_half':
      return c * 2n >= N; // c/N >= 1/2
  }
}

const MAX_N = 500;

describe('requiredCount / meetsThreshold against an exact rational definition', () => {
  for (const kind of THRESHOLD_KINDS) {
    it(`${kind}: every N from 1 to ${MAX_N}, every count from 0 to N`, () => {
      let checked = 0;
      for (let n = 1; n <= MAX_N; n++) {
        // the smallest count that satisfies the definition, found by search, not by formula
        let smallest = -1;
        for (let c = 0; c <= n; c++) {
          const expected = satisfies(kind, c, n);
          if (expected && smallest < 0) smallest = c;
          if (meetsThreshold(kind, c, n) !== expected) {
            throw new Error(`${kind}: N=${n} count=${c}: meetsThreshold=${!expected}, definition=${expected}`);
          }
          checked++;
        }
        expect(requiredCount(kind, n), `${kind} N=${n}`).toBe(smallest);
        // monotone and never more than N
        expect(requiredCount(kind, n)).toBeLessThanOrEqual(n);
      }
      expect(checked).toBe((MAX_N * (MAX_N + 3)) / 2);
    });
  }

  it('matches the table in DESIGN-NOTES', () => {
    const table: [number, number, number, number][] = [
      // N, more than half, at least two thirds, over two thirds
      [9, 5, 6, 7],
      [50, 26, 34, 34],
      [51, 26, 34, 35],
      [75, 38, 50, 51],
    ];
    for (const [n, half, atLeast23, over23] of table) {
      expect(requiredCount('more_than_half', n)).toBe(half);
      expect(requiredCount('at_least_two_thirds', n)).toBe(atLeast23);
      expect(requiredCount('more_than_two_thirds', n)).toBe(over23);
    }
  });

  it('spot values where a percentage formula goes wrong', () => {
    // "66,67 % of N" rounded up demands 3 of 3 (ceil(3 × 0.6667) = 3) and 200 → 201 of 300: at every
    // multiple of 3 it asks one vote too many. The exact answer is 2N/3.
    for (const n of [3, 6, 9, 300, 498]) expect(Math.ceil(n * 0.6667)).toBe((2 * n) / 3 + 1);
    expect(requiredCount('at_least_two_thirds', 3)).toBe(2);
    expect(requiredCount('at_least_two_thirds', 300)).toBe(200);
    expect(requiredCount('more_than_two_thirds', 300)).toBe(201);
    expect(requiredCount('more_than_half', 1)).toBe(1);
    expect(requiredCount('at_least_half', 1)).toBe(1);
    expect(requiredCount('at_least_half', 500)).toBe(250);
    expect(requiredCount('more_than_half', 500)).toBe(251);
  });

  it('refuses denominators that are not non-negative integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e12]) {
      expect(() => requiredCount('more_than_half', bad)).toThrow(RangeError);
    }
    expect(requiredCount('more_than_half', 0)).toBe(1);
  });

  it('type guards', () => {
    for (const k of THRESHOLD_KINDS) expect(isThresholdKind(k)).toBe(true);
    for (const b of DENOMINATOR_BASES) expect(isDenominatorBase(b)).toBe(true);
    expect(isThresholdKind('more_than_a_third')).toBe(false);
    expect(isDenominatorBase('cast')).toBe(false);
  });
});

describe('body presets are well-formed', () => {
  const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
  /** Wording a rule's Vietnamese text must contain, by kind: the label may not contradict the arithmetic. */
  const KIND_WORDS: Record<ThresholdKind, RegExp> = {
    more_than_half: /quá nửa/i,
    at_least_two_thirds: /ít nhất hai phần ba/i,
    more_than_two_thirds: /(quá|trên) hai phần ba/i,
    at_least_half: /ít nhất (một )?nửa/i,
  };

  // Every passing rule of the dated rule data (all body types, all periods), as the tally applies it.
  const allRules = BUILTIN_RULES.filter((r): r is PassingRuleDef => r.topic === 'passing').map((d) => ({
    def: d,
    rule: toThresholdRule(d),
  }));

  it('every body type has a quorum rule and at least one passing rule in force now and before the 2025 reform', () => {
    for (const b of BODY_TYPES) {
      for (const date of ['2026-06-01', '2025-06-30']) {
        const set = builtinRuleSet(b, date);
        expect(set, `${b} on ${date}`).not.toBeNull();
        expect(set!.passing.length).toBeGreaterThan(0);
        expect(isThresholdKind(set!.quorum.kind)).toBe(true);
      }
    }
  });

  it('rule ids are unique, passing rule ids id-shaped and found by findVoteRule only for their own body types', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { def, rule } of allRules) {
      expect(rule.id).toMatch(/^[a-z0-9_]{1,64}$/);
      for (const b of BODY_TYPES) {
        const set = builtinRuleSet(b, def.inForceFrom);
        if (!set) {
          expect(def.bodyTypes).not.toContain(b); // no rules at all for that body so early: nothing to find
          continue;
        }
        if (def.bodyTypes.includes(b)) expect(findVoteRule(set, rule.id)).toMatchObject({ id: rule.id, kind: rule.kind });
        else expect(findVoteRule(set, rule.id)).toBeNull();
      }
    }
    expect(findVoteRule(builtinRuleSet('hdnd', '2026-06-01')!, 'no_such_rule')).toBeNull();
  });

  it.each(allRules.map((r) => [r.def.id, r] as const))('%s: kind, base, labels and legal basis agree', (_id, { rule }) => {
    expect(isThresholdKind(rule.kind)).toBe(true);
    expect(isDenominatorBase(rule.base)).toBe(true);
    for (const text of [rule.label.vi, rule.label.en, rule.legalBasis]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toBe(text.trim());
    }
    expect(rule.label.vi).toMatch(VI_DIACRITIC);
    expect(rule.legalBasis).toMatch(VI_DIACRITIC);
    expect(rule.legalBasis.length).toBeGreaterThan(30);
    // The Vietnamese label and the legal basis both state the same fraction as the kind computes.
    expect(rule.label.vi).toMatch(KIND_WORDS[rule.kind]);
    expect(rule.legalBasis).toMatch(KIND_WORDS[rule.kind]);
    // ... and the same denominator.
    if (rule.base === 'total') expect(rule.label.vi).toMatch(/tổng số/i);
    else expect(rule.label.vi).toMatch(/có mặt/i);
    // The legal basis names its source (a law, statute or rules of procedure).
    expect(rule.legalBasis).toMatch(/^(Luật|Điều lệ|Nội quy|Quy định|Nghị quyết|Quy chế)/);
  });

  it.each(BUILTIN_RULES.filter((r): r is QuorumRuleDef => r.topic === 'quorum').map((q) => [q.id, q] as const))(
    '%s quorum rule: label and wording agree with its kind',
    (_id, q) => {
      expect(q.label.vi).toMatch(KIND_WORDS[q.kind]);
      expect(q.wording.vi).toMatch(KIND_WORDS[q.kind]);
      expect(q.label.vi).toMatch(/tổng số/i);
      expect(q.citation.document).toMatch(/^(Luật|Điều lệ|Nội quy|Quy định|Nghị quyết|Quy chế)/);
    },
  );
});
