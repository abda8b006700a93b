import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { SearchHit, SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import type { AppError } from '../../../shared/util/result';
import { useEventQuery } from '../../app/useEventQuery';
import { useLatestRequest } from '../../app/useLatestRequest';

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

type Answer = Omit<MeetingSearchState, 'status'>;
const NO_ANSWER: Answer = { hits: [], answered: '', busy: false, error: null };

/**
 * Searches a meeting as the delegate types, and follows indexing progress (`search:progress`) so results
 * fill in as documents finish indexing.
 */
export function useMeetingSearch(api: Api, meetingId: MeetingId, query: string): MeetingSearchState {
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER);
  const latest = useLatestRequest();
  const queryRef = useRef(query);
  queryRef.current = query;

  const status = useEventQuery<SearchStatus>(
    {
      invoke: () => api.invoke('search:status', { meetingId }),
      subscribe: ({ push }) =>
        api.on('search:progress', (s) => {
          if (s.meetingId !== meetingId) return;
          push(s);
          // A document just finished: ask again so its pages show up.
          if (!s.running && queryRef.current.trim()) run(queryRef.current);
        }),
    },
    [api, meetingId],
  );

  function run(q: string) {
    const isLatest = latest.begin();
    setAnswer((s) => ({ ...s, busy: true }));
    void api.invoke('search:query', { meetingId, query: q }).then((r) => {
      if (!isLatest()) return;
      if (r.ok) {
        status.replace(r.value.status);
        setAnswer({ hits: r.value.hits, answered: q, busy: false, error: null });
      } else setAnswer((s) => ({ ...s, busy: false, error: r.error }));
    });
  }

  useEffect(() => {
    if (!query.trim()) {
      latest.cancel();
      setAnswer((s) => ({ ...s, hits: [], answered: '', busy: false }));
      return;
    }
    const h = setTimeout(() => run(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, api, meetingId]);

  return { status: status.value, ...answer };
}
