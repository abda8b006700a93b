import type { BodyKind } from '../../../../shared/model/bodies';
import type { MeetingId } from '../../../../shared/model/ids';
import type { Meeting, MeetingStatus } from '../../../../shared/model/types';
import type { Db } from '../../../common/sqlite/connection';

type Row = {
  id: string;
  body_kind: BodyKind;
  title: string;
  date: string;
  time: string;
  place: string;
  meeting_type: string;
  status: MeetingStatus;
  published_at: string | null;
  created_at: string;
};

const toMeeting = (r: Row): Meeting => ({
  id: r.id as MeetingId,
  bodyKind: r.body_kind,
  title: r.title,
  date: r.date,
  time: r.time,
  place: r.place,
  meetingType: r.meeting_type,
  status: r.status,
  publishedAt: r.published_at,
  createdAt: r.created_at,
});

export function insertMeeting(db: Db, m: Meeting): void {
  db.prepare(
    `INSERT INTO meetings (id, body_kind, title, date, time, place, meeting_type, status, published_at, created_at)
     VALUES (@id, @bodyKind, @title, @date, @time, @place, @meetingType, @status, @publishedAt, @createdAt)`,
  ).run(m);
}

export function updateMeeting(db: Db, m: Meeting): void {
  db.prepare(
    `UPDATE meetings SET body_kind = @bodyKind, title = @title, date = @date, time = @time, place = @place,
       meeting_type = @meetingType, status = @status, published_at = @publishedAt WHERE id = @id`,
  ).run(m);
}

export function getMeeting(db: Db, id: MeetingId): Meeting | null {
  const r = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as Row | undefined;
  return r ? toMeeting(r) : null;
}

export function listMeetings(db: Db): Meeting[] {
  return (db.prepare('SELECT * FROM meetings ORDER BY date DESC, time DESC, created_at DESC').all() as Row[]).map(toMeeting);
}

export function countMeetings(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n;
}
