import type { SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';
import { SearchIndexProgress } from './SearchIndexProgress';
import './search.css';

/**
 * Indexing progress of a meeting's documents for the delegate's meeting screen, before any search: asks
 * `search:status` (which also queues whatever is not indexed yet) and follows `search:progress`. Shows
 * nothing once everything is indexed.
 */
export function MeetingIndexProgress({ meetingId }: { meetingId: MeetingId }) {
  const api = useApi();
  const status = useEventQuery<SearchStatus>(
    {
      invoke: () => api.invoke('search:status', { meetingId }),
      subscribe: ({ push }) =>
        api.on('search:progress', (s) => {
          if (s.meetingId === meetingId) push(s);
        }),
    },
    [api, meetingId],
  );
  return <SearchIndexProgress status={status.value} />;
}
