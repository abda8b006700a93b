import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingDetail } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

/**
 * One meeting as the caller may see it, reloaded after every change notice. A sequence number drops
 * answers that arrive after a newer request, so a slow reload never overwrites fresher data.
 */
export function useMeetingDetail(meetingId: MeetingId) {
  const api = useApi();
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const seq = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const r = await api.invoke('meetings:get', { meetingId });
    if (mine !== seq.current) return;
    if (r.ok) {
      setDetail(r.value);
      setError(null);
    } else setError(r.error);
  }, [api, meetingId]);
  useEffect(() => {
    void refresh();
    const off = api.on('meetings:changed', (p) => {
      if (p.meetingId === meetingId) void refresh();
    });
    return () => {
      // an answer arriving after unmount (or a meeting switch) is dropped too
      seq.current++;
      off();
    };
  }, [api, meetingId, refresh]);
  return { detail, error, refresh };
}
