import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { attendanceKey, formatTime } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { canCheckIn } from './attendance-view';
import { Card } from '../../components/Card';
import './attendance.css';

/** "Điểm danh": a member checks in from the laptop; the state shown is the relay's, after its commit. */
export function CheckInCard({ view }: { view: MeetingLiveView }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  // Delegates get counts, not the member list: the time of their own check-in comes from the relay's ack.
  const [ackAt, setAckAt] = useState<number | null>(null);
  const me = view.me;
  if (!me.isMember) return null;
  const checkedInAt = view.attendance.members?.find((m) => m.userId === me.userId)?.checkedInAt ?? ackAt;
  return (
    <Card title={t('att.title')} headingId="checkin-heading" testId="checkin">
      {me.attendance === 'present' ? (
        <p className="checkin__done" role="status" data-testid="checkin-done">
          <span aria-hidden="true">✓</span>{' '}
          {checkedInAt ? t('att.checkedInAt', { time: formatTime(checkedInAt, locale) }) : t('att.checkedIn')}
        </p>
      ) : view.phase === 'closed' ? (
        <p className="muted">{t('att.closed')}</p>
      ) : view.phase !== 'open' ? (
        <p className="muted">{t('att.waitOpen')}</p>
      ) : (
        <>
          {me.attendance && me.attendance !== 'not_checked_in' ? <p className="small muted">{t(attendanceKey(me.attendance))}</p> : null}
          <button
            type="button"
            className="btn btn--primary btn--block btn--big"
            disabled={cmd.busy || !canCheckIn(view)}
            onClick={() => void cmd.send({ type: 'attendance:check-in' }).then((ack) => ack && setAckAt(ack.at))}
          >
            {cmd.busy ? t('att.checkingIn') : t('att.checkIn')}
          </button>
        </>
      )}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </Card>
  );
}
