import { useState, type FormEvent } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { DEFAULT_HOST_PORT, parsePort } from './port';
import { useRelayStatus } from './useRelayStatus';
import './connection.css';

/** Secretariat: run the meeting-room relay inside this app and show the address delegates must enter. */
export function HostingPanel({ meetingId, published }: { meetingId: MeetingId; published: boolean }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { status, replace } = useRelayStatus();
  const action = useAction();
  const [port, setPort] = useState(String(DEFAULT_HOST_PORT));
  const [formOpen, setFormOpen] = useState(false);
  const [portError, setPortError] = useState<string | null>(null);
  const hosting = status?.hosting ?? null;

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const p = parsePort(port);
    if (p === null) {
      setPortError(t('host.portInvalid'));
      return;
    }
    setPortError(null);
    const r = await action.run(() => api.invoke('relay:host', { meetingId, port: p }));
    if (r) {
      replace(r.value);
      setFormOpen(false);
    }
  };
  const stop = async () => {
    const r = await action.run(() => api.invoke('relay:stop-hosting'));
    if (r) replace(r.value);
  };

  if (hosting && hosting.meetingId === meetingId) {
    return (
      <section className="host-panel host-panel--on" aria-labelledby="host-heading" data-testid="hosting-panel">
        <h2 id="host-heading" className="host-panel__title">
          {t('host.active')}
        </h2>
        <p className="host-panel__label">{t('host.addressForDelegates')}</p>
        <p className="host-panel__url mono" data-testid="hosting-url">
          {hosting.url}
        </p>
        <p className="host-panel__cert" title={t('host.certCodeHint')}>
          <span className="host-panel__label">{t('host.certCode')}:</span>{' '}
          <strong className="host-panel__code mono" data-testid="hosting-cert-code">
            {hosting.certificate.code}
          </strong>
        </p>
        {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
        <button type="button" className="btn btn--small btn--danger-ghost" disabled={action.busy} onClick={() => void stop()}>
          {t('host.stop')}
        </button>
      </section>
    );
  }
  if (hosting) return <p className="small muted">{t('host.otherMeeting')}</p>;
  if (!published) return null;
  if (!formOpen) {
    return (
      <button type="button" className="btn" onClick={() => setFormOpen(true)} data-testid="hosting-open">
        {t('host.button')}
      </button>
    );
  }
  return (
    <section className="host-panel" aria-labelledby="host-heading">
      <h2 id="host-heading" className="host-panel__title">
        {t('host.title')}
      </h2>
      <p className="small">{t('host.explain')}</p>
      <form className="host-panel__form" onSubmit={start} noValidate>
        <label className="field field--inline">
          <span className="field__label">{t('host.port')}</span>
          <input
            className="num-input"
            inputMode="numeric"
            value={port}
            onChange={(e) => setPort(e.target.value)}
            aria-invalid={portError !== null}
          />
        </label>
        <button type="submit" className="btn btn--primary" disabled={action.busy}>
          {action.busy ? t('host.starting') : t('host.start')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => setFormOpen(false)} disabled={action.busy}>
          {t('common.cancel')}
        </button>
      </form>
      {portError ? <Alert tone="error">{portError}</Alert> : null}
      {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
    </section>
  );
}
