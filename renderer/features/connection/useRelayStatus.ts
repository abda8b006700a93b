import { useCallback, useEffect, useState } from 'react';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import { useApi } from '../../app/api-context';

/** The laptop's connection to the meeting-room relay: the initial `relay:status`, then every pushed change. */
export function useRelayStatus(): { status: RelayStatus | null; replace(s: RelayStatus): void } {
  const api = useApi();
  const [status, setStatus] = useState<RelayStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('relay:status', (s) => {
      if (live) setStatus(s);
    });
    void api.invoke('relay:status').then((r) => {
      if (live && r.ok) setStatus((prev) => prev ?? r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const replace = useCallback((s: RelayStatus) => setStatus(s), []);
  return { status, replace };
}
