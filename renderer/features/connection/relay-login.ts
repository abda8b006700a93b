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
 * What the certificate dialog shows: the relay's address, the code (and full fingerprint) of the certificate it
 * presents, and, when a confirmed certificate changed, the code confirmed before.
 */
export type CertificatePrompt = { relayUrl: string; code: string; fingerprint: string; changed: boolean; previousCode: string | null };

/**
 * A `relay:login` refusal that asks the person about the relay's certificate: first sign-in
 * (`error.sync.certificateUnconfirmed`), or a pinned relay presenting another certificate
 * (`error.sync.certificateChanged` with `detail.changed`: the warning case). Anything else: null.
 */
export function certificatePrompt(e: AppError, relayUrl: string): CertificatePrompt | null {
  const d = e.detail;
  if (typeof d?.fingerprint !== 'string' || typeof d.code !== 'string') return null;
  const base = { relayUrl, code: d.code, fingerprint: d.fingerprint };
  if (e.key === 'error.sync.certificateUnconfirmed') return { ...base, changed: false, previousCode: null };
  if (e.key === 'error.sync.certificateChanged' && d.changed === true) {
    return { ...base, changed: true, previousCode: typeof d.previousCode === 'string' ? d.previousCode : null };
  }
  return null;
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
   * The relay's certificate is not (or no longer) the confirmed one: asks the person, who compares the code with
   * what the secretariat reads out; true pins it (`relay:confirm-certificate`) and signs in again.
   */
  confirmCertificate: (p: CertificatePrompt) => boolean | Promise<boolean> = () => false,
): Promise<AppError | null> {
  const relayUrl = normalizeRelayUrl(relayInput);
  if (!relayUrl) return appError('invalid_input', 'conn.relayInvalid', undefined, { field: 'relayUrl' });
  let r = await api.invoke('relay:login', { relayUrl, username, password });
  const prompt = r.ok ? null : certificatePrompt(r.error, relayUrl);
  if (!r.ok && prompt) {
    if (!(await confirmCertificate(prompt))) {
      // Declined: a changed certificate keeps its warning; a first one was simply not trusted.
      return prompt.changed ? r.error : appError('forbidden', 'cert.notTrusted', { relay: relayUrl }, { field: 'relayUrl' });
    }
    const pinned = await api.invoke('relay:confirm-certificate', { relayUrl, fingerprint: prompt.fingerprint });
    if (!pinned.ok) return pinned.error;
    r = await api.invoke('relay:login', { relayUrl, username, password });
  }
  if (!r.ok) return r.error;
  relayUrlStore.set(relayUrl);
  tokens.set(r.value.token);
  return null;
}
