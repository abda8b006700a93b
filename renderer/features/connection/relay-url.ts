/**
 * The meeting-room relay address as typed by a person: "192.168.1.10:4455", "http://phonghop.local:4455/",
 * " HTTP://10.0.0.5:4455 ". Normalised to "https://host:port" when no scheme is typed (relays serve HTTPS), no path; null when it is
 * not an address.
 */
export function normalizeRelayUrl(input: string): string | null {
  const raw = input.trim();
  if (raw === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (url.search || url.hash) return null;
  return `${url.protocol}//${url.host}`;
}

const RELAY_URL_KEY = 'phg.relayUrl';

/** The last relay address used on this laptop (localStorage: it is not a secret and should survive restarts). */
export const relayUrlStore = {
  get(): string {
    try {
      return localStorage.getItem(RELAY_URL_KEY) ?? '';
    } catch {
      return '';
    }
  },
  set(url: string): void {
    try {
      if (url) localStorage.setItem(RELAY_URL_KEY, url);
      else localStorage.removeItem(RELAY_URL_KEY);
    } catch {
      // No storage: the address must then be typed again next time.
    }
  },
};
