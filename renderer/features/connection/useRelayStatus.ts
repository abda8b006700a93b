import type { RelayStatus } from '../../../shared/ipc/slices/live';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

/** The laptop's connection to the meeting-room relay: the initial `relay:status`, then every pushed change. */
export function useRelayStatus(): { status: RelayStatus | null; replace(s: RelayStatus): void } {
  const api = useApi();
  const q = useEventQuery<RelayStatus>(
    {
      invoke: () => api.invoke('relay:status'),
      subscribe: ({ push }) => api.on('relay:status', push),
      // A pushed status is never older than the first answer: the answer only fills in when nothing came yet.
      merge: (prev, next, from) => (from === 'answer' ? (prev ?? next) : next),
    },
    [api],
  );
  return { status: q.value, replace: q.replace };
}
