import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from '../../shared/model/roster';
import { builtinRuleSet } from '../../shared/voting/rules';
import { formatPercentOfN, percentHundredths } from '../../shared/voting/percent';
import type { ThresholdKind, ThresholdRule } from '../../shared/voting/thresholds';
import { DENOMINATOR_BASES, THRESHOLD_KINDS } from '../../shared/voting/thresholds';
import { computeTally, outcomeLabel } from '../../shared/voting/tally';
import { seededRandom } from '../helpers/relay-fixture';

/** Independent exact definition of each kind (BigInt cross-multiplication). */
function satisfies(kind: ThresholdKind, count: number, n: number): boolean {
  const c = BigInt(count);
  const N = BigInt(n);
  switch (kind) {
    case 'more_than_half':
      return 2n * c > N;
    case 'at_least_two_thirds':
      return 3n * c >= 2n * N;
    case 'more_than_two_thirds':
      return 3n * c > 2n * N;
    case 'at_least_half':
      return 2n * c >= N;
  }
}

/** Checks a "dd,dd" string is count/n in percent rounded half up, by exact rational comparison. */
function checkPercent(s: string, count: number, n: number): void {
  const m = /^(\d{1,3}),(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad percent format ${JSON.stringify(s)}`);
  const h = BigInt(Number(m[1]) * 100 + Number(m[2]));
  if (n === 0) {
    if (h !== 0n) throw new Error(`percent ${s} for n = 0`);
    return;
  }
  const N = BigInt(n);
  const exact = BigInt(count) * 10000n; // percent × 100, times n
  const diff2 = 2n * (h * N - exact); // 2 × (shown − exact) × n
  // |shown − exact| ≤ half a hundredth, and an exact half rounds up
  if (diff2 > N || diff2 < -N || diff2 === -N) {
    throw new Error(`percent ${s} wrong for ${count}/${n}`);
  }
}

const OPTIONS = [
  { id: 'o1', label: 'Tán thành' },
  { id: 'o2', label: 'Không tán thành' },
  { id: 'o3', label: 'Không biểu quyết' },
];

const syntheticRules: ThresholdRule[] = THRESHOLD_KINDS.flatMap((kind) =>
  DENOMINATOR_BASES.map((base) => ({
    id: `${kind}_${base}`,
    kind,
    base,
    label: { vi: `Quy tắc ${kind} ${base}`, en: `${kind} of ${base}` },
    legalBasis: `Căn cứ thử nghiệm cho ${kind} trên ${base}.`,
  })),
);
const presetRules = BODY_TYPES.flatMap((b) => builtinRuleSet(b, '2026-06-01')!.passing);
const ALL_RULES = [...presetRules, ...syntheticRules];

describe('percentOfN', () => {
  it('formats with a decimal comma and two decimals', () => {
    expect(formatPercentOfN(26, 50)).toBe('52,00');
    expect(formatPercentOfN(2, 3)).toBe('66,67');
    expect(formatPercentOfN(1, 3)).toBe('33,33');
    expect(formatPercentOfN(1, 8)).toBe('12,50');
    expect(formatPercentOfN(1, 16)).toBe('6,25');
    expect(formatPercentOfN(1, 32)).toBe('3,13'); // 3.125 rounds half up
    expect(formatPercentOfN(0, 7)).toBe('0,00');
    expect(formatPercentOfN(7, 7)).toBe('100,00');
    expect(formatPercentOfN(0, 0)).toBe('0,00');
    expect(formatPercentOfN(1, 200000)).toBe('0,00'); // 0.0005 % rounds to 0,00
    expect(formatPercentOfN(1, 20000)).toBe('0,01'); // 0.005 % is a half: up
  });

  it('is exact for every count/n with n ≤ 400', () => {
    for (let n = 0; n <= 400; n++) for (let c = 0; c <= n; c++) checkPercent(formatPercentOfN(c, n), c, n);
  });

  it('refuses non-integers', () => {
    expect(() => percentHundredths(1.5, 3)).toThrow(RangeError);
    expect(() => percentHundredths(1, -3)).toThrow(RangeError);
  });
});

function check(rule: ThresholdRule, members: number, present: number, counts: number[]): void {
  const r = computeTally({
    rule,
    members,
    present,
    options: OPTIONS.slice(0, counts.length),
    counts: Object.fromEntries(counts.map((c, i) => [OPTIONS[i]!.id, c])),
  });
  const n = rule.base === 'total' ? members : present;
  const cast = counts.reduce((a, b) => a + b, 0);
  if (cast > n) {
    if (r.ok) throw new Error(`${rule.id}: ${cast} ballots > N=${n} accepted`);
    return;
  }
  if (!r.ok) throw new Error(`unexpected error ${r.error.message}`);
  const t = r.value;
  const favour = counts[0]!;
  const expectedPassed = n > 0 && satisfies(rule.kind, favour, n);
  if (t.passed !== expectedPassed) {
    throw new Error(`${rule.id} M=${members} P=${present} counts=${counts}: passed=${t.passed}, expected ${expectedPassed}`);
  }
  // Plain comparisons (not expect) in this hot loop: the exhaustive test runs it ~10^5 times.
  const same = (what: string, got: unknown, want: unknown) => {
    if (got !== want)
      throw new Error(`${rule.id} M=${members} P=${present} counts=${counts}: ${what}=${String(got)}, expected ${String(want)}`);
  };
  same('n', t.n, n);
  same('members', t.members, members);
  same('present', t.present, present);
  same('cast', t.cast, cast);
  same('notCast', t.notCast, n - cast);
  same('favourCount', t.favourCount, favour);
  // absent, abstaining and not voting are all "not in favour"
  same('notInFavour', t.notInFavour, n - favour);
  same('legalBasis', t.legalBasis, rule.legalBasis);
  same('rule', t.rule, rule);
  same(
    'options',
    t.options.map((o) => o.id).join(),
    OPTIONS.slice(0, counts.length)
      .map((o) => o.id)
      .join(),
  );
  t.options.forEach((o, i) => {
    same(`count[${i}]`, o.count, counts[i]);
    checkPercent(o.percentOfN, counts[i]!, n);
  });
}

describe('computeTally', () => {
  it('exhaustive: every rule, members 1..12, every present, every split of ballots over three options', () => {
    let cases = 0;
    for (const rule of ALL_RULES) {
      for (let m = 1; m <= 12; m++) {
        for (let p = 0; p <= m; p++) {
          const n = rule.base === 'total' ? m : p;
          for (let a = 0; a <= n + 1; a++) {
            for (let b = 0; a + b <= n + 1; b++) {
              for (let c = 0; a + b + c <= n + 1; c++) {
                check(rule, m, p, [a, b, c]);
                cases++;
              }
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(50_000);
  });

  it('seeded random: large bodies, many options', () => {
    const rand = seededRandom(20240501);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    for (let i = 0; i < 5000; i++) {
      const rule = ALL_RULES[int(0, ALL_RULES.length - 1)]!;
      const members = int(1, 500);
      const present = int(0, members);
      const n = rule.base === 'total' ? members : present;
      const k = int(1, OPTIONS.length);
      let left = int(0, n);
      const counts = Array.from({ length: k }, (_, j) => {
        const c = j === k - 1 ? left : int(0, left);
        left -= c;
        return c;
      });
      // bias a quarter of the cases onto the threshold edge, where off-by-one bugs live
      if (rand() < 0.25 && n > 0) {
        const edge = Math.max(0, Math.min(n, Math.floor((2 * n) / 3) + int(-1, 1)));
        counts[0] = edge;
        for (let j = 1; j < k; j++) counts[j] = 0;
        if (k > 1) counts[1] = int(0, n - edge);
      }
      check(rule, members, present, counts);
    }
  });

  it('HĐND resolution on 50 delegates: 26 in favour passes, 25 does not, however many are absent', () => {
    const rule = presetRules.find((r) => r.id === 'hdnd_resolution')!;
    const pass = computeTally({ rule, members: 50, present: 30, options: OPTIONS, counts: { o1: 26, o2: 2, o3: 2 } });
    expect(pass.ok && pass.value.passed).toBe(true);
    expect(pass.ok && pass.value.options[0]!.percentOfN).toBe('52,00');
    const fail = computeTally({ rule, members: 50, present: 50, options: OPTIONS, counts: { o1: 25, o2: 0, o3: 0 } });
    expect(fail.ok && fail.value.passed).toBe(false);
    expect(fail.ok && fail.value.notInFavour).toBe(25);
  });

  // No built-in rule uses "those present" any more (no legal basis found); a province may add one citing its
  // Nội quy, and the tally still applies it exactly.
  it('"more than half of those present" uses present at open as N', () => {
    const rule = syntheticRules.find((r) => r.id === 'more_than_half_present')!;
    const r = computeTally({ rule, members: 50, present: 30, options: OPTIONS, counts: { o1: 16 } });
    expect(r.ok && r.value.n).toBe(30);
    expect(r.ok && r.value.required).toBe(16);
    expect(r.ok && r.value.passed).toBe(true);
    expect(r.ok && r.value.options[0]!.percentOfN).toBe('53,33');
  });

  it('refuses inconsistent input with Vietnamese messages', () => {
    const rule = presetRules[0]!;
    const bad = [
      computeTally({ rule, members: 5, present: 6, options: OPTIONS, counts: {} }),
      computeTally({ rule, members: 5, present: 5, options: OPTIONS, counts: { o1: 6 } }),
      computeTally({ rule, members: 5, present: 5, options: OPTIONS, counts: { zz: 1 } }),
      computeTally({ rule, members: 5, present: 5, options: OPTIONS, counts: { o1: -1 } }),
      computeTally({ rule, members: 5, present: 5, options: OPTIONS, counts: { o1: 1.5 } }),
      computeTally({ rule, members: 5, present: 5, options: [OPTIONS[0]!, OPTIONS[0]!], counts: {} }),
      computeTally({ rule, members: 5, present: 5, options: [], counts: {} }),
      computeTally({ rule, members: 5, present: 5, options: OPTIONS, counts: {}, favourOptionId: 'zz' }),
      computeTally({ rule: { ...rule, kind: 'most' as ThresholdKind }, members: 5, present: 5, options: OPTIONS, counts: {} }),
    ];
    for (const r of bad) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message).toMatch(/[àáảãạăâđêôơư]/i);
      }
    }
  });

  it('a chosen favour option other than the first', () => {
    const rule = presetRules[0]!;
    const r = computeTally({ rule, members: 3, present: 3, options: OPTIONS, counts: { o1: 1, o2: 2 }, favourOptionId: 'o2' });
    expect(r.ok && r.value.passed).toBe(true);
    expect(outcomeLabel({ outcome: 'passed', decidedByTie: false }).vi).toBe('Thông qua');
    expect(outcomeLabel({ outcome: 'not_passed', decidedByTie: false }).vi).toBe('Không thông qua');
    expect(outcomeLabel({ outcome: 'invalid', decidedByTie: false }).vi).toMatch(/^Không hợp lệ/);
  });
});
