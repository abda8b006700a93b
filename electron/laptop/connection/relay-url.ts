import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';

const badRelayUrl = () => fail('invalid_input', 'error.sync.badRelayUrl', undefined, { field: 'relayUrl' });

/**
 * The relay address as typed by a person: `http(s)://host:port`, nothing after the port. A missing scheme
 * means https: relays serve HTTPS unless started for loopback development with --insecure-http. Returns the canonical form
 * without a trailing slash.
 */
export function normalizeRelayUrl(input: unknown): Result<string> {
  if (typeof input !== 'string') return badRelayUrl();
  let s = input.trim();
  if (s === '' || s.length > 300) return badRelayUrl();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `https://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return badRelayUrl();
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
    return badRelayUrl();
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  if (Number(port) < 1 || Number(port) > 65535) return badRelayUrl();
  return ok(`${url.protocol}//${url.hostname}:${port}`);
}
