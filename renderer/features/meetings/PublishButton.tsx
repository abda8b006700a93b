import { useState } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';

export function PublishButton({ meetingId, onPublished }: { meetingId: MeetingId; onPublished(): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  const publish = async () => {
    const m = await run(() => api.invoke('meetings:publish', { meetingId }));
    setAsking(false);
    if (m) onPublished();
  };
  return (
    <>
      <button type="button" className="btn btn--primary" onClick={() => setAsking(true)}>
        {t('publish.button')}
      </button>
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('publish.title')}
          confirmLabel={busy ? t('publish.publishing') : t('publish.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={publish}
          onCancel={() => setAsking(false)}
        >
          <p>{t('publish.warning')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
