import type { MeetingId } from '../../../shared/model/ids';
import type { Participant } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

/** The meeting's roster as the service sorts it (Vietnamese order by given name). */
export function useRoster(meetingId: MeetingId) {
  const api = useApi();
  const q = useEventQuery<Participant[]>(
    {
      invoke: () => api.invoke('roster:list', { meetingId }),
      subscribe: ({ reload }) =>
        api.on('meetings:changed', (p) => {
          if (p.meetingId === meetingId) reload();
        }),
    },
    [api, meetingId],
  );
  /** Mutations answer with the new sorted roster: `replace` takes it directly. */
  return { people: q.value, error: q.error, refresh: q.refresh, replace: q.replace };
}
