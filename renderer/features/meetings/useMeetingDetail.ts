import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingDetail } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

/** One meeting as the caller may see it, reloaded after every change notice; stale answers are dropped. */
export function useMeetingDetail(meetingId: MeetingId) {
  const api = useApi();
  const q = useEventQuery<MeetingDetail>(
    {
      invoke: () => api.invoke('meetings:get', { meetingId }),
      subscribe: ({ reload }) =>
        api.on('meetings:changed', (p) => {
          if (p.meetingId === meetingId) reload();
        }),
    },
    [api, meetingId],
  );
  return { detail: q.value, error: q.error, refresh: q.refresh };
}
