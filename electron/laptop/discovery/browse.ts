import { Bonjour, type Service } from 'bonjour-service';
import { decodeAdvert, DISCOVERY_SERVICE_TYPE, relayUrlOf, type DiscoveredRelay } from '../../../shared/relay-protocol/discovery';

/** How long a look for relays on the LAN lasts: mDNS answers arrive within about a second. */
export const DISCOVERY_WINDOW_MS = 1500;

/**
 * Relays announcing themselves on the LAN (electron/relay/discovery.ts), found within `windowMs`. Each is
 * reached at the address its announcement came from (IPv4 preferred), so a relay on a laptop with several
 * interfaces is listed at the one that answered.
 */
export function discoverRelays(windowMs = DISCOVERY_WINDOW_MS): Promise<DiscoveredRelay[]> {
  return new Promise((resolve) => {
    const found = new Map<string, DiscoveredRelay>();
    const bonjour = new Bonjour({}, () => {});
    const add = (s: Service) => {
      const advert = decodeAdvert(s.txt as Record<string, unknown> | undefined);
      if (!advert) return;
      const host = (s.addresses ?? []).find((a) => !a.includes(':')) ?? s.referer?.address ?? s.host;
      if (!host) return;
      const url = relayUrlOf(advert.scheme, host, s.port);
      found.set(url, { ...advert, name: s.name, url, host, port: s.port });
    };
    const browser = bonjour.find({ type: DISCOVERY_SERVICE_TYPE }, add);
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve([...found.values()].sort((a, b) => a.url.localeCompare(b.url)));
    }, windowMs);
  });
}
