import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../shared/util/result';

/** Runs one API call at a time for a form or button: busy flag, last error; `{ value }` on success, null on failure. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = useCallback(async <T>(fn: () => Promise<Result<T>>): Promise<{ value: T } | null> => {
    setBusy(true);
    setError(null);
    try {
      const r = await fn();
      if (!r.ok) {
        if (live.current) setError(r.error);
        return null;
      }
      return { value: r.value };
    } finally {
      if (live.current) setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
