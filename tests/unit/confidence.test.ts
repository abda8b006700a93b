import { describe, expect, it } from 'vitest';
import type { ConfidenceBand, ConfidenceLevel, RatingBallot } from '../../shared/voting/confidence';
import {
  CONFIDENCE_LEVELS,
  CONFIDENCE_VOTE_NO,
  CONFIDENCE_VOTE_YES,
  confidenceBand,
  confidenceBandKey,
  confidenceLevelKey,
  countRating,
  tallyConfidenceVote,
} from '../../shared/voting/confidence';
import { translate } from '../../shared/i18n';

/** Independent definition by cross-multiplication: low/N in (1/2, 2/3) may resign; >= 2/3 removal. */
function refBand(low: number, n: number): ConfidenceBand {
  const l = BigInt(low);
  const N = BigInt(n);
  if (n === 0) return 'none';
  if (3n * l >= 2n * N) return 'removal_proposal';
  if (2n * l > N) return 'may_resign';
  return 'none';
}

/** "38,88" parsed back to hundredths; checked against count/n by rational bounds (half up). */
function checkPercent(text: string, count: number, n: number): boolean {
  const m = /^(\d+),(\d\d)$/.exec(text);
  if (!m) return false;
  const h = BigInt(m[1]!) * 100n + BigInt(m[2]!);
  const c = BigInt(count) * 10000n;
  const N = BigInt(n);
  // h - 1/2 <= c/N < h + 1/2
  return (2n * h - 1n) * N <= 2n * c && 2n * c < (2n * h + 1n) * N;
}

describe('confidence rating bands', () => {
  it('every N from 1 to 500 and every count of "tín nhiệm thấp"', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 500; n++)
      for (let low = 0; low <= n; low++) if (confidenceBand(low, n) !== refBand(low, n)) wrong.push(`${low}/${n}`);
    expect(wrong).toEqual([]);
  });
  it('at every boundary: half, more than half, just under and at two thirds', () => {
    for (let n = 1; n <= 500; n++) {
      const half = Math.floor(n / 2); // the most that is not more than half
      expect(confidenceBand(half, n)).toBe('none');
      const twoThirds = Math.ceil((2 * n) / 3); // the least that is at least two thirds
      expect(confidenceBand(twoThirds, n)).toBe('removal_proposal');
      expect(confidenceBand(twoThirds - 1, n)).toBe(half + 1 <= twoThirds - 1 ? 'may_resign' : 'none');
      if (half + 1 < twoThirds) expect(confidenceBand(half + 1, n)).toBe('may_resign');
    }
    // N = 3: 2 is both more than half and two thirds; N = 49: 25..32 may resign, 33 removal
    expect([confidenceBand(1, 3), confidenceBand(2, 3)]).toEqual(['none', 'removal_proposal']);
    expect([confidenceBand(24, 49), confidenceBand(25, 49), confidenceBand(32, 49), confidenceBand(33, 49)]).toEqual([
      'none',
      'may_resign',
      'may_resign',
      'removal_proposal',
    ]);
    expect(confidenceBand(0, 0)).toBe('none');
  });
  it('labels are message keys in both languages', () => {
    expect(CONFIDENCE_LEVELS.map((l) => translate('vi', confidenceLevelKey(l)))).toEqual(['Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp']);
    expect(translate('vi', confidenceBandKey('may_resign'))).toContain('xin từ chức');
    expect(translate('en', confidenceBandKey('removal_proposal'))).toContain('removal');
  });
});

