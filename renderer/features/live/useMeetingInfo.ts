import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingDetail } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';

/** The meeting (agenda, documents this user may see, role) for the live screens; reloaded on change notices. */
export function useMeetingInfo(meetingId: MeetingId): { detail: MeetingDetail | null; error: AppError | null } {
  const api = useApi();
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const seq = useRef(0);
  const load = useCallback(async () => {
    const mine = ++seq.current;
    const r = await api.invoke('meetings:get', { meetingId });
    if (mine !== seq.current) return;
    if (r.ok) {
      setDetail(r.value);
      setError(null);
    } else setError(r.error);
  }, [api, meetingId]);
  useEffect(() => {
    void load();
    const off = api.on('meetings:changed', (p) => {
      if (p.meetingId === meetingId) void load();
    });
    return () => {
      seq.current++;
      off();
    };
  }, [api, meetingId, load]);
  return { detail, error };
}
