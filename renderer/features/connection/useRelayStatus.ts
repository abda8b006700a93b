import type { RelayStatus } from '../../../shared/ipc/slices/live';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

/** The laptop's connection to the meeting-room relay: the initial `relay:status`, then every pushed change. */
export function useRelayStatus(): { status: RelayStatus | null; replace(s: RelayStatus): void } {
  const api = useApi();
  const q = useEventQuery<RelayStatus>(
    {
      invoke: () => api.invoke('relay:status'),
      // relay:replaced: someone else took this laptop's relay link over; the status says whose it is now.
      subscribe: ({ push, reload }) => {
        const offs = [api.on('relay:status', push), api.on('relay:replaced', () => reload())];
        return () => offs.forEach((off) => off());
      },
      // A pushed status is never older than the first answer: the answer only fills in when nothing came yet.
      merge: (prev, next, from) => (from === 'answer' ? (prev ?? next) : next),
    },
    [api],
  );
  return { status: q.value, replace: q.replace };
}
