/** Token bucket: `ratePerSecond` sustained, `burst` at once. Time from an injected monotonic clock (ms). */
export type RateLimiter = { take(): boolean };

export function createRateLimiter(ratePerSecond: number, burst: number, monoMs: () => number): RateLimiter {
  let tokens = burst;
  let last = monoMs();
  return {
    take() {
      const t = monoMs();
      tokens = Math.min(burst, tokens + ((t - last) * ratePerSecond) / 1000);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
