import type { MeetingId, UserId } from '../../shared/model/ids';
import { MEETING_PACKAGE_FORMAT, type MeetingPackage } from '../../shared/model/package';
import type { Db } from '../common/sqlite/connection';
import { insertAgendaItem, listAgenda, updateAgendaItem, getAgendaItem } from './db/queries/agenda-items';
import type { BodyRoster } from '../../shared/model/roster';
import { getBlob, upsertBlob } from './db/queries/blobs';
import { getBody } from './db/queries/bodies';
import { getMeetingTerm } from './db/queries/meeting-bodies';
import { listMemberships } from './db/queries/memberships';
import { getTerm } from './db/queries/terms';
import { getDocument, insertDocument, listDocuments } from './db/queries/documents';
import { getMeeting, insertMeeting, updateMeeting } from './db/queries/meetings';
import { listParticipants, removeParticipant, upsertParticipant } from './db/queries/participants';
import { getPasswordHash, upsertUserFromRelay } from './db/queries/users';

/**
 * The secretariat's export of a published meeting for the relay: everything a laptop needs, plus the
 * password hashes the relay authenticates with. Blobs are referenced by hash (copied separately).
 */
export function buildMeetingPackage(db: Db, meetingId: MeetingId, now: Date): MeetingPackage {
  const meeting = getMeeting(db, meetingId);
  if (!meeting) throw new Error(`no meeting ${meetingId}`);
  if (meeting.status !== 'published') throw new Error('only a published meeting can be exported');
  return {
    format: MEETING_PACKAGE_FORMAT,
    exportedAt: now.toISOString(),
    meeting,
    agenda: listAgenda(db, meetingId),
    documents: listDocuments(db, meetingId),
    participants: listParticipants(db, meetingId).map((p) => ({ ...p, passwordHash: getPasswordHash(db, p.userId) ?? '!' })),
    ...bodyOf(db, meetingId),
  };
}

/** The meeting's body and term roster, when the secretariat linked one (N comes from it on the relay). */
function bodyOf(db: Db, meetingId: MeetingId): { body?: BodyRoster } {
  const termId = getMeetingTerm(db, meetingId);
  const term = termId ? getTerm(db, termId) : null;
  const body = term ? getBody(db, term.bodyId) : null;
  return term && body ? { body: { body, term, memberships: listMemberships(db, term.id) } } : {};
}

/**
 * Applies a package received from the relay to a laptop's database, in one transaction. Documents are
 * immutable once published, so they are only ever added; the agenda and roster follow the relay.
 * Password hashes are not in a relay's per-user package; a local hash is kept so the delegate can sign
 * in on this laptop while offline.
 */
export function applyMeetingPackage(
  db: Db,
  pkg: Omit<MeetingPackage, 'participants'> & {
    participants: (MeetingPackage['participants'][number] | Omit<MeetingPackage['participants'][number], 'passwordHash'>)[];
  },
): void {
  db.transaction(() => {
    if (getMeeting(db, pkg.meeting.id)) updateMeeting(db, pkg.meeting);
    else insertMeeting(db, pkg.meeting);
    for (const p of pkg.participants) {
      upsertUserFromRelay(db, {
        id: p.userId,
        username: p.username,
        fullName: p.fullName,
        title: p.title,
        unit: p.unit,
        systemRole: 'member',
        passwordHash: 'passwordHash' in p ? p.passwordHash : null,
        createdAt: pkg.exportedAt,
      });
      upsertParticipant(db, { meetingId: pkg.meeting.id, userId: p.userId, role: p.role, group: p.group });
    }
    const keep = new Set<UserId>(pkg.participants.map((p) => p.userId));
    for (const p of listParticipants(db, pkg.meeting.id)) if (!keep.has(p.userId)) removeParticipant(db, pkg.meeting.id, p.userId);
    // parents first so foreign keys hold
    const ordered = [...pkg.agenda].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    for (const item of ordered) (getAgendaItem(db, item.id) ? updateAgendaItem : insertAgendaItem)(db, item);
    const known = new Set(listAgenda(db, pkg.meeting.id).map((i) => i.id));
    for (const id of known) if (!pkg.agenda.some((i) => i.id === id)) db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
    const docs = [...pkg.documents].sort((a, b) => a.version - b.version);
    docs.forEach((d, position) => {
      if (!getBlob(db, d.sha256)) upsertBlob(db, { sha256: d.sha256, sizeBytes: d.sizeBytes, pages: d.pages, pdfTitle: d.pdfTitle });
      if (!getDocument(db, d.id)) insertDocument(db, { ...d, position });
    });
  })();
}
