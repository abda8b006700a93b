import { describe, expect, it } from 'vitest';
import type { DocumentId, MeetingId, UserId } from '../../shared/model/ids';
import type { DocumentMeta, Meeting, Participant } from '../../shared/model/types';
import { toAgendaInput } from '../../renderer/features/agenda/agenda-form';
import {
  checkDocumentInput,
  emptyDocumentInput,
  lineages,
  rosterGroups,
  titleFromFileName,
  visibilityOfKind,
} from '../../renderer/features/documents/doc-form';
import { overallFraction } from '../../renderer/features/documents/import-progress';
import { initialValues, toMeetingInput, withBody } from '../../renderer/features/meetings/meeting-form';
import { toParticipantInput, personFormValues } from '../../renderer/features/roster/person-form';
import { formatRoute, parseRoute } from '../../renderer/app/route';
import { problemKeys } from '../../renderer/app/validation';

/** A failed form check whose first problem is `key`. */
const invalid = (key: string) => ({ ok: false, error: { code: 'invalid_input', key } });

describe('form checks', () => {
  it('report every field problem at once', () => {
    const r = toMeetingInput({ ...initialValues(), title: ' ', dateText: '31/02/2026', time: '7h' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemKeys(r.error)).toEqual(['meetingForm.titleRequired', 'meetingForm.invalidDate', 'meetingForm.invalidTime']);
    const a = toAgendaInput({ title: '', presenter: '', duration: 'x' });
    expect(a.ok || problemKeys(a.error)).toEqual(['agenda.titleRequired', 'agenda.invalidDuration']);
    const d = checkDocumentInput({ ...emptyDocumentInput(), visibility: visibilityOfKind('delegates') });
    expect(d.ok || problemKeys(d.error)).toEqual(['documents.titleRequired', 'visibility.pickOne']);
  });

  it('trims what the service receives', () => {
    expect(checkDocumentInput({ ...emptyDocumentInput(), title: '  Tờ trình  ' })).toMatchObject({
      ok: true,
      value: { title: 'Tờ trình' },
    });
  });
});

describe('meeting form', () => {
  const meeting: Meeting = {
    id: 'm1' as MeetingId,
    bodyKind: 'ubnd',
    title: 'Phiên họp thường kỳ tháng 12',
    date: '2025-12-05',
    time: '14:00',
    place: 'Phòng họp số 1',
    meetingType: 'phien_hop_thuong_ky',
    status: 'draft',
    publishedAt: null,
    createdAt: '2025-11-01T00:00:00Z',
  };

  it('shows the stored ISO date as dd/mm/yyyy and converts it back', () => {
    const v = initialValues(meeting);
    expect(v.dateText).toBe('05/12/2025');
    expect(toMeetingInput(v)).toEqual({
      ok: true,
      value: {
        bodyKind: 'ubnd',
        title: meeting.title,
        date: '2025-12-05',
        time: '14:00',
        place: meeting.place,
        meetingType: 'phien_hop_thuong_ky',
      },
    });
  });

  it('accepts single-digit day and month, rejects impossible dates and times', () => {
    const base = { ...initialValues(), title: 'Kỳ họp' };
    expect(toMeetingInput({ ...base, dateText: '9/1/2026' })).toMatchObject({ ok: true, value: { date: '2026-01-09' } });
    expect(toMeetingInput({ ...base, dateText: '29/02/2025' })).toMatchObject(invalid('meetingForm.invalidDate'));
    expect(toMeetingInput({ ...base, dateText: '2025-12-05' })).toMatchObject(invalid('meetingForm.invalidDate'));
    expect(toMeetingInput({ ...base, dateText: '05/12/2025', time: '24:00' })).toMatchObject(invalid('meetingForm.invalidTime'));
    expect(toMeetingInput({ ...base, title: '  ', dateText: '05/12/2025' })).toMatchObject(invalid('meetingForm.titleRequired'));
  });

  it('keeps the meeting type only when it belongs to the newly chosen body', () => {
    const v = initialValues(); // HĐND, first type
    expect(withBody(v, 'tinh_uy').meetingType).toBe('hoi_nghi_bch');
    // "bất thường" is outdated wording since 2019; the HĐND type is now "giải quyết công việc phát sinh đột xuất"
    expect(withBody({ ...v, meetingType: 'ky_hop_dot_xuat' }, 'hdnd').meetingType).toBe('ky_hop_dot_xuat');
    expect(withBody({ ...v, meetingType: 'ky_hop_bat_thuong' }, 'hdnd').meetingType).toBe('ky_hop_thuong_le');
  });
});

describe('agenda item form', () => {
  it('validates the duration as whole minutes', () => {
    expect(toAgendaInput({ title: ' Khai mạc ', presenter: ' Chủ tọa ', duration: '' })).toEqual({
      ok: true,
      value: { title: 'Khai mạc', presenter: 'Chủ tọa', durationMin: 0 },
    });
    expect(toAgendaInput({ title: 'A', presenter: '', duration: '1.5' })).toMatchObject(invalid('agenda.invalidDuration'));
    expect(toAgendaInput({ title: 'A', presenter: '', duration: '1441' })).toMatchObject(invalid('agenda.invalidDuration'));
    expect(toAgendaInput({ title: '', presenter: '', duration: '5' })).toMatchObject(invalid('agenda.titleRequired'));
  });
});

describe('documents', () => {
  it('derives a readable default title from the file name', () => {
    expect(titleFromFileName('To_trinh_so_125.pdf')).toBe('To trinh so 125');
    expect(titleFromFileName('C:\\Tài liệu\\Dự thảo nghị quyết.PDF')).toBe('Dự thảo nghị quyết');
    expect(titleFromFileName('bao-cao.pdf')).toBe('bao-cao');
  });

  it('requires a title and at least one group or delegate when restricted', () => {
    const v = { ...emptyDocumentInput(), title: 'Tờ trình' };
    expect(checkDocumentInput(v)).toEqual({ ok: true, value: v });
    expect(checkDocumentInput({ ...v, title: ' ' })).toMatchObject(invalid('documents.titleRequired'));
    expect(checkDocumentInput({ ...v, visibility: visibilityOfKind('groups') })).toMatchObject(invalid('visibility.pickOne'));
    expect(checkDocumentInput({ ...v, visibility: { kind: 'delegates', userIds: ['u1' as UserId] } }).ok).toBe(true);
  });

  it('lists roster groups once, in Vietnamese order', () => {
    const p = (group: string) => ({ group }) as Participant;
    expect(rosterGroups([p('Tổ số 2'), p(''), p('Tổ Đại Từ'), p('Tổ số 2'), p('Tổ Ân Thi')])).toEqual([
      'Tổ Ân Thi',
      'Tổ Đại Từ',
      'Tổ số 2',
    ]);
  });

  it('groups versions under the current document, newest first', () => {
    const d = (id: string, version: number, supersedesId: string | null, superseded: boolean) =>
      ({ id: id as DocumentId, version, supersedesId: supersedesId as DocumentId | null, superseded }) as DocumentMeta;
    const docs = [d('v1', 1, null, true), d('x', 1, null, false), d('v3', 3, 'v2', false), d('v2', 2, 'v1', true)];
    expect(lineages(docs).map((l) => [l.current.id, l.older.map((o) => o.id)])).toEqual([
      ['x', []],
      ['v3', ['v2', 'v1']],
    ]);
  });

  it('moves the progress bar forward across phases', () => {
    const seq = [
      { phase: 'reading', fraction: 0 },
      { phase: 'hashing', fraction: 1 },
      { phase: 'validating', fraction: 0.5 },
      { phase: 'validating', fraction: 1 },
      { phase: 'storing', fraction: 0 },
      { phase: 'done', fraction: 1 },
    ] as const;
    const values = seq.map(overallFraction);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(1);
  });
});

describe('roster person form', () => {
  it('normalises names and usernames, sends a password only when typed', () => {
    const v = { ...personFormValues(), fullName: '  Nguyễn   Thị  Bích Ngọc ', username: ' Ngoc.NTB ', role: 'delegate' as const };
    expect(toParticipantInput(v)).toEqual({
      ok: true,
      value: { fullName: 'Nguyễn Thị Bích Ngọc', title: '', unit: '', group: '', role: 'delegate', username: 'ngoc.ntb' },
    });
    expect(toParticipantInput({ ...v, password: 'matkhau' })).toMatchObject({ ok: true, value: { password: 'matkhau' } });
    expect(toParticipantInput({ ...v, username: '' })).toMatchObject(invalid('roster.required'));
  });
});

describe('hash routes', () => {
  it('round-trips every route and falls back to the list', () => {
    const routes = [
      { kind: 'list' },
      { kind: 'new' },
      { kind: 'meeting', meetingId: 'a-b_1' as MeetingId, tab: 'agenda' },
      { kind: 'meeting', meetingId: 'x' as MeetingId, tab: 'roster' },
    ] as const;
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(parseRoute('#/meetings/x/bogus')).toEqual({ kind: 'meeting', meetingId: 'x', tab: 'agenda' });
    expect(parseRoute('#/elsewhere')).toEqual({ kind: 'list' });
    expect(parseRoute('')).toEqual({ kind: 'list' });
  });
});
