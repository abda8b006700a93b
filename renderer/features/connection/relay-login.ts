import type { Api } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/util/result';
import { appError } from '../../../shared/util/result';
import { normalizeRelayUrl, relayUrlStore } from './relay-url';

export type RelayCheck = { ok: true; relayUrl: string } | { ok: false; error: AppError };

/**
 * A typed relay address, checked before anyone signs in with it (`discovery:probe`): invalid, unreachable,
 * not a relay, or no meeting published — each its own error, shown at the field. An unreachable address this
 * laptop signed in with before still goes through: `relay:login` then falls back to the local copy.
 */
export async function checkRelayAddress(api: Api, input: string, remembered: string): Promise<RelayCheck> {
  const relayUrl = normalizeRelayUrl(input);
  if (!relayUrl) return { ok: false, error: appError('invalid_input', 'conn.relayInvalid', undefined, { field: 'relayUrl' }) };
  const probe = await api.invoke('discovery:probe', { relayUrl });
  if (probe.ok) return { ok: true, relayUrl: probe.value.relayUrl };
  if (probe.error.code === 'offline' && relayUrl === remembered) return { ok: true, relayUrl };
  // An https relay's self-signed certificate fails the probe's TLS check: relay:login confirms it with the person.
  if (probe.error.code === 'offline' && relayUrl.startsWith('https:')) return { ok: true, relayUrl };
  return { ok: false, error: probe.error };
}

/**
 * Sign in through the meeting-room relay (`relay:login`). On success the session token is stored like a
 * local sign-in's, and the address is remembered on this laptop; the caller then resumes the session.
 */
export async function signInThroughRelay(
  api: Api,
  relayInput: string,
  username: string,
  password: string,
  tokens: { set(token: string | null): void },
  /**
   * First sign-in to an https relay: asks the user whether the confirmation code (in the error's text) matches
   * the relay's screen; true pins the certificate (`relay:confirm-certificate`) and signs in.
   */
  confirmCertificate: (e: AppError) => boolean | Promise<boolean> = () => false,
): Promise<AppError | null> {
  const relayUrl = normalizeRelayUrl(relayInput);
  if (!relayUrl) return appError('invalid_input', 'conn.relayInvalid', undefined, { field: 'relayUrl' });
  let r = await api.invoke('relay:login', { relayUrl, username, password });
  if (!r.ok && r.error.key === 'error.sync.certificateUnconfirmed' && typeof r.error.detail?.fingerprint === 'string') {
    if (!(await confirmCertificate(r.error))) return r.error;
    const pinned = await api.invoke('relay:confirm-certificate', { relayUrl, fingerprint: r.error.detail.fingerprint });
    if (!pinned.ok) return pinned.error;
    r = await api.invoke('relay:login', { relayUrl, username, password });
  }
  if (!r.ok) return r.error;
  relayUrlStore.set(relayUrl);
  tokens.set(r.value.token);
  return null;
}
