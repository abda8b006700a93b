import { useCallback, useEffect, useState } from 'react';
import type { MeetingSummary } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

export function useMeetings() {
  const api = useApi();
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const refresh = useCallback(async () => {
    const r = await api.invoke('meetings:list');
    if (r.ok) {
      setMeetings(r.value);
      setError(null);
    } else setError(r.error);
  }, [api]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { meetings, error, refresh };
}
