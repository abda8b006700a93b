import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { ChangeRelayForm } from './ChangeRelayForm';
import { connectionBadge, downloadSummary, formatBytes } from './connection-view';
import { useRelayStatus } from './useRelayStatus';
import './connection.css';
import './relay-finder.css';

/** Always visible in the header: the connection to the meeting-room relay; a click shows details and "reconnect now". */
export function ConnectionBadge() {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { status, replace } = useRelayStatus();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const badge = connectionBadge(status);
  const label = t(badge.key);
  const download = downloadSummary(status?.download ?? null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const reconnect = async () => {
    setBusy(true);
    const r = await api.invoke('relay:reconnect');
    setBusy(false);
    if (r.ok) replace(r.value);
  };

  return (
    <div className="conn" ref={root}>
      <button
        type="button"
        className={`conn-badge conn-badge--${badge.tone}`}
        aria-expanded={open}
        aria-label={t('conn.badgeLabel', { state: label })}
        onClick={() => setOpen((o) => !o)}
        data-testid="connection-badge"
        data-state={status?.state ?? 'not_configured'}
      >
        <span className="conn-badge__dot" aria-hidden="true" />
        <span role="status" aria-live="polite">
          {label}
        </span>
        {badge.hosting && status?.state !== 'not_configured' ? <span className="conn-badge__host">· {t('conn.hostingSuffix')}</span> : null}
      </button>
      {open ? (
        <div className="conn-pop" role="dialog" aria-label={t('conn.detailsTitle')}>
          <h2 className="conn-pop__title">{t('conn.detailsTitle')}</h2>
          <p className="conn-pop__state">{label}</p>
          {status?.relayUrl ? (
            <p className="small">{t('conn.address', { url: status.relayUrl })}</p>
          ) : (
            <p className="small muted">{t('conn.noRelay')}</p>
          )}
          {status?.hosting ? (
            <p className="small">
              {t('host.addressForDelegates')}: <strong className="mono">{status.hosting.url}</strong>
            </p>
          ) : null}
          {download ? (
            <p className="small" data-testid="connection-download">
              {t('download.overall', {
                done: download.documentsDone,
                total: download.documentsTotal,
                received: formatBytes(download.receivedBytes),
                size: formatBytes(download.totalBytes),
              })}
            </p>
          ) : null}
          {status?.linkOwner === 'other' ? (
            <p className="small conn-pop__message" data-testid="connection-replaced">
              {t('sync.replaced')}
            </p>
          ) : status?.message ? (
            <p className="small conn-pop__message">{errorText(status.message)}</p>
          ) : null}
          {status && status.linkOwner !== 'other' && status.state !== 'not_configured' && status.state !== 'online' ? (
            <button type="button" className="btn btn--small btn--primary" disabled={busy} onClick={() => void reconnect()}>
              {t('conn.reconnect')}
            </button>
          ) : null}
          {status && !status.hosting ? (
            changing ? (
              <ChangeRelayForm
                current={status.relayUrl ?? ''}
                onCancel={() => setChanging(false)}
                onChanged={(s) => {
                  replace(s);
                  setChanging(false);
                }}
              />
            ) : (
              <button type="button" className="btn btn--small btn--ghost" onClick={() => setChanging(true)} data-testid="relay-change-open">
                {t('conn.changeAddress')}
              </button>
            )
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
