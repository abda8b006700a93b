import { request as httpsRequest } from 'node:https';
import type { RequestOptions } from 'node:https';
import { Readable } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import type { DetailedPeerCertificate, PeerCertificate } from 'node:tls';
import { WebSocket as WsWebSocket } from 'ws';
import type { ClientOptions } from 'ws';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import { fingerprintCode, normalizeFingerprint } from '../../../shared/relay-protocol/fingerprint';
import type { FetchLike } from './relay-http';
import { PIN_MISMATCH } from './tls-errors';

/**
 * Certificate pinning for the relay (trust on first use with explicit confirmation). The first sign-in probes
 * the relay's certificate (probeRelayCertificate) and shows its fingerprint and short code; once the user
 * confirmed they match what the hosting screen / relay CLI prints, the pin is stored per relay URL and every
 * request and WebSocket of the laptop's sync goes through pinnedTransport: a certificate other than the pinned
 * one fails the TLS handshake before any byte of the request is sent.
 *
 * The pinned certificate's chain root is the trust anchor (`ca`), so the chain must verify against it, and the
 * leaf's SHA-256 fingerprint must equal the pin (checkServerIdentity, which replaces the host-name check: the
 * relay is reached by LAN address).
 */
export type RelayPin = { fingerprint256: string; caPem: string };
export type ProbedCertificate = RelayPin & { code: string };

const PROBE_TIMEOUT_MS = 5000;

const toPem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END CERTIFICATE-----\n`;

function chainRoot(cert: DetailedPeerCertificate): PeerCertificate {
  let c = cert;
  const seen = new Set<string>();
  while (c.issuerCertificate && c.issuerCertificate !== c && !seen.has(c.fingerprint256)) {
    seen.add(c.fingerprint256);
    if (!c.issuerCertificate.raw) break;
    c = c.issuerCertificate;
  }
  return c;
}

const hostPort = (relayUrl: string): { host: string; port: number } | null => {
  try {
    const u = new URL(relayUrl);
    if (u.protocol !== 'https:') return null;
    return { host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port || 443) };
  } catch {
    return null;
  }
};

/** Reads the relay's certificate without trusting it (nothing is sent but the TLS handshake). */
/** Socket errors meaning nothing answered at the address. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

export function probeRelayCertificate(relayUrl: string): Promise<Result<ProbedCertificate>> {
  const hp = hostPort(relayUrl);
  if (!hp) return Promise.resolve(fail('invalid_input', 'error.sync.notHttps'));
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: hp.host,
      port: hp.port,
      rejectUnauthorized: false,
      servername: /^[\d.:]+$/.test(hp.host) ? undefined : hp.host,
    });
    const timer = setTimeout(() => socket.destroy(new Error('timeout')), PROBE_TIMEOUT_MS);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const leaf = socket.getPeerCertificate(true);
      socket.end();
      const fingerprint256 = normalizeFingerprint(leaf?.fingerprint256 ?? '');
      if (!fingerprint256 || !leaf.raw) return resolve(fail('internal', 'error.sync.certificateUnreadable'));
      resolve(ok({ fingerprint256, code: fingerprintCode(fingerprint256), caPem: toPem(chainRoot(leaf).raw) }));
    });
    socket.once('error', (e: Error & { code?: string }) => {
      clearTimeout(timer);
      const url = `https://${hp.host.includes(':') ? `[${hp.host}]` : hp.host}:${hp.port}`;
      // Nothing answers there (the same words as the address check), or something answers but not in TLS
      // (a relay started with --insecure-http, or another server).
      const unreachable = !e.code || UNREACHABLE_CODES.has(e.code) || e.message === 'timeout';
      resolve(
        unreachable
          ? fail('offline', 'error.discovery.unreachable', { url }, { field: 'relayUrl' })
          : fail('offline', 'error.sync.notTls', { url }, { field: 'relayUrl', detail: e.code ?? null }),
      );
    });
  });
}

/** TLS options that accept exactly the pinned certificate. */
export function pinnedTlsOptions(pin: RelayPin): Pick<RequestOptions, 'ca' | 'checkServerIdentity' | 'rejectUnauthorized'> {
  return {
    ca: [pin.caPem],
    rejectUnauthorized: true,
    checkServerIdentity: (_host, cert) =>
      normalizeFingerprint(cert.fingerprint256) === normalizeFingerprint(pin.fingerprint256)
        ? undefined
        : Object.assign(new Error('relay certificate does not match the pin'), { code: PIN_MISMATCH }),
  };
}

/** fetch over node:https with the pin (http:// URLs are refused: pins exist only for https relays). */
export function pinnedFetch(pin: RelayPin): FetchLike {
  const tlsOptions = pinnedTlsOptions(pin);
  const impl = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      if (url.protocol !== 'https:') return reject(new TypeError('pinned fetch needs an https:// URL'));
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body = typeof init.body === 'string' ? init.body : init.body == null ? null : undefined;
      if (body === undefined) return reject(new TypeError('pinned fetch sends string bodies only'));
      const req = httpsRequest(
        url,
        { method: init.method ?? 'GET', headers, agent: false, ...tlsOptions, signal: init.signal ?? undefined },
        (res) => {
          const status = res.statusCode ?? 500;
          const resHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) for (const x of v) resHeaders.append(k, x);
            else if (v !== undefined) resHeaders.set(k, v);
          }
          const nullBody = status === 204 || status === 304 || init.method === 'HEAD';
          if (nullBody) res.resume();
          resolve(new Response(nullBody ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), { status, headers: resHeaders }));
        },
      );
      req.once('error', reject);
      req.end(body ?? undefined);
    });
  return impl as FetchLike;
}

/** The ws client class with the pin applied to every connection (same constructor as ws's WebSocket). */
export function pinnedWebSocket(pin: RelayPin): typeof WsWebSocket {
  const tlsOptions = pinnedTlsOptions(pin) as ClientOptions;
  class PinnedWebSocket extends WsWebSocket {
    constructor(address: string | URL, protocols?: string | string[] | ClientOptions, options?: ClientOptions) {
      if (protocols && typeof protocols === 'object' && !Array.isArray(protocols)) super(address, { ...protocols, ...tlsOptions });
      else super(address, protocols, { ...options, ...tlsOptions });
    }
  }
  // Same runtime constructor shapes as ws (url, options) and (url, protocols, options); the static side is inherited.
  return PinnedWebSocket as unknown as typeof WsWebSocket;
}

/** Both transports of the laptop's sync for one pinned relay. */
export const pinnedTransport = (pin: RelayPin): { fetchImpl: FetchLike; WebSocketImpl: typeof WsWebSocket } => ({
  fetchImpl: pinnedFetch(pin),
  WebSocketImpl: pinnedWebSocket(pin),
});
