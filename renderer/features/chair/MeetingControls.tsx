import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../app/i18n';
import { formatTime, phaseKey } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { Card } from '../../components/Card';

/** Open / close the meeting (chair). */
export function MeetingControls({ view }: { view: MeetingLiveView }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  const [confirmClose, setConfirmClose] = useState(false);
  return (
    <Card
      headingId="meeting-controls-heading"
      testId="meeting-controls"
      title={
        <>
          {t(phaseKey(view.phase))}
          {view.phase === 'open' && view.openedAt ? <span className="small muted"> · {formatTime(view.openedAt, locale)}</span> : null}
        </>
      }
    >
      {view.phase === 'not_started' ? (
        <button
          type="button"
          className="btn btn--primary btn--block btn--big"
          disabled={cmd.busy}
          onClick={() => void cmd.send({ type: 'meeting:open' })}
        >
          {t('chair.openMeeting')}
        </button>
      ) : view.phase === 'open' ? (
        <button type="button" className="btn btn--danger-ghost btn--block" disabled={cmd.busy} onClick={() => setConfirmClose(true)}>
          {t('chair.closeMeeting')}
        </button>
      ) : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      {confirmClose ? (
        <ConfirmDialog
          title={t('chair.closeMeeting')}
          confirmLabel={t('chair.closeMeeting')}
          cancelLabel={t('common.cancel')}
          danger
          busy={cmd.busy}
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => void cmd.send({ type: 'meeting:close' }).then(() => setConfirmClose(false))}
        >
          <p>{t('chair.closeMeetingConfirm')}</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
