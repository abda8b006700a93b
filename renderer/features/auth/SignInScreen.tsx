import { useState, type FormEvent, type ReactNode } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/util/result';
import { appError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../app/i18n';
import { RelayAddressField } from '../connection/RelayAddressField';
import { RelayFinder } from '../connection/RelayFinder';
import { checkRelayAddress } from '../connection/relay-login';
import { relayUrlStore } from '../connection/relay-url';
import './signin.css';

type Props = {
  expired: boolean;
  onLogin(username: string, password: string): Promise<AppError | null>;
  /** Sign-in through the meeting-room relay at `relayUrl` (already normalised). */
  onRelayLogin?(relayUrl: string, username: string, password: string): Promise<AppError | null>;
  /** The services, to find relays on the LAN and check a typed address before signing in with it. */
  api?: Api;
  /** A question asked during sign-in (the relay certificate's dialog), shown over the screen while open. */
  dialog?: ReactNode;
};

export function SignInScreen({ expired, onLogin, onRelayLogin, api, dialog }: Props) {
  const { t, errorText } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [relayUrl, setRelayUrl] = useState(() => relayUrlStore.get());
  const [busy, setBusy] = useState(false);
  // Errors are kept as values and rendered at each render: they follow the language switch.
  const [error, setError] = useState<AppError | null>(null);
  const [relayError, setRelayError] = useState<AppError | null>(null);

  const changeRelay = (v: string) => {
    setRelayUrl(v);
    setRelayError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(appError('invalid_input', 'auth.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setRelayError(null);
    let relay: string | null = null;
    if (onRelayLogin && relayUrl.trim() && api) {
      const checked = await checkRelayAddress(api, relayUrl, relayUrlStore.get());
      if (!checked.ok) {
        setBusy(false);
        setRelayError(checked.error);
        return;
      }
      relay = checked.relayUrl;
    }
    if (onRelayLogin && !relay) relayUrlStore.set('');
    const failure = relay && onRelayLogin ? await onRelayLogin(relay, username.trim(), password) : await onLogin(username.trim(), password);
    setBusy(false);
    if (failure?.detail?.field === 'relayUrl') setRelayError(failure);
    else if (failure) setError(failure);
  };

  return (
    <div className="signin">
      <div className="signin__lang">
        <LanguageSwitch />
      </div>
      <main className="signin__card" aria-labelledby="signin-heading">
        <div className="signin__brand" aria-hidden="true">
          <span className="brand-mark">PH</span>
        </div>
        <p className="signin__app">{t('app.title')}</p>
        <h1 id="signin-heading" className="signin__heading">
          {t('auth.heading')}
        </h1>
        <p className="signin__subtitle">{t('auth.subtitle')}</p>
        {expired && !error ? <Alert tone="info">{t('auth.expired')}</Alert> : null}
        {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
        <form className="form" onSubmit={submit} noValidate>
          <Field label={t('auth.username')}>
            <input
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoFocus
            />
          </Field>
          <Field label={t('auth.password')}>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {onRelayLogin && api ? <RelayFinder api={api} selected={relayUrl} onPick={changeRelay} /> : null}
          {onRelayLogin ? <RelayAddressField value={relayUrl} onChange={changeRelay} error={relayError} /> : null}
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {busy ? t('auth.loggingIn') : t('auth.login')}
          </button>
        </form>
      </main>
      {dialog}
    </div>
  );
}
