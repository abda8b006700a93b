import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { Participant } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

/** The meeting's roster as the service sorts it (Vietnamese order by given name). */
export function useRoster(meetingId: MeetingId) {
  const api = useApi();
  const [people, setPeople] = useState<Participant[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const seq = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const r = await api.invoke('roster:list', { meetingId });
    if (mine !== seq.current) return;
    if (r.ok) {
      setPeople(r.value);
      setError(null);
    } else setError(r.error);
  }, [api, meetingId]);
  /** Mutations answer with the new sorted roster: take it directly. */
  const replace = useCallback((list: Participant[]) => {
    seq.current++;
    setPeople(list);
  }, []);
  useEffect(() => {
    void refresh();
    return api.on('meetings:changed', (p) => {
      if (p.meetingId === meetingId) void refresh();
    });
  }, [api, meetingId, refresh]);
  return { people, error, refresh, replace };
}
