import type { AgendaItemId, MeetingId } from '../../../../shared/model/ids';
import type { AgendaItem } from '../../../../shared/model/types';
import type { Db } from '../../../common/sqlite/connection';

type Row = {
  id: string;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  title: string;
  presenter: string;
  duration_min: number;
};

const toItem = (r: Row): AgendaItem => ({
  id: r.id as AgendaItemId,
  meetingId: r.meeting_id as MeetingId,
  parentId: r.parent_id as AgendaItemId | null,
  position: r.position,
  title: r.title,
  presenter: r.presenter,
  durationMin: r.duration_min,
});

export function insertAgendaItem(db: Db, item: AgendaItem): void {
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, presenter, duration_min)
     VALUES (@id, @meetingId, @parentId, @position, @title, @presenter, @durationMin)`,
  ).run(item);
}

export function updateAgendaItem(db: Db, item: AgendaItem): void {
  db.prepare(
    `UPDATE agenda_items SET parent_id = @parentId, position = @position, title = @title, presenter = @presenter,
       duration_min = @durationMin WHERE id = @id`,
  ).run(item);
}

export function deleteAgendaItem(db: Db, id: AgendaItemId): void {
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
}

export function getAgendaItem(db: Db, id: AgendaItemId): AgendaItem | null {
  const r = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as Row | undefined;
  return r ? toItem(r) : null;
}

/** Items in display order: each top-level item followed by its sub-items. */
export function listAgenda(db: Db, meetingId: MeetingId): AgendaItem[] {
  const rows = (db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(meetingId) as Row[]).map(toItem);
  const top = rows.filter((r) => r.parentId === null);
  return top.flatMap((t) => [t, ...rows.filter((r) => r.parentId === t.id)]);
}

export function siblings(db: Db, meetingId: MeetingId, parentId: AgendaItemId | null): AgendaItem[] {
  const rows =
    parentId === null
      ? db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY position').all(meetingId)
      : db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? AND parent_id = ? ORDER BY position').all(meetingId, parentId);
  return (rows as Row[]).map(toItem);
}

export function setPosition(db: Db, id: AgendaItemId, parentId: AgendaItemId | null, position: number): void {
  db.prepare('UPDATE agenda_items SET parent_id = ?, position = ? WHERE id = ?').run(parentId, position, id);
}
