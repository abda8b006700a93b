import { useEffect, useRef, useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { useI18n } from '../../app/i18n';
import { announcements, type Announcement } from './announce';

/**
 * A polite live region, present from the first render of the live screen (a region inserted together with
 * its text is not read), that says "Mời bạn phát biểu", a vote opened, a vote closed.
 */
export function LiveAnnouncer({ view }: { view: MeetingLiveView }) {
  const { t } = useI18n();
  const prev = useRef<MeetingLiveView | null>(null);
  const [said, setSaid] = useState<Announcement[]>([]);
  useEffect(() => {
    const next = announcements(prev.current, view);
    prev.current = view;
    if (next.length > 0) setSaid(next);
  }, [view]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {said.map((a) => t(a.key, a.params)).join(' ')}
    </div>
  );
}
