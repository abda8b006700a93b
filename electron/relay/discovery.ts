import { Bonjour, type Service } from 'bonjour-service';
import { DISCOVERY_SERVICE_TYPE, encodeAdvert, type RelayAdvert } from '../../shared/relay-protocol/discovery';

/**
 * The relay announces itself on the LAN (DNS-SD over mDNS, bonjour-service): laptops list the meetings they
 * find instead of typing an address. Only started for a relay that listens beyond loopback (cli-main.ts).
 */
export type RelayAdvertiser = { update(advert: RelayAdvert): void; stop(): Promise<void> };

export function advertiseRelay(opts: { port: number; name: string; advert: RelayAdvert; onError?: (e: unknown) => void }): RelayAdvertiser {
  const bonjour = new Bonjour({}, (e: unknown) => opts.onError?.(e));
  let service: Service | null = null;
  const publish = (advert: RelayAdvert) => {
    service = bonjour.publish({ name: opts.name, type: DISCOVERY_SERVICE_TYPE, port: opts.port, txt: encodeAdvert(advert), probe: false });
    service.on('error', (e: unknown) => opts.onError?.(e));
  };
  publish(opts.advert);
  return {
    update(advert) {
      const old = service;
      service = null;
      if (old?.stop) old.stop(() => publish(advert));
      else publish(advert);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        bonjour.unpublishAll(() => bonjour.destroy(() => resolve()));
      }),
  };
}
