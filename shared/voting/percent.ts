/**
 * Percentages for results, computed with integers only so every laptop, the relay and the projector print
 * the same digits: count / n as a percentage with two decimals, rounded half up, decimal comma ("52,00").
 * The pass/fail decision never uses this string; it compares integer counts (thresholds.ts).
 */
export const PERCENT_DECIMALS = 2;

/** Hundredths of a percent (0..10000 when count <= n), rounded half up. n = 0 gives 0. */
export function percentHundredths(count: number, n: number): bigint {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n === 0) return 0n;
  const c = BigInt(count);
  const d = BigInt(n);
  // round(c * 10000 / d) half up  ==  floor((2 * c * 10000 + d) / (2 * d))
  return (2n * c * 10000n + d) / (2n * d);
}

/** "52,00", "66,67", "100,00": Vietnamese decimal comma, no percent sign (the UI adds "%"). */
export function formatPercentOfN(count: number, n: number): string {
  const h = percentHundredths(count, n);
  const whole = h / 100n;
  const frac = (h % 100n).toString().padStart(PERCENT_DECIMALS, '0');
  return `${groupThousandsVi(whole.toString())},${frac}`;
}

/** Vietnamese thousands separator is "." (only reachable when count > n, which tally refuses). */
function groupThousandsVi(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
