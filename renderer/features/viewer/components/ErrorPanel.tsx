import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n';
import type { ViewerError } from '../pdf/errors';

/** Why a document can't be shown, in the reader's language, with a way forward. */
export function ErrorPanel({
  error,
  onRetry,
  onClose,
  children,
}: {
  error: ViewerError;
  onRetry(): void;
  onClose(): void;
  children?: ReactNode;
}) {
  const { t, errorText } = useI18n();
  return (
    <div className="pv-panel pv-error" role="alert" data-testid="viewer-error" data-error-code={error.code}>
      <h2 className="pv-panel__title">{t('viewer.errorTitle')}</h2>
      <p>{error.cause ? errorText(error.cause) : t(error.key)}</p>
      {error.detail ? (
        <details>
          <summary>{t('viewer.errorDetail')}</summary>
          <code>{error.detail}</code>
        </details>
      ) : null}
      {children}
      <div className="pv-panel__actions">
        <button type="button" className="btn btn--primary" onClick={onRetry}>
          {t('viewer.retry')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('viewer.close')}
        </button>
      </div>
    </div>
  );
}