describe('confidence rating counts', () => {
  it('20 office-holders rated by 49 delegates: counts and percentages of N, seeded', () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const holders = Array.from({ length: 20 }, (_, i) => `p${i + 1}`);
    const bands = new Set<ConfidenceBand>();
    for (let trial = 0; trial < 50; trial++) {
      const n = 49 + Math.floor(next() * 3);
      const ballots: RatingBallot[] = [];
      const expected = new Map(holders.map((h) => [h, [0, 0, 0]]));
      let invalid = 0;
      for (let b = 0; b < 49; b++) {
        const ballot: Record<string, ConfidenceLevel | null> = {};
        const roll = next();
        // most ballots low for p1 (so every band appears across trials)
        for (const h of holders) {
          const x = next();
          ballot[h] =
            x < 0.05 ? null : h === 'p1' && x < 0.3 + trial / 100 ? 'low' : (['high', 'normal', 'low'] as const)[Math.floor(next() * 3)]!;
        }
        if (roll < 0.05) {
          ballot['outsider'] = 'high';
          invalid++;
        } else {
          for (const h of holders) if (ballot[h] !== null) expected.get(h)![['high', 'normal', 'low'].indexOf(ballot[h]!)]!++;
        }
        ballots.push(ballot);
      }
      const r = countRating(holders, n, ballots);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect([r.value.ballots, r.value.valid, r.value.invalid]).toEqual([49, 49 - invalid, invalid]);
      for (const row of r.value.rows) {
        const [hi, no, lo] = expected.get(row.id)!;
        expect([row.counts.high, row.counts.normal, row.counts.low]).toEqual([hi, no, lo]);
        for (const l of CONFIDENCE_LEVELS) expect(checkPercent(row.percents[l], row.counts[l], n)).toBe(true);
        expect(row.band).toBe(refBand(lo!, n));
        bands.add(row.band);
      }
    }
    expect([...bands].sort()).toEqual(['may_resign', 'none', 'removal_proposal']);
  });
  it('percent of the total delegates, two decimals: 187 of 481 is 38,88', () => {
    const ballots: RatingBallot[] = Array.from({ length: 187 }, () => ({ a: 'low' }));
    const r = countRating(['a'], 481, ballots);
    expect(r.ok && r.value.rows[0]!.percents.low).toBe('38,88');
    expect(r.ok && r.value.rows[0]!.percents.high).toBe('0,00');
  });
  it('refuses bad input', () => {
    expect(countRating([], 5, [])).toMatchObject({ ok: false, error: { key: 'election.error.officeHolders' } });
    expect(countRating(['a', 'a'], 5, [])).toMatchObject({ ok: false, error: { key: 'election.error.officeHolders' } });
    expect(countRating(['a'], 1, [{}, {}])).toMatchObject({ ok: false, error: { key: 'election.error.tooManyBallots' } });
    expect(countRating(['a'], -1, [])).toMatchObject({ ok: false, error: { key: 'election.error.base' } });
  });
});

describe('confidence vote: "Không tín nhiệm" decides', () => {
  it('every N 1..500, every split: passed exactly when no-confidence is more than half of N', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 500; n++) {
      for (let no = 0; no <= n; no++) {
        const yes = Math.floor((n - no) / 2);
        const r = tallyConfidenceVote(n, n, yes, no);
        if (!r.ok || r.value.passed !== 2n * BigInt(no) > BigInt(n) || r.value.favourOptionId !== CONFIDENCE_VOTE_NO)
          wrong.push(`${no}/${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('at the boundary, and confidence ballots never count towards removal', () => {
    for (let n = 1; n <= 500; n++) {
      const half = Math.floor(n / 2);
      const atHalf = tallyConfidenceVote(n, n, 0, half);
      expect(atHalf.ok && atHalf.value.passed).toBe(false);
      const overHalf = tallyConfidenceVote(n, n, 0, half + 1);
      expect(overHalf.ok && overHalf.value.passed).toBe(true);
      // a majority of "Tín nhiệm" is not a removal
      const yes = tallyConfidenceVote(n, n, n, 0);
      expect(yes.ok && [yes.value.passed, yes.value.favourCount]).toEqual([false, 0]);
    }
    const r = tallyConfidenceVote(49, 45, 20, 25);
    expect(r.ok && [r.value.required, r.value.favourCount, r.value.options.map((o) => o.id)]).toEqual([
      25,
      25,
      [CONFIDENCE_VOTE_YES, CONFIDENCE_VOTE_NO],
    ]);
    expect(r.ok && r.value.options[1]!.percentOfN).toBe('51,02');
  });
});
