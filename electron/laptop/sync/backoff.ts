/**
 * Exponential backoff with jitter, so 500 laptops that lost the relay at the same moment do not all
 * knock again at the same moment.
 */
export type Backoff = { next(): number; reset(): void; attempts(): number };

export function createBackoff(opts: { initialMs: number; maxMs: number; random: () => number }): Backoff {
  let attempt = 0;
  return {
    next() {
      const base = Math.min(opts.maxMs, opts.initialMs * 2 ** attempt);
      attempt++;
      return Math.round(base * (0.5 + 0.5 * opts.random()));
    },
    reset: () => void (attempt = 0),
    attempts: () => attempt,
  };
}
