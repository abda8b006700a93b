import { ok } from '../../../shared/util/result';
import type { DomainHandlers, Services } from '../context';

export function appHandlers(svc: Services) {
  return {
    'app:info': () => ok({ version: svc.version, mode: svc.mode, dataDir: svc.dataDir }),
  } satisfies DomainHandlers<'app'>;
}
