import type { SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import { canSeeDocument } from '../../../shared/model/visibility';
import { fail, ok } from '../../../shared/util/result';
import { listDocuments } from '../db/queries/documents';
import { meetingAccess } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search/query';
import { int, obj, text } from '../validate';

const MAX_QUERY_CHARS = 200;

export function searchHandlers(svc: Services) {
  /**
   * The meeting's documents this caller may see: search never looks beyond them. Every file of the meeting
   * present on this laptop is queued for indexing, though, so the next person to sign in here finds
   * theirs ready (the index itself reveals nothing: results are filtered by visibility).
   */
  const visible = (ctx: CallContext, meetingId: unknown) => {
    const a = meetingAccess(svc, ctx, meetingId as MeetingId);
    const isSystemSecretariat = a.session.user.systemRole === 'secretariat';
    const all = listDocuments(svc.db, a.meeting.id);
    svc.search.indexer.ensure(all.map((d) => d.sha256));
    return { meetingId: a.meeting.id, docs: all.filter((d) => canSeeDocument(d, a.participant, isSystemSecretariat)) };
  };
  const watch = (ctx: CallContext, v: ReturnType<typeof visible>, current: SearchStatus) =>
    svc.search.watch(ctx, v.meetingId, v.docs, (s) => ctx.emit('search:progress', s), current);

  return {
    'search:query': (ctx, req) => {
      const r = obj(req);
      const v = visible(ctx, r.meetingId);
      const query = text(r.query ?? '', 'query', 'error.field.searchQuery', { max: MAX_QUERY_CHARS, allowEmpty: true });
      const limit = r.limit === undefined ? DEFAULT_LIMIT : int(r.limit, 'limit', 'error.field.searchLimit', 1, MAX_LIMIT);
      let scope = v.docs;
      if (r.documentId !== undefined) {
        scope = v.docs.filter((d) => d.id === r.documentId);
        if (scope.length === 0) return fail('not_found', 'error.document.notFound');
      }
      const hits = svc.search.query(scope, query, limit);
      const status = svc.search.status(v.meetingId, v.docs);
      watch(ctx, v, status);
      return ok({ hits, status });
    },
    'search:status': (ctx, req) => {
      const v = visible(ctx, obj(req).meetingId);
      const status = svc.search.status(v.meetingId, v.docs);
      watch(ctx, v, status);
      return ok(status);
    },
  } satisfies DomainHandlers<'search'>;
}
