import { ok } from '../../../shared/util/result';
import type { DomainHandlers, Services } from '../context';
import { discoverRelays } from '../discovery/browse';
import { probeRelay } from '../discovery/probe';

/** Finding the relay before sign-in: no session needed (the sign-in screen uses both). */
export function discoveryHandlers(svc: Pick<Services, 'lanDiscovery'>) {
  return {
    'discovery:find': async () => ok(svc.lanDiscovery === false ? [] : await discoverRelays()),
    'discovery:probe': (_ctx, req) => probeRelay(fetch, (req as { relayUrl?: unknown } | null)?.relayUrl),
  } satisfies DomainHandlers<'discovery'>;
}
