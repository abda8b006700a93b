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
): Promise<AppError | null> {
  const relayUrl = normalizeRelayUrl(relayInput);
  if (!relayUrl) {
    return {
      code: 'invalid_input',
      message: 'Địa chỉ máy chủ phòng họp không hợp lệ. Hãy nhập dạng http://192.168.1.10:4444.',
      detail: { field: 'relayUrl', en: 'Invalid meeting-room server address. Use the form http://192.168.1.10:4444.' },
    };
  }
  const r = await api.invoke('relay:login', { relayUrl, username, password });
  if (!r.ok) return r.error;
  relayUrlStore.set(relayUrl);
  tokens.set(r.value.token);
  return null;
}
