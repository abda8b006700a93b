import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';

export const BAD_RELAY_URL =
  'Địa chỉ máy chủ phòng họp không hợp lệ. Hãy nhập dạng http://192.168.1.10:4455 (giao thức http hoặc https, tên máy hoặc địa chỉ IP, và cổng).';

/**
 * The relay address as typed by a person: `http(s)://host:port`, nothing after the port. A missing scheme
 * means http (what people type from the address the secretariat reads out). Returns the canonical form
 * without a trailing slash.
 */
export function normalizeRelayUrl(input: unknown): Result<string> {
  if (typeof input !== 'string') return err('invalid_input', BAD_RELAY_URL, { field: 'relayUrl' });
  let s = input.trim();
  if (s === '' || s.length > 300) return err('invalid_input', BAD_RELAY_URL, { field: 'relayUrl' });
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `http://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return err('invalid_input', BAD_RELAY_URL, { field: 'relayUrl' });
  }
  const explicitPort = /^[a-z]+:\/\/(\[[^\]]*\]|[^/:?#@]*):(\d{1,5})\/?$/i.test(s);
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.hostname === '' ||
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== '' ||
    !explicitPort
  ) {
    return err('invalid_input', BAD_RELAY_URL, { field: 'relayUrl' });
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  if (Number(port) < 1 || Number(port) > 65535) return err('invalid_input', BAD_RELAY_URL, { field: 'relayUrl' });
  return ok(`${url.protocol}//${url.hostname}:${port}`);
}
