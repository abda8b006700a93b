import type { MeetingSummary } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

/** The meetings this user sees; `refresh` after a change. */
export function useMeetings() {
  const api = useApi();
  const q = useEventQuery<MeetingSummary[]>({ invoke: () => api.invoke('meetings:list') }, [api]);
  return { meetings: q.value, error: q.error, refresh: q.refresh };
}
