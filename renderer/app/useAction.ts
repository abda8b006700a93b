import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../shared/util/result';

/** Runs one API call at a time for a form or button: busy flag, last error, value or null. */
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
  const run = useCallback(async <T,>(fn: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const r = await fn();
      if (!live.current) return r.ok ? r.value : null;
      if (!r.ok) setError(r.error);
      return r.ok ? r.value : null;
    } finally {
      if (live.current) setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
