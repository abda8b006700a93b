import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { SearchHit, SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import type { AppError } from '../../../shared/util/result';

/** Wait after the last keystroke before asking the services. */
export const SEARCH_DEBOUNCE_MS = 180;

export type MeetingSearchState = {
  status: SearchStatus | null;
  hits: SearchHit[];
  /** The query the hits answer (may lag behind what is typed). */
  answered: string;
  busy: boolean;
  error: AppError | null;
};

/**
 * Searches a meeting as the delegate types, and follows indexing progress (`search:progress`) so results
 * fill in as documents finish indexing.
 */
export function useMeetingSearch(api: Api, meetingId: MeetingId, query: string): MeetingSearchState {
  const [state, setState] = useState<MeetingSearchState>({ status: null, hits: [], answered: '', busy: false, error: null });
  const seq = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;

  useEffect(() => {
    let live = true;
    void api.invoke('search:status', { meetingId }).then((r) => {
      if (live && r.ok) setState((s) => ({ ...s, status: r.value }));
    });
    const off = api.on('search:progress', (s) => {
      if (s.meetingId !== meetingId) return;
      setState((prev) => ({ ...prev, status: s }));
      // A document just finished: ask again so its pages show up.
      if (!s.running && queryRef.current.trim()) run(queryRef.current);
    });
    return () => {
      live = false;
      off();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, meetingId]);

  function run(q: string) {
    const mine = ++seq.current;
    setState((s) => ({ ...s, busy: true }));
    void api.invoke('search:query', { meetingId, query: q }).then((r) => {
      if (mine !== seq.current) return;
      if (r.ok) setState({ status: r.value.status, hits: r.value.hits, answered: q, busy: false, error: null });
      else setState((s) => ({ ...s, busy: false, error: r.error }));
    });
  }

  useEffect(() => {
    if (!query.trim()) {
      seq.current++;
      setState((s) => ({ ...s, hits: [], answered: '', busy: false }));
      return;
    }
    const h = setTimeout(() => run(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, api, meetingId]);

  return state;
}
