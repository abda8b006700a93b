import { useMemo, useRef } from 'react';

export type LatestRequest = {
  /** Starts a request; the returned check stays true until a newer request starts or `cancel()` is called. */
  begin(): () => boolean;
  /** Drops every answer still on its way. */
  cancel(): void;
};

/** Numbers requests so that only the newest one's answer is used: a slow answer never overwrites a fresher one. */
export function useLatestRequest(): LatestRequest {
  const seq = useRef(0);
  return useMemo(
    () => ({
      begin() {
        const mine = ++seq.current;
        return () => mine === seq.current;
      },
      cancel() {
        seq.current++;
      },
    }),
    [],
  );
}
