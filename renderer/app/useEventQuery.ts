import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DependencyList } from 'react';
import type { AppError, Result } from '../../shared/util/result';
import { useLatestRequest } from './useLatestRequest';

export type EventQuery<T, R = T> = {
  /** Asks the services for the current value. */
  invoke(): Promise<Result<R>>;
  /**
   * Subscribes to the service's events and returns the unsubscribe. Call `reload()` to ask again, or
   * `push(value)` to take a value the event carries. Subscribed before the first call, so nothing is lost.
   */
  subscribe?(on: { reload(): void; push(value: R): void }): () => void;
  /** Folds an answer or a pushed value into the current one (default: the newest replaces it). */
  merge?(prev: T | null, next: R, from: 'answer' | 'push'): T;
};

export type EventQueryState<T> = {
  /** null until the first answer (kept while a new one is on its way). */
  value: T | null;
  /** The last call's refusal; cleared by the next good answer or push. */
  error: AppError | null;
  /** True once an answer (or a push) arrived. */
  loaded: boolean;
  /** Asks again; an answer arriving after a newer request is dropped. */
  refresh(): Promise<void>;
  /** Takes a value directly (a mutation answered with it); answers still on their way are dropped. */
  replace(value: T): void;
};

type Held<T> = { value: T | null; error: AppError | null; loaded: boolean };

/**
 * "Subscribe to an event, then invoke, drop stale answers": the one way screens keep service data fresh.
 * Re-subscribes and asks again when `deps` change; does nothing while `enabled` is false. Answers that come
 * back after a newer request, after `replace`, or after unmount are dropped.
 */
export function useEventQuery<T, R = T>(query: EventQuery<T, R>, deps: DependencyList, enabled = true): EventQueryState<T> {
  const [held, setHeld] = useState<Held<T>>({ value: null, error: null, loaded: false });
  const latest = useLatestRequest();
  const q = useRef(query);
  // The newest query (its closures see the newest props); effects run after this.
  useLayoutEffect(() => {
    q.current = query;
  });
  const fold = (prev: T | null, next: R, from: 'answer' | 'push'): T =>
    q.current.merge ? q.current.merge(prev, next, from) : (next as unknown as T);

  const refresh = useCallback(async () => {
    const isLatest = latest.begin();
    const r = await q.current.invoke();
    if (!isLatest()) return;
    if (r.ok) setHeld((s) => ({ value: fold(s.value, r.value, 'answer'), error: null, loaded: true }));
    else setHeld((s) => ({ ...s, error: r.error, loaded: true }));
  }, [latest]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const off = q.current.subscribe?.({
      reload: () => {
        if (live) void refresh();
      },
      push: (v) => {
        if (live) setHeld((s) => ({ value: fold(s.value, v, 'push'), error: null, loaded: true }));
      },
    });
    void refresh();
    return () => {
      live = false;
      latest.cancel();
      off?.();
    };
  }, [enabled, refresh, latest, ...deps]); // eslint-disable-line react-hooks/exhaustive-deps

  const replace = useCallback(
    (value: T) => {
      latest.cancel();
      setHeld((s) => ({ ...s, value }));
    },
    [latest],
  );
  return { ...held, refresh, replace };
}
