import type { MeetingId, UserId } from '../../../../shared/model/ids';
import type { MeetingRole, Participant } from '../../../../shared/model/types';
import type { Db } from '../../../common/sqlite/connection';

type Row = {
  meeting_id: string;
  user_id: string;
  role: MeetingRole;
  group_name: string;
  username: string;
  full_name: string;
  title: string;
  unit: string;
};

const SELECT = `SELECT p.meeting_id, p.user_id, p.role, p.group_name, u.username, u.full_name, u.title, u.unit
                FROM participants p JOIN users u ON u.id = p.user_id`;

const toParticipant = (r: Row): Participant => ({
  meetingId: r.meeting_id as MeetingId,
  userId: r.user_id as UserId,
  role: r.role,
  group: r.group_name,
  username: r.username,
  fullName: r.full_name,
  title: r.title,
  unit: r.unit,
});

export function upsertParticipant(db: Db, p: { meetingId: MeetingId; userId: UserId; role: MeetingRole; group: string }): void {
  db.prepare(
    `INSERT INTO participants (meeting_id, user_id, role, group_name) VALUES (@meetingId, @userId, @role, @group)
     ON CONFLICT(meeting_id, user_id) DO UPDATE SET role = excluded.role, group_name = excluded.group_name`,
  ).run(p);
}

export function removeParticipant(db: Db, meetingId: MeetingId, userId: UserId): boolean {
  return db.prepare('DELETE FROM participants WHERE meeting_id = ? AND user_id = ?').run(meetingId, userId).changes === 1;
}

/** Unsorted: callers sort in Vietnamese order (shared/util/vn-collate), which SQLite cannot do. */
export function listParticipants(db: Db, meetingId: MeetingId): Participant[] {
  return (db.prepare(`${SELECT} WHERE p.meeting_id = ?`).all(meetingId) as Row[]).map(toParticipant);
}

export function getParticipant(db: Db, meetingId: MeetingId, userId: UserId): Participant | null {
  const r = db.prepare(`${SELECT} WHERE p.meeting_id = ? AND p.user_id = ?`).get(meetingId, userId) as Row | undefined;
  return r ? toParticipant(r) : null;
}

export function meetingIdsOfUser(db: Db, userId: UserId): MeetingId[] {
  return (db.prepare('SELECT meeting_id FROM participants WHERE user_id = ?').all(userId) as { meeting_id: string }[]).map(
    (r) => r.meeting_id as MeetingId,
  );
}

export function countParticipants(db: Db, meetingId: MeetingId): number {
  return (db.prepare('SELECT count(*) AS n FROM participants WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}
