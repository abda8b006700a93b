import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../app/api-context';
import { useAction } from '../../app/useAction';
import { useI18n } from '../../app/i18n';

/**
 * Secretariat: recall the confidential documents now (`relay:recall`), before or without closing the meeting.
 * The relay then withholds them and laptops delete their copies at their next connection (RecallPanel follows).
 */
export function RecallButton() {
  const { t, errorText } = useI18n();
  const api = useApi();
  const action = useAction();
  const [asking, setAsking] = useState(false);
  return (
    <div className="recall-action">
      <button type="button" className="btn btn--danger" onClick={() => setAsking(true)} data-testid="recall-now">
        {t('recall.action.button')}
      </button>
      {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('recall.action.confirmTitle')}
          confirmLabel={t('recall.action.button')}
          cancelLabel={t('common.cancel')}
          danger
          busy={action.busy}
          onCancel={() => setAsking(false)}
          onConfirm={() => void action.run(() => api.invoke('relay:recall')).then(() => setAsking(false))}
        >
          <p>{t('recall.action.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
