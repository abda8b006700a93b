import type { MeetingId } from '../../../../shared/model/ids';
import type { TermId } from '../../../../shared/model/roster';
import type { Db } from '../../../common/sqlite/connection';

/** Which body's term a meeting belongs to (its roster decides N); one per meeting. */
export function setMeetingTerm(db: Db, meetingId: MeetingId, termId: TermId): void {
  db.prepare(
    'INSERT INTO meeting_bodies (meeting_id, term_id) VALUES (?, ?) ON CONFLICT(meeting_id) DO UPDATE SET term_id = excluded.term_id',
  ).run(meetingId, termId);
}

export function getMeetingTerm(db: Db, meetingId: MeetingId): TermId | null {
  const r = db.prepare('SELECT term_id FROM meeting_bodies WHERE meeting_id = ?').get(meetingId) as { term_id: string } | undefined;
  return (r?.term_id ?? null) as TermId | null;
}
