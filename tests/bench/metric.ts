/** One benchmark figure; `ratio` = value / baseline where a baseline was measured in the same run. */
export type Metric = { metric: string; value: number; unit: string; baseline?: number; ratio?: number };

export function withRatio(metric: string, value: number, unit: string, baseline: number): Metric {
  return { metric, value: round(value), unit, baseline: round(baseline), ratio: baseline > 0 ? round(value / baseline, 3) : undefined } as Metric;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
