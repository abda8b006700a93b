import { useState } from 'react';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { formatTime } from '../live/labels';

/**
 * Chair and secretariat: a code for the big screen's laptop (`projector:issue`), read out or typed there at
 * `#/screen`; the screen then sees only the public course of the meeting, without anyone's sign-in.
 */
export function ProjectorCodeButton() {
  const api = useApi();
  const { t, errorText, locale } = useI18n();
  const [issued, setIssued] = useState<{ code: string; expiresMs: number } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const issue = async () => {
    setBusy(true);
    setError(null);
    const r = await api.invoke('projector:issue');
    setBusy(false);
    if (r.ok) setIssued(r.value);
    else setError(r.error);
  };

  return (
    <span className="projector-code">
      <button type="button" className="btn" onClick={() => void issue()} disabled={busy} data-testid="issue-projector-code">
        {t('projector.code.issue')}
      </button>
      {issued ? (
        <span className="projector-code__value" role="status" data-testid="projector-code">
          {t('projector.code.shown', { code: issued.code, time: formatTime(issued.expiresMs, locale) })}
        </span>
      ) : null}
      {error ? (
        <span className="projector-code__error" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </span>
  );
}
