import type { Api } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/util/result';
import { normalizeRelayUrl, relayUrlStore } from './relay-url';

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
  if (!relayUrl) {
    return {
      code: 'invalid_input',
      message: 'Địa chỉ máy chủ phòng họp không hợp lệ. Hãy nhập dạng http://192.168.1.10:4444.',
      detail: { field: 'relayUrl', en: 'Invalid meeting-room server address. Use the form http://192.168.1.10:4444.' },
    };
  }
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
