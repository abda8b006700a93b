import { describe, expect, it } from 'vitest';
import type { AgendaItemId, DocumentId, MeetingId, Sha256, UserId } from '../../shared/model/ids';
import { openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { deleteAgendaItem, insertAgendaItem, listAgenda, setPosition, siblings } from '../../electron/laptop/db/queries/agenda-items';
import { getBlob, upsertBlob } from '../../electron/laptop/db/queries/blobs';
import {
  getDocument,
  insertDocument,
  listDocuments,
  nextDocumentPosition,
  updateDocumentMeta,
} from '../../electron/laptop/db/queries/documents';
import { getMeeting, insertMeeting, listMeetings, updateMeeting } from '../../electron/laptop/db/queries/meetings';
import {
  getParticipant,
  listParticipants,
  meetingIdsOfUser,
  removeParticipant,
  upsertParticipant,
} from '../../electron/laptop/db/queries/participants';
import { getUser, getUserWithHashByUsername, insertUser, setPasswordHash } from '../../electron/laptop/db/queries/users';

const db = () => openDb({ file: ':memory:', migrations: LOCAL_MIGRATIONS });
const M = 'm1' as MeetingId;
const meeting = {
  id: M,
  bodyKind: 'hdnd' as const,
  title: 'Kỳ họp',
  date: '2025-12-01',
  time: '08:00',
  place: 'Hội trường',
  meetingType: 'ky_hop_thuong_le',
  status: 'draft' as const,
  publishedAt: null,
  createdAt: '2025-11-01T00:00:00Z',
};
const user = (id: string, username: string) => ({
  id: id as UserId,
  username,
  fullName: `Người ${id}`,
  title: '',
  unit: '',
  systemRole: 'member' as const,
  passwordHash: 'h',
  createdAt: 'now',
});
const item = (id: string, parentId: string | null, position: number) => ({
  id: id as AgendaItemId,
  meetingId: M,
  parentId: parentId as AgendaItemId | null,
  position,
  title: id,
  presenter: '',
  durationMin: 5,
});
const SHA = 'a'.repeat(64) as Sha256;

describe('query modules', () => {
  it('users: unique usernames (case-insensitive), password updates', () => {
    const d = db();
    insertUser(d, user('u1', 'binh'));
    expect(() => insertUser(d, user('u2', 'BINH'))).toThrow(/UNIQUE/);
    expect(getUserWithHashByUsername(d, 'Binh')?.id).toBe('u1');
    expect(setPasswordHash(d, 'u1' as UserId, 'h2')).toBe(true);
    expect(getUserWithHashByUsername(d, 'binh')?.passwordHash).toBe('h2');
    expect(getUser(d, 'nope' as UserId)).toBeNull();
  });

  it('meetings: insert, update, list newest first; CHECK constraints hold', () => {
    const d = db();
    insertMeeting(d, meeting);
    insertMeeting(d, { ...meeting, id: 'm2' as MeetingId, date: '2026-01-01' });
    updateMeeting(d, { ...meeting, status: 'published', publishedAt: 'x' });
    expect(getMeeting(d, M)?.status).toBe('published');
    expect(listMeetings(d).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(() => insertMeeting(d, { ...meeting, id: 'm3' as MeetingId, bodyKind: 'xx' as 'hdnd' })).toThrow(/CHECK/);
  });

  it('participants: upsert changes role and group; cascade on meeting delete', () => {
    const d = db();
    insertMeeting(d, meeting);
    insertUser(d, user('u1', 'a'));
    upsertParticipant(d, { meetingId: M, userId: 'u1' as UserId, role: 'delegate', group: 'Tổ 1' });
    upsertParticipant(d, { meetingId: M, userId: 'u1' as UserId, role: 'chair', group: 'Tổ 2' });
    expect(getParticipant(d, M, 'u1' as UserId)).toMatchObject({ role: 'chair', group: 'Tổ 2', username: 'a' });
    expect(meetingIdsOfUser(d, 'u1' as UserId)).toEqual([M]);
    expect(removeParticipant(d, M, 'u1' as UserId)).toBe(true);
    upsertParticipant(d, { meetingId: M, userId: 'u1' as UserId, role: 'delegate', group: '' });
    d.prepare('DELETE FROM meetings WHERE id = ?').run(M);
    expect(listParticipants(d, M)).toEqual([]);
  });

  it('agenda: display order puts sub-items under their parent; deleting a parent deletes its children', () => {
    const d = db();
    insertMeeting(d, meeting);
    insertAgendaItem(d, item('b', null, 1));
    insertAgendaItem(d, item('a', null, 0));
    insertAgendaItem(d, item('a2', 'a', 1));
    insertAgendaItem(d, item('a1', 'a', 0));
    expect(listAgenda(d, M).map((i) => i.id)).toEqual(['a', 'a1', 'a2', 'b']);
    setPosition(d, 'b' as AgendaItemId, null, 0);
    setPosition(d, 'a' as AgendaItemId, null, 1);
    expect(siblings(d, M, null).map((i) => i.id)).toEqual(['b', 'a']);
    deleteAgendaItem(d, 'a' as AgendaItemId);
    expect(listAgenda(d, M).map((i) => i.id)).toEqual(['b']);
  });

  it('blobs and documents: content-addressed rows, superseded flag, visibility JSON round trip', () => {
    const d = db();
    insertMeeting(d, meeting);
    insertAgendaItem(d, item('a', null, 0));
    upsertBlob(d, { sha256: SHA, sizeBytes: 10, pages: 2, pdfTitle: 'T' });
    upsertBlob(d, { sha256: SHA, sizeBytes: 99, pages: 9, pdfTitle: 'ignored' });
    expect(getBlob(d, SHA)).toEqual({ sha256: SHA, sizeBytes: 10, pages: 2, pdfTitle: 'T' });
    const base = {
      meetingId: M,
      agendaItemId: 'a' as AgendaItemId,
      title: 'Tờ trình',
      docType: 'to_trinh' as const,
      confidentiality: 'thuong' as const,
      sha256: SHA,
      fileName: 'a.pdf',
      createdAt: 'now',
    };
    insertDocument(d, {
      ...base,
      id: 'd1' as DocumentId,
      version: 1,
      supersedesId: null,
      visibility: { kind: 'groups', groups: ['Tổ 1'] },
      position: nextDocumentPosition(d, 'a' as AgendaItemId),
    });
    insertDocument(d, {
      ...base,
      id: 'd2' as DocumentId,
      version: 2,
      supersedesId: 'd1' as DocumentId,
      visibility: { kind: 'everyone' },
      position: nextDocumentPosition(d, 'a' as AgendaItemId),
    });
    expect(listDocuments(d, M).map((x) => [x.id, x.superseded])).toEqual([
      ['d1', true],
      ['d2', false],
    ]);
    updateDocumentMeta(d, 'd2' as DocumentId, {
      title: 'Mới',
      docType: 'bao_cao',
      confidentiality: 'mat',
      visibility: { kind: 'delegates', userIds: ['u1' as UserId] },
    });
    expect(getDocument(d, 'd2' as DocumentId)).toMatchObject({
      title: 'Mới',
      confidentiality: 'mat',
      visibility: { kind: 'delegates', userIds: ['u1'] },
      pages: 2,
    });
    expect(() =>
      insertDocument(d, {
        ...base,
        sha256: 'b'.repeat(64) as Sha256,
        id: 'd3' as DocumentId,
        version: 1,
        supersedesId: null,
        visibility: { kind: 'everyone' },
        position: 2,
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
