import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import type { PasswordRequest } from '../pdf/load';
import { Icon } from '../../../components/Icon';

/** Asks for a protected document's password inside the viewer (never a blocking browser prompt). */
export function PasswordPrompt({ request, onClose }: { request: PasswordRequest; onClose(): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setBusy(false);
    setValue('');
    input.current?.focus();
  }, [request]);
  return (
    <form
      className="pv-panel pv-password"
      role="dialog"
      aria-labelledby="pv-password-title"
      data-testid="viewer-password"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value) return;
        setBusy(true);
        request.submit(value);
      }}
    >
      <h2 id="pv-password-title" className="pv-panel__title">
        <Icon name="lock" /> {t('viewer.password.title')}
      </h2>
      <p>{t('viewer.password.prompt')}</p>
      {request.incorrect ? (
        <p className="pv-panel__error" role="alert">
          {t('viewer.password.wrong')}
        </p>
      ) : null}
      <label className="pv-field">
        <span>{t('viewer.password.label')}</span>
        <input ref={input} type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} disabled={busy} />
      </label>
      <div className="pv-panel__actions">
        <button type="submit" className="btn btn--primary" disabled={busy || !value}>
          {t('viewer.password.open')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            request.cancel();
            onClose();
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
