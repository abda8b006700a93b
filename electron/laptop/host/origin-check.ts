/**
 * Browser mode's front door. The host listens on loopback, but a web page elsewhere can still reach it: by
 * DNS rebinding (its own name resolving to 127.0.0.1, so the browser sends that name as Host and Origin) or
 * as a cross-site WebSocket. So only loopback Host names on our own port are served, and the API socket only
 * to our own origin. Headers are parsed defensively: one that does not parse is a refusal, never an exception.
 */
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** "127.0.0.1:5180" → { hostname, port }; null unless it is exactly a hostname and a port. */
function parseHostHeader(value: string): { hostname: string; port: number } | null {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(value);
  if (!m) return null;
  return { hostname: m[1]!.toLowerCase(), port: Number(m[2]) };
}

/** A Host header naming a loopback address on `port`. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const h = parseHostHeader(host);
  return h !== null && h.port === port && LOOPBACK_HOSTNAMES.has(h.hostname);
}

/** The renderer's own origin: http://<the same loopback Host>. `null`, other schemes and garbage are refused. */
export function isOwnOrigin(origin: string | undefined, host: string | undefined, port: number): boolean {
  if (typeof origin !== 'string' || !isLoopbackHost(host, port)) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.origin === origin && url.host === host!.toLowerCase();
}
