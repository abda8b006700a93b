import type { UserId } from '../../../shared/model/ids';
import type { Session } from '../../../shared/model/types';
import { fail, ok } from '../../../shared/util/result';
import { getUser, getUserWithHashByUsername, isAccountDisabled } from '../db/queries/users';
import { verifyPassword } from '../../common/password';
import type { DomainHandlers, Services } from '../context';
import { obj, text } from '../validate';

export function authHandlers(svc: Services) {
  const sessionFor = (userId: UserId, token: string): Session | null => {
    const user = getUser(svc.db, userId);
    return user ? { token, user } : null;
  };
  return {
    'auth:login': async (ctx, req) => {
      const r = obj(req);
      const username = text(r.username, 'username', 'error.field.username', { max: 64 });
      const password = typeof r.password === 'string' ? r.password : '';
      const u = getUserWithHashByUsername(svc.db, username);
      // Verify even for unknown users so timing doesn't reveal which usernames exist.
      const valid = await verifyPassword(
        password,
        u?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      );
      if (!u || !valid) return fail('unauthenticated', 'error.badLogin');
      if (isAccountDisabled(svc.db, u.id)) return fail('forbidden', 'error.accounts.disabled');
      const session = sessionFor(u.id, svc.sessions.create(u.id))!;
      ctx.setSession(session);
      // Resumes syncing with the relay this user signed in through before (in the background).
      svc.connection.afterLocalLogin(ctx, u.id, password);
      return ok(session);
    },
    'auth:resume': (ctx, req) => {
      const token = typeof obj(req).token === 'string' ? (obj(req).token as string) : '';
      const userId = svc.sessions.get(token);
      const session = userId ? sessionFor(userId, token) : null;
      if (!session) return fail('unauthenticated', 'error.sessionExpired');
      ctx.setSession(session);
      return ok(session);
    },
    'auth:logout': (ctx) => {
      if (ctx.session) svc.connection.afterLocalLogout(ctx.session.user.id);
      if (ctx.session) svc.sessions.revoke(ctx.session.token);
      ctx.setSession(null);
      return ok(null);
    },
    'auth:me': (ctx) => ok(ctx.session),
  } satisfies DomainHandlers<'auth'>;
}
