import { useCallback, useEffect, useState } from 'react';
import type { MinutesDraftView } from '../../../shared/ipc/slices/record';
import type { MeetingId } from '../../../shared/model/ids';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

/** The minutes per section from this laptop's relay folder; `reload` after each acknowledged edit. */
export function useMinutesDraft(meetingId: MeetingId, closed: boolean) {
  const api = useApi();
  const [draft, setDraft] = useState<MinutesDraftView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const reload = useCallback(async () => {
    const r = await api.invoke('record:minutes', { meetingId });
    if (r.ok) {
      setDraft(r.value);
      setError(null);
    } else setError(r.error);
  }, [api, meetingId]);
  useEffect(() => {
    if (closed) void reload();
  }, [reload, closed]);
  return { draft, error, reload };
}
