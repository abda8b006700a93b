import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/util/result';
import { useI18n } from '../../app/i18n';
import { RelayAddressField } from '../connection/RelayAddressField';
import { withConfirmedCertificate } from '../connection/relay-login';
import { normalizeRelayUrl, relayUrlStore } from '../connection/relay-url';
import { useCertificatePrompt } from '../connection/useCertificatePrompt';
import { ProjectorBoard } from './ProjectorBoard';
import { useProjectorState } from './useProjectorState';
import './projector-join.css';

/**
 * `#/screen` on the projector's laptop: nobody signs in. The relay's address and the code the chair or the
 * secretariat read out; then the big screen shows the public live view (and reconnects by itself).
 */
export function ProjectorJoin({ api }: { api: Api }) {
  const { t, errorText } = useI18n();
  const id = useId();
  const state = useProjectorState(api);
  const certificate = useCertificatePrompt();
  const [address, setAddress] = useState(() => relayUrlStore.get());
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [addressError, setAddressError] = useState<AppError | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // Leaving the screen's route ends the projector link.
  useEffect(() => () => void api.invoke('projector:disconnect'), [api]);

  if (state && state.state !== 'idle' && state.state !== 'refused' && state.view) {
    return (
      <ProjectorBoard
        view={state.view}
        offsetMs={state.offsetMs}
        title={state.meeting?.meeting.title ?? ''}
        agenda={state.meeting?.agenda ?? []}
        exit={{ href: '#/', label: t('projector.join.leave') }}
      />
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAddressError(null);
    setError(null);
    const relayUrl = normalizeRelayUrl(address);
    if (!relayUrl) {
      setAddressError({ code: 'invalid_input', key: 'error.sync.badRelayUrl', message: t('error.sync.badRelayUrl') });
      return;
    }
    setBusy(true);
    const r = await withConfirmedCertificate(api, relayUrl, () => api.invoke('projector:connect', { relayUrl, code }), certificate.confirm);
    setBusy(false);
    if (r.ok) return;
    if (r.error.detail?.field === 'relayUrl' || r.error.code === 'offline') setAddressError(r.error);
    else setError(r.error);
  };

  return (
    <main className="projector-join" data-testid="projector-join">
      <form className="projector-join__card" onSubmit={submit} noValidate>
        <h1>{t('projector.join.title')}</h1>
        <p className="small">{t('projector.join.intro')}</p>
        <RelayAddressField value={address} onChange={setAddress} error={addressError} required />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-code`}>
            {t('projector.join.code')}
          </label>
          <input
            id={`${id}-code`}
            className="projector-join__code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABCDE-FGHJK"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="projector-code-input"
          />
        </div>
        {error || state?.error ? (
          <p className="projector-join__error" role="alert" data-testid="projector-join-error">
            {errorText((error ?? state?.error)!)}
          </p>
        ) : null}
        <div className="projector-join__actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t('projector.join.connecting') : t('projector.join.submit')}
          </button>
          <a href="#/">{t('projector.join.back')}</a>
        </div>
      </form>
      {certificate.dialog}
    </main>
  );
}
