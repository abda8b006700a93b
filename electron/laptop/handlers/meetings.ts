import { MAX_MEETING_TITLE_CHARS } from '../../../shared/model/limits';
import { BODY_KINDS, BODY_PRESETS, type BodyKind } from '../../../shared/model/bodies';
import type { MeetingId } from '../../../shared/model/ids';
import type { Meeting, MeetingSummary } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import type { MeetingInput } from '../../../shared/ipc/slices/core';
import { isIsoDate, isTime } from '../../../shared/util/dates';
import { fail, ok } from '../../../shared/util/result';
import { listAgenda } from '../db/queries/agenda-items';
import { listDocuments } from '../db/queries/documents';
import { getMeeting, insertMeeting, listMeetings, updateMeeting } from '../db/queries/meetings';
import { countParticipants, getParticipant, upsertParticipant } from '../db/queries/participants';
import { meetingAccess, requireEditor, requireSession } from '../access';
import type { DomainHandlers, Services } from '../context';
import { invalid, obj, oneOf, text } from '../validate';

function parseMeetingInput(v: unknown, base?: Meeting): MeetingInput {
  const r = obj(v);
  const pick = <K extends keyof MeetingInput>(k: K): unknown => (r[k] === undefined && base ? base[k] : r[k]);
  const bodyKind = oneOf<BodyKind>(pick('bodyKind'), BODY_KINDS, 'bodyKind', 'error.field.bodyKind');
  const meetingType = text(pick('meetingType'), 'meetingType', 'error.field.meetingType', { max: 64 });
  if (!BODY_PRESETS[bodyKind].meetingTypes.some((t) => t.id === meetingType))
    invalid('error.meeting.typeMismatch', undefined, 'meetingType');
  const date = pick('date');
  if (!isIsoDate(date)) invalid('error.meeting.date', undefined, 'date');
  const time = pick('time') ?? '';
  if (!isTime(time)) invalid('error.meeting.time', undefined, 'time');
  return {
    bodyKind,
    meetingType,
    date,
    time,
    title: text(pick('title'), 'title', 'error.field.meetingTitle', { max: MAX_MEETING_TITLE_CHARS }),
    place: text(pick('place') ?? '', 'place', 'error.field.place', { max: 300, allowEmpty: true }),
  };
}

export function meetingHandlers(svc: Services) {
  const changed = (id: MeetingId, emit: (e: 'meetings:changed', p: { meetingId: MeetingId }) => void) =>
    emit('meetings:changed', { meetingId: id });
  return {
    'meetings:list': (ctx) => {
      const s = requireSession(ctx);
      const out: MeetingSummary[] = [];
      for (const m of listMeetings(svc.db)) {
        const p = getParticipant(svc.db, m.id, s.user.id);
        const editor = s.user.systemRole === 'secretariat' || p?.role === 'secretariat';
        if (!editor && (!p || m.status !== 'published')) continue;
        const docs = listDocuments(svc.db, m.id).filter((d) => !d.superseded && canSeeDocument(d, p, s.user.systemRole === 'secretariat'));
        out.push({ ...m, myRole: p?.role ?? null, documentCount: docs.length, participantCount: countParticipants(svc.db, m.id) });
      }
      return ok(out);
    },
    'meetings:get': (ctx, req) => {
      const a = meetingAccess(svc, ctx, obj(req).meetingId as MeetingId);
      const sysSec = a.session.user.systemRole === 'secretariat';
      return ok({
        meeting: a.meeting,
        agenda: listAgenda(svc.db, a.meeting.id),
        documents: listDocuments(svc.db, a.meeting.id).filter((d) => canSeeDocument(d, a.participant, sysSec)),
        myRole: a.role,
        canEdit: a.canEdit,
      });
    },
    'meetings:create': (ctx, req) => {
      const s = requireSession(ctx);
      if (s.user.systemRole !== 'secretariat') return fail('forbidden', 'error.meeting.createSecretariatOnly');
      const input = parseMeetingInput(req);
      const meeting: Meeting = {
        id: svc.newId() as MeetingId,
        ...input,
        status: 'draft',
        publishedAt: null,
        createdAt: svc.now().toISOString(),
      };
      svc.db.transaction(() => {
        insertMeeting(svc.db, meeting);
        // The creator runs the meeting's secretariat.
        upsertParticipant(svc.db, { meetingId: meeting.id, userId: s.user.id, role: 'secretariat', group: '' });
      })();
      return ok(meeting);
    },
    'meetings:update': (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      const input = parseMeetingInput(r.patch, a.meeting);
      if (a.meeting.status === 'published' && input.bodyKind !== a.meeting.bodyKind) {
        return fail('frozen', 'error.meeting.frozenBody');
      }
      const m: Meeting = { ...a.meeting, ...input };
      updateMeeting(svc.db, m);
      changed(m.id, ctx.emit);
      return ok(m);
    },
    'meetings:publish': (ctx, req) => {
      const a = meetingAccess(svc, ctx, obj(req).meetingId as MeetingId);
      requireEditor(a);
      if (a.meeting.status === 'published') return fail('conflict', 'error.meeting.alreadyPublished');
      if (listAgenda(svc.db, a.meeting.id).length === 0) return fail('invalid_input', 'error.meeting.emptyAgenda');
      const m: Meeting = { ...a.meeting, status: 'published', publishedAt: svc.now().toISOString() };
      updateMeeting(svc.db, m);
      changed(m.id, ctx.emit);
      return ok(getMeeting(svc.db, m.id)!);
    },
  } satisfies DomainHandlers<'meetings'>;
}
