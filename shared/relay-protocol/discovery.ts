/**
 * How a relay makes itself known on the meeting-room LAN (DNS-SD over mDNS) and how a laptop reads it:
 * service type `_phonghop._tcp`, a TXT record with the protocol version and the published meeting.
 * Pure: both the relay (advertiser) and the laptop (browser) use these functions.
 */
export const DISCOVERY_SERVICE_TYPE = 'phonghop';
export const DISCOVERY_PROTOCOL_VERSION = '1';
/** DNS TXT strings hold at most 255 bytes each, key included: titles are cut at a character boundary. */
const MAX_TXT_VALUE_BYTES = 200;

export type RelayAdvert = { meetingId: string | null; title: string | null; scheme: 'http' | 'https' };
export type DiscoveredRelay = RelayAdvert & { name: string; url: string; host: string; port: number };

const utf8Bytes = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Cuts `s` to at most `maxBytes` of UTF-8, at a character boundary, marking the cut with an ellipsis. */
export function cutUtf8(s: string, maxBytes: number): string {
  let total = 0;
  for (const ch of s) total += utf8Bytes(ch);
  if (total <= maxBytes) return s;
  const ELLIPSIS_BYTES = 3;
  let out = '';
  let used = 0;
  for (const ch of s) {
    if (used + utf8Bytes(ch) + ELLIPSIS_BYTES > maxBytes) break;
    out += ch;
    used += utf8Bytes(ch);
  }
  return out + '…';
}

export function encodeAdvert(a: RelayAdvert): Record<string, string> {
  const txt: Record<string, string> = { v: DISCOVERY_PROTOCOL_VERSION, s: a.scheme };
  if (a.meetingId) txt.m = a.meetingId;
  if (a.title) txt.t = cutUtf8(a.title, MAX_TXT_VALUE_BYTES);
  return txt;
}

/** Reads a TXT record; null for a service of another protocol version (or not ours). */
export function decodeAdvert(txt: Record<string, unknown> | undefined): RelayAdvert | null {
  if (!txt || String(txt.v ?? '') !== DISCOVERY_PROTOCOL_VERSION) return null;
  const str = (v: unknown) => (typeof v === 'string' && v.length ? v : null);
  const scheme = str(txt.s) === 'https' ? 'https' : 'http';
  return { meetingId: str(txt.m), title: str(txt.t), scheme };
}

export const relayUrlOf = (scheme: 'http' | 'https', host: string, port: number): string =>
  `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
