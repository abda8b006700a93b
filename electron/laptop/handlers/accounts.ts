import type { Account } from '../../../shared/ipc/slices/accounts';
import type { UserId } from '../../../shared/model/ids';
import { fail, ok } from '../../../shared/util/result';
import { requireSession } from '../access';
import type { DomainHandlers, Services } from '../context';
import { listAccounts, setAccountDisabled, type AccountRow } from '../db/queries/users';
import { obj } from '../validate';

const toAccount = (r: AccountRow): Account => {
  const { disabledAt, ...user } = r;
  return { ...user, disabled: disabledAt !== null };
};

/** The secretariat's accounts screen (system role secretariat only). */
export function accountHandlers(svc: Services) {
  const secretariat = (ctx: Parameters<typeof requireSession>[0]) => requireSession(ctx).user.systemRole === 'secretariat';
  return {
    'accounts:list': (ctx) => {
      if (!secretariat(ctx)) return fail('forbidden', 'error.accounts.secretariatOnly');
      return ok(listAccounts(svc.db).map(toAccount));
    },
    'accounts:set-disabled': (ctx, req) => {
      const session = requireSession(ctx);
      if (session.user.systemRole !== 'secretariat') return fail('forbidden', 'error.accounts.secretariatOnly');
      const r = obj(req);
      const userId = (typeof r.userId === 'string' ? r.userId : '') as UserId;
      if (userId === session.user.id && r.disabled === true) return fail('invalid_input', 'error.accounts.notYourself');
      if (!setAccountDisabled(svc.db, userId, r.disabled === true ? svc.now().toISOString() : null))
        return fail('not_found', 'error.accounts.notFound');
      if (r.disabled === true) svc.sessions.revokeUser(userId);
      const row = listAccounts(svc.db).find((a) => a.id === userId)!;
      return ok(toAccount(row));
    },
  } satisfies DomainHandlers<'accounts'>;
}
