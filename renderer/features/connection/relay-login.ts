import type { Api } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/util/result';
import { appError, fail } from '../../../shared/util/result';
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

/** Asks the person about a relay's certificate (the dialog): true = trust it. */
export type ConfirmCertificate = (p: CertificatePrompt) => boolean | Promise<boolean>;

/**
 * Runs a call that signs in at `relayUrl` (`relay:login`, `relay:change-address`). When the relay's certificate
 * is not (or no longer) the confirmed one, asks the person, who compares the code with what the secretariat
 * reads out; trusted → pins the certificate shown (`relay:confirm-certificate`) and runs the call once more.
 * Declined: a changed certificate keeps its warning; a first one is "not trusted" at the address field.
 */
export async function withConfirmedCertificate<T>(
  api: Api,
  relayUrl: string,
  attempt: () => Promise<Result<T>>,
  confirmCertificate: ConfirmCertificate,
): Promise<Result<T>> {
  const r = await attempt();
  const prompt = r.ok ? null : certificatePrompt(r.error, relayUrl);
  if (!prompt) return r;
  if (!(await confirmCertificate(prompt))) {
    return prompt.changed ? r : fail('forbidden', 'cert.notTrusted', { relay: relayUrl }, { field: 'relayUrl' });
  }
  const pinned = await api.invoke('relay:confirm-certificate', { relayUrl, fingerprint: prompt.fingerprint });
  if (!pinned.ok) return pinned;
  return attempt();
}

/**
 * Sign in through the meeting-room relay (`relay:login`), confirming its certificate with the person when
 * needed. On success the session token is stored like a local sign-in's, and the address is remembered on this
 * laptop; the caller then resumes the session.
 */
export async function signInThroughRelay(
  api: Api,
  relayInput: string,
  username: string,
  password: string,
  tokens: { set(token: string | null): void },
  confirmCertificate: ConfirmCertificate = () => false,
): Promise<AppError | null> {
  const relayUrl = normalizeRelayUrl(relayInput);
  if (!relayUrl) return appError('invalid_input', 'conn.relayInvalid', undefined, { field: 'relayUrl' });
  const r = await withConfirmedCertificate(
    api,
    relayUrl,
    () => api.invoke('relay:login', { relayUrl, username, password }),
    confirmCertificate,
  );
  if (!r.ok) return r.error;
  relayUrlStore.set(relayUrl);
  tokens.set(r.value.token);
  return null;
}
