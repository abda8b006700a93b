import type { MeetingId } from '../../../shared/model/ids';
import type { Session } from '../../../shared/model/types';
import { fail, ok } from '../../../shared/util/result';
import { getUser } from '../db/queries/users';
import { meetingAccess, requireEditor, requireSession } from '../access';
import { requestRecall } from '../connection/relay-actions';
import type { DomainHandlers, Services } from '../context';
import { int, obj, text } from '../validate';

/**
 * The laptop's connection to the meeting-room relay (services/connection). Any relay:* or live:* call
 * subscribes the calling window to `relay:status` (and, for its own user, `live:state`) events.
 */
export function relayHandlers(svc: Services) {
  const conn = svc.connection;
  return {
    'relay:login': async (ctx, req) => {
      conn.watch(ctx);
      const r = obj(req);
      const username = text(r.username, 'username', 'error.field.username', { max: 64 });
      const password = typeof r.password === 'string' ? r.password : '';
      if (password === '') return fail('invalid_input', 'error.live.passwordMissing', undefined, { field: 'password' });
      const res = await conn.login({ relayUrl: r.relayUrl, username, password });
      if (!res.ok) return res;
      const user = getUser(svc.db, res.value.userId);
      if (!user) return fail('internal', 'error.live.accountMissing');
      const session: Session = { token: svc.sessions.create(user.id), user };
      ctx.setSession(session);
      // The package may have been downloading during sign-in: this window now owns the link and sees where it is.
      ctx.emit('relay:status', conn.status(user.id));
      return ok(session);
    },
    'relay:confirm-certificate': async (ctx, req) => {
      conn.watch(ctx);
      const r = obj(req);
      return conn.confirmCertificate({ relayUrl: r.relayUrl, fingerprint: typeof r.fingerprint === 'string' ? r.fingerprint : '' });
    },
    'relay:status': (ctx) => {
      conn.watch(ctx);
      return ok(conn.status(ctx.session?.user.id ?? null));
    },
    'relay:reconnect': (ctx) => {
      conn.watch(ctx);
      conn.reconnect();
      return ok(conn.status(ctx.session?.user.id ?? null));
    },
    'relay:change-address': async (ctx, req) => {
      conn.watch(ctx);
      const session = requireSession(ctx);
      const r = obj(req);
      const password = typeof r.password === 'string' && r.password !== '' ? r.password : undefined;
      return conn.changeRelay({
        userId: session.user.id,
        username: session.user.username,
        relayUrl: r.relayUrl,
        ...(password ? { password } : {}),
      });
    },
    'relay:host': async (ctx, req) => {
      conn.watch(ctx);
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      const port = int(r.port, 'port', 'error.field.port', 0, 65535);
      const host = r.host === undefined || r.host === null ? undefined : text(r.host, 'host', 'error.field.listenHost', { max: 100 });
      const hosted = await conn.host({ meetingId: a.meeting.id, port, ...(host ? { host } : {}), userId: a.session.user.id });
      return hosted.ok ? ok(conn.status(a.session.user.id)) : hosted;
    },
    'relay:stop-hosting': async (ctx) => {
      conn.watch(ctx);
      const meetingId = conn.hostingMeeting();
      if (meetingId) requireEditor(meetingAccess(svc, ctx, meetingId));
      await conn.stopHosting();
      return ok(conn.status(ctx.session?.user.id ?? null));
    },
    'relay:recall': (ctx) => {
      // The relay decides who may recall (the secretariat); the laptop only carries the request.
      const session = requireSession(ctx);
      return conn.relayRequest(session.user.id, requestRecall);
    },
  } satisfies DomainHandlers<'relay'>;
}

export function liveHandlers(svc: Services) {
  const conn = svc.connection;
  return {
    'live:command': (ctx, req) => {
      conn.watch(ctx);
      const session = requireSession(ctx);
      return conn.command(session.user.id, obj(req).command);
    },
    'live:state': (ctx) => {
      conn.watch(ctx);
      // The live view is per user (chair and secretariat see the member list): only for the connected user.
      const mine = ctx.session !== null && ctx.session.user.id === conn.userId();
      return ok(mine ? conn.live() : { view: null, online: [] });
    },
  } satisfies DomainHandlers<'live'>;
}
