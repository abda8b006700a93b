import { useEffect, useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { UserId } from '../../../shared/model/ids';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { clockOffsetMs } from './clock';
import { isNewerView } from './view-order';

export type LiveSnapshot = {
  view: MeetingLiveView | null;
  online: UserId[];
  /** Client clock minus relay clock when the view arrived (see clock.ts). */
  offsetMs: number;
  loaded: boolean;
  error: AppError | null;
};

const EMPTY: LiveSnapshot = { view: null, online: [], offsetMs: 0, loaded: false, error: null };

/** The relay-published live state as this user may see it: the initial `live:state`, then every pushed event. */
export function useLiveState(): LiveSnapshot {
  const api = useApi();
  const [snap, setSnap] = useState<LiveSnapshot>(EMPTY);
  useEffect(() => {
    let live = true;
    const accept = (p: { view: MeetingLiveView | null; online: UserId[] }) => {
      const receivedAt = Date.now();
      setSnap((prev) => {
        if (prev.view && p.view && !isNewerView(prev.view, p.view)) return { ...prev, online: p.online, loaded: true };
        return {
          view: p.view,
          online: p.online,
          offsetMs: p.view ? clockOffsetMs(p.view.serverNow, receivedAt) : prev.offsetMs,
          loaded: true,
          error: null,
        };
      });
    };
    // Subscribe first so a push between the call and its answer is not lost.
    const off = api.on('live:state', (p) => {
      if (live) accept(p);
    });
    void api.invoke('live:state').then((r) => {
      if (!live) return;
      if (r.ok) accept(r.value);
      else setSnap((prev) => ({ ...prev, loaded: true, error: r.error }));
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return snap;
}
