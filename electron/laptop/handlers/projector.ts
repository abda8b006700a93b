import { fail } from '../../../shared/util/result';
import { requireSession } from '../access';
import { requestProjectorCode } from '../connection/relay-actions';
import type { DomainHandlers, Services } from '../context';
import { obj } from '../validate';

/**
 * The big screen (connection/projector.ts): the chair or secretary issues a code through their relay link;
 * the projector's laptop connects with it without anyone signing in.
 */
export function projectorHandlers(svc: Services) {
  return {
    'projector:issue': (ctx) => {
      const session = requireSession(ctx);
      return svc.connection.relayRequest(session.user.id, requestProjectorCode);
    },
    'projector:connect': (ctx, req) => {
      svc.projector.watch(ctx);
      const r = obj(req);
      if (typeof r.code !== 'string') return fail('invalid_input', 'projector.error.codeFormat', undefined, { field: 'code' });
      return svc.projector.connect({ relayUrl: r.relayUrl, code: r.code });
    },
    'projector:disconnect': (ctx) => {
      svc.projector.watch(ctx);
      return { ok: true, value: svc.projector.disconnect() };
    },
    'projector:state': (ctx) => {
      svc.projector.watch(ctx);
      return { ok: true, value: svc.projector.state() };
    },
  } satisfies DomainHandlers<'projector'>;
}
