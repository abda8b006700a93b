import { useCallback, useEffect, useState } from 'react';
import type { MinutesDraftView } from '../../../shared/ipc/slices/record';
import type { MeetingId } from '../../../shared/model/ids';
import type { AppError, Result } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

/** The minutes per section from this laptop's relay folder, once the meeting is closed; `reload` after each acknowledged edit. */
export function useMinutesDraft(meetingId: MeetingId, closed: boolean) {
  const api = useApi();
  const [draft, setDraft] = useState<MinutesDraftView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const apply = useCallback((r: Result<MinutesDraftView>) => {
    if (r.ok) {
      setDraft(r.value);
      setError(null);
    } else setError(r.error);
  }, []);
  const reload = useCallback(async () => apply(await api.invoke('record:minutes', { meetingId })), [api, meetingId, apply]);
  useEffect(() => {
    if (!closed) return;
    let live = true;
    void api.invoke('record:minutes', { meetingId }).then((r) => (live ? apply(r) : undefined));
    return () => {
      live = false;
    };
  }, [api, meetingId, closed, apply]);
  return { draft, error, reload };
}
