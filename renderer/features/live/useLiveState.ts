import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { UserId } from '../../../shared/model/ids';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';
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

type Published = { view: MeetingLiveView | null; online: UserId[] };
type Held = Published & { offsetMs: number };

/** Keeps the newest view (answers and pushes may cross); presence is always taken. */
function accept(prev: Held | null, p: Published): Held {
  const receivedAt = Date.now();
  if (prev?.view && p.view && !isNewerView(prev.view, p.view)) return { ...prev, online: p.online };
  return { view: p.view, online: p.online, offsetMs: p.view ? clockOffsetMs(p.view.serverNow, receivedAt) : (prev?.offsetMs ?? 0) };
}

/** The relay-published live state as this user may see it: the initial `live:state`, then every pushed event. */
export function useLiveState(): LiveSnapshot {
  const api = useApi();
  const q = useEventQuery<Held, Published>(
    { invoke: () => api.invoke('live:state'), subscribe: ({ push }) => api.on('live:state', push), merge: accept },
    [api],
  );
  return { view: q.value?.view ?? null, online: q.value?.online ?? [], offsetMs: q.value?.offsetMs ?? 0, loaded: q.loaded, error: q.error };
}
