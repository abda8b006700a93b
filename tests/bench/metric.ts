/** One benchmark figure; `ratio` = value / baseline where a baseline was measured in the same run. */
export type Metric = { metric: string; value: number; unit: string; baseline?: number; ratio?: number };

export function withRatio(metric: string, value: number, unit: string, baseline: number): Metric {
  return {
    metric,
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: baseline > 0 ? round(value / baseline, 3) : undefined,
  } as Metric;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median of a sample. */
export const median = (xs: number[]): number => percentile(xs, 50);

/**
 * A figure measured over several interleaved rounds (subject and baseline alternating within each round):
 * value and baseline are medians over rounds, `ratio` the median of the per-round ratios with its spread
 * (`ratioMin`/`ratioMax`), and `valueMin`/`valueMax` the spread of the value itself over the rounds.
 * A wide spread means the bench is measuring noise, not the subject.
 */
export type RoundMetric = Metric & {
  rounds: number;
  ratioMin?: number;
  ratioMax?: number;
  valueMin?: number;
  valueMax?: number;
  target?: string;
};

export function roundsMetric(
  metric: string,
  unit: string,
  rounds: { value: number; baseline: number }[],
  extra: Partial<RoundMetric> = {},
): RoundMetric {
  const ratios = rounds.filter((r) => r.baseline > 0).map((r) => r.value / r.baseline);
  return {
    metric,
    value: round(median(rounds.map((r) => r.value))),
    unit,
    baseline: round(median(rounds.map((r) => r.baseline))),
    ratio: ratios.length ? round(median(ratios), 3) : undefined,
    ratioMin: ratios.length ? round(Math.min(...ratios), 3) : undefined,
    ratioMax: ratios.length ? round(Math.max(...ratios), 3) : undefined,
    valueMin: rounds.length ? round(Math.min(...rounds.map((r) => r.value))) : undefined,
    valueMax: rounds.length ? round(Math.max(...rounds.map((r) => r.value))) : undefined,
    rounds: rounds.length,
    ...extra,
  } as RoundMetric;
}
