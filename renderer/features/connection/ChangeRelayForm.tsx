import { useState, type FormEvent } from 'react';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { RelayAddressField } from './RelayAddressField';
import { checkRelayAddress, withConfirmedCertificate } from './relay-login';
import { relayUrlStore } from './relay-url';
import { useCertificatePrompt } from './useCertificatePrompt';

/**
 * The connection panel's "change server address": the address is checked (`discovery:probe`), then the
 * signed-in person moves there without signing out (`relay:change-address`). A password is asked for only
 * when the laptop holds none for this person (they worked on this computer only). An https relay's certificate
 * is confirmed with the person first (the same dialog as at sign-in).
 */
export function ChangeRelayForm({ current, onChanged, onCancel }: { current: string; onChanged(s: RelayStatus): void; onCancel(): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [address, setAddress] = useState(current);
  const [password, setPassword] = useState('');
  const [askPassword, setAskPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [addressError, setAddressError] = useState<AppError | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const certificate = useCertificatePrompt();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setAddressError(null);
    setError(null);
    const checked = await checkRelayAddress(api, address, '');
    if (!checked.ok) {
      setBusy(false);
      setAddressError(checked.error);
      return;
    }
    const relayUrl = checked.relayUrl;
    const change = () => api.invoke('relay:change-address', { relayUrl, ...(password ? { password } : {}) });
    const r = await withConfirmedCertificate(api, relayUrl, change, certificate.confirm);
    setBusy(false);
    if (r.ok) {
      relayUrlStore.set(checked.relayUrl);
      onChanged(r.value);
      return;
    }
    if (r.error.key === 'conn.changeNeedsPassword') setAskPassword(true);
    if (r.error.detail?.field === 'relayUrl') setAddressError(r.error);
    else setError(r.error);
  };

  return (
    <form className="conn-change" onSubmit={submit} noValidate data-testid="relay-change-form">
      <RelayAddressField
        value={address}
        onChange={(v) => {
          setAddress(v);
          setAddressError(null);
        }}
        error={addressError}
      />
      {askPassword ? (
        <label className="field">
          <span className="field__label">{t('conn.changePassword')}</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
      ) : null}
      {error ? (
        <p className="small relay-field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <div className="conn-change__actions">
        <button type="submit" className="btn btn--small btn--primary" disabled={busy} data-testid="relay-change-apply">
          {busy ? t('conn.changing') : t('conn.changeApply')}
        </button>
        <button type="button" className="btn btn--small btn--ghost" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {certificate.dialog}
    </form>
  );
}
