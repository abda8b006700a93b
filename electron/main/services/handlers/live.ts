import { err, ok } from '../../../../shared/util/result';
import type { RelayStatus } from '../../../../shared/ipc/slices/live';
import type { DomainHandlers, Services } from '../context';

// Placeholder until the relay connection manager (services/connection/) is wired in.
const NOT_CONFIGURED: RelayStatus = { state: 'not_configured', relayUrl: null, message: null, download: null, hosting: null };
const offline = () => err('offline', 'Máy chưa kết nối tới máy chủ phòng họp.');

export function relayHandlers(_svc: Services) {
  return {
    'relay:login': () => offline(),
    'relay:status': () => ok(NOT_CONFIGURED),
    'relay:reconnect': () => ok(NOT_CONFIGURED),
    'relay:host': () => offline(),
    'relay:stop-hosting': () => ok(NOT_CONFIGURED),
  } satisfies DomainHandlers<'relay'>;
}

export function liveHandlers(_svc: Services) {
  return {
    'live:command': () => offline(),
    'live:state': () => ok({ view: null, online: [] }),
  } satisfies DomainHandlers<'live'>;
}
