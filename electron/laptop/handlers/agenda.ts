import { MAX_AGENDA_TITLE_CHARS } from '../../../shared/model/limits';
import type { AgendaItemId, MeetingId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import type { AgendaInput } from '../../../shared/ipc/slices/core';
import { fail, ok } from '../../../shared/util/result';
import {
  deleteAgendaItem,
  getAgendaItem,
  insertAgendaItem,
  listAgenda,
  setPosition,
  siblings,
  updateAgendaItem,
} from '../db/queries/agenda-items';
import type { Db } from '../../common/sqlite/connection';
import { meetingAccess, requireEditor } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { invalid, int, obj, text } from '../validate';

export const MAX_AGENDA_DURATION_MIN = 24 * 60;

function parseAgendaInput(v: unknown, base?: AgendaItem): AgendaInput {
  const r = obj(v);
  const pick = <K extends keyof AgendaInput>(k: K): unknown => (r[k] === undefined && base ? base[k] : r[k]);
  return {
    title: text(pick('title'), 'title', 'error.field.agendaTitle', { max: MAX_AGENDA_TITLE_CHARS }),
    presenter: text(pick('presenter') ?? '', 'presenter', 'error.field.presenter', { max: 200, allowEmpty: true }),
    durationMin: int(pick('durationMin') ?? 0, 'durationMin', 'error.field.durationMin', 0, MAX_AGENDA_DURATION_MIN),
  };
}

/** Rewrites sibling positions to 0..n-1 in the given order. */
function renumber(db: Db, items: AgendaItem[], parentId: AgendaItemId | null): void {
  items.forEach((it, i) => setPosition(db, it.id, parentId, i));
}

export function agendaHandlers(svc: Services) {
  const itemAccess = (ctx: CallContext, itemId: unknown) => {
    const item = typeof itemId === 'string' ? getAgendaItem(svc.db, itemId as AgendaItemId) : null;
    if (!item) invalid('error.agenda.itemNotFound', undefined, 'itemId');
    const a = meetingAccess(svc, ctx, item.meetingId);
    requireEditor(a);
    return { item, a };
  };
  const done = (ctx: CallContext, meetingId: MeetingId) => {
    ctx.emit('meetings:changed', { meetingId });
    return ok(listAgenda(svc.db, meetingId));
  };
  return {
    'agenda:add': (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      const parentId = (r.parentId ?? null) as AgendaItemId | null;
      if (parentId !== null) {
        const parent = getAgendaItem(svc.db, parentId);
        if (!parent || parent.meetingId !== a.meeting.id) return fail('not_found', 'error.agenda.parentNotFound');
        if (parent.parentId !== null) return fail('invalid_input', 'error.agenda.oneLevel');
      }
      const input = parseAgendaInput(r.item);
      const item: AgendaItem = {
        id: svc.newId() as AgendaItemId,
        meetingId: a.meeting.id,
        parentId,
        position: siblings(svc.db, a.meeting.id, parentId).length,
        ...input,
      };
      insertAgendaItem(svc.db, item);
      return done(ctx, a.meeting.id);
    },
    'agenda:update': (ctx, req) => {
      const r = obj(req);
      const { item } = itemAccess(ctx, r.itemId);
      updateAgendaItem(svc.db, { ...item, ...parseAgendaInput(r.patch, item) });
      return done(ctx, item.meetingId);
    },
    'agenda:remove': (ctx, req) => {
      const { item, a } = itemAccess(ctx, obj(req).itemId);
      const hasDocs = svc.db
        .prepare('SELECT 1 FROM documents WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE id = ? OR parent_id = ?) LIMIT 1')
        .get(item.id, item.id);
      if (hasDocs && a.meeting.status === 'published') {
        return fail('frozen', 'error.agenda.frozenDelete');
      }
      svc.db.transaction(() => {
        deleteAgendaItem(svc.db, item.id);
        renumber(svc.db, siblings(svc.db, item.meetingId, item.parentId), item.parentId);
      })();
      return done(ctx, item.meetingId);
    },
    'agenda:move': (ctx, req) => {
      const r = obj(req);
      const { item } = itemAccess(ctx, r.itemId);
      const parentId = (r.parentId ?? null) as AgendaItemId | null;
      if (parentId !== null) {
        const parent = getAgendaItem(svc.db, parentId);
        if (!parent || parent.meetingId !== item.meetingId) return fail('not_found', 'error.agenda.parentNotFound');
        if (parent.parentId !== null || parent.id === item.id) return fail('invalid_input', 'error.agenda.oneLevel');
        if (siblings(svc.db, item.meetingId, item.id).length > 0) {
          return fail('invalid_input', 'error.agenda.hasChildren');
        }
      }
      svc.db.transaction(() => {
        const oldSiblings = siblings(svc.db, item.meetingId, item.parentId).filter((s) => s.id !== item.id);
        renumber(svc.db, oldSiblings, item.parentId);
        const target = siblings(svc.db, item.meetingId, parentId).filter((s) => s.id !== item.id);
        const index = int(r.index, 'index', 'error.field.position', 0, Math.max(0, target.length));
        target.splice(index, 0, { ...item, parentId });
        renumber(svc.db, target, parentId);
      })();
      return done(ctx, item.meetingId);
    },
  } satisfies DomainHandlers<'agenda'>;
}
