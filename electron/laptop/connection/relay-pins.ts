import type { WebSocket as WsWebSocket } from 'ws';
import { fingerprintCode, normalizeFingerprint } from '../../../shared/relay-protocol/fingerprint';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import { getSetting, setSetting } from '../db/queries/settings';
import type { FetchLike } from '../sync/relay-http';
import type { ProbedCertificate, RelayPin } from '../sync/tls-pin';
import { pinnedTransport, probeRelayCertificate } from '../sync/tls-pin';

/**
 * The relays' certificates this laptop's users confirmed, one pin per relay URL in the laptop's settings
 * (trust on first use with explicit confirmation; PROTOCOL.md "Transport"). An https relay is used only through
 * its pin; plain http (loopback development) uses the default transport.
 */
export type RelayTransport = { fetchImpl: FetchLike; WebSocketImpl?: typeof WsWebSocket };

const pinKey = (relayUrl: string) => `relay.pin:${relayUrl}`;

export function getRelayPin(db: Db, relayUrl: string): RelayPin | null {
  const v = getSetting<RelayPin>(db, pinKey(relayUrl));
  return v && typeof v.fingerprint256 === 'string' && typeof v.caPem === 'string' ? v : null;
}

export function saveRelayPin(db: Db, relayUrl: string, pin: RelayPin, now: Date): void {
  setSetting(db, pinKey(relayUrl), pin, now.toISOString());
}

const isHttps = (relayUrl: string) => relayUrl.startsWith('https://');

/**
 * The hosting laptop trusts the relay it runs without asking: its certificate is pinned directly for the
 * addresses it is reached at (its own loopback URL, the LAN address shown to delegates).
 */
export function pinOwnRelay(db: Db, relayUrls: readonly string[], cert: { fingerprint256: string; pem: string }, now: Date): void {
  const fingerprint256 = normalizeFingerprint(cert.fingerprint256);
  if (!fingerprint256) return;
  for (const url of new Set(relayUrls)) if (isHttps(url)) saveRelayPin(db, url, { fingerprint256, caPem: cert.pem }, now);
}

/** The transport for a relay whose pin (if https) is known; an unpinned https relay gets the default (which refuses it). */
export function transportFor(db: Db, relayUrl: string, base: FetchLike): RelayTransport {
  const pin = isHttps(relayUrl) ? getRelayPin(db, relayUrl) : null;
  return pin ? pinnedTransport(pin) : { fetchImpl: base };
}

/**
 * Before the first sign-in to an https relay: refuses until the user confirmed the certificate, and says
 * which fingerprint and code to compare (the relay's CLI and hosting screen print the same).
 */
export async function requireConfirmedRelay(db: Db, relayUrl: string): Promise<Result<void>> {
  if (!isHttps(relayUrl) || getRelayPin(db, relayUrl)) return ok(undefined);
  const probed = await probeRelayCertificate(relayUrl);
  if (!probed.ok) return probed;
  const { fingerprint256, code } = probed.value;
  return fail(
    'forbidden',
    'error.sync.certificateUnconfirmed',
    { relay: relayUrl, code, fingerprint: fingerprint256 },
    { fingerprint: fingerprint256, code },
  );
}

/**
 * The user confirmed the fingerprint shown: pins the relay's certificate if it is still the one presented
 * (a certificate that changed in between is refused with the usual warning).
 */
export async function confirmRelayCertificate(
  db: Db,
  relayUrl: string,
  fingerprint: string,
  now: Date,
): Promise<Result<ProbedCertificate>> {
  const want = normalizeFingerprint(fingerprint);
  if (!isHttps(relayUrl)) return fail('invalid_input', 'error.sync.notHttps', undefined, { field: 'relayUrl' });
  if (!want) return fail('invalid_input', 'error.sync.certificateUnreadable', undefined, { field: 'fingerprint' });
  const probed = await probeRelayCertificate(relayUrl);
  if (!probed.ok) return probed;
  if (probed.value.fingerprint256 !== want) return fail('forbidden', 'error.sync.certificateChanged', { relay: relayUrl });
  saveRelayPin(db, relayUrl, { fingerprint256: probed.value.fingerprint256, caPem: probed.value.caPem }, now);
  return ok(probed.value);
}

/**
 * A sign-in refused because the relay no longer presents the pinned certificate: the warning gains the
 * certificate it presents now (detail `fingerprint`, `code`, `changed`) and the pinned one's `previousCode`,
 * so the person can compare it with what the technical staff read out before trusting it. Other results pass.
 */
export async function explainChangedCertificate<T>(db: Db, relayUrl: string, r: Result<T>): Promise<Result<T>> {
  if (r.ok || r.error.key !== 'error.sync.certificateChanged') return r;
  const pinned = getRelayPin(db, relayUrl);
  const probed = await probeRelayCertificate(relayUrl);
  if (!probed.ok || !pinned) return r;
  const { fingerprint256, code } = probed.value;
  if (fingerprint256 === normalizeFingerprint(pinned.fingerprint256)) return r;
  const previousCode = fingerprintCode(pinned.fingerprint256);
  return fail(
    'forbidden',
    'error.sync.certificateChanged',
    { relay: relayUrl },
    { changed: true, fingerprint: fingerprint256, code, previousCode },
  );
}
