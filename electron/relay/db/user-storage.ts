import type { Db } from '../../common/sqlite/connection';

/** Per-user storage accounting (`user_storage`): bytes of Yjs updates each user stored, per meeting. */
export type UserStorage = {
  bytes(meetingId: string, userId: string): number;
  add(meetingId: string, userId: string, bytes: number): void;
};

export function createUserStorage(db: Db): UserStorage {
  const get = db.prepare<[string, string], { bytes: number }>('SELECT bytes FROM user_storage WHERE meeting_id = ? AND user_id = ?');
  const add = db.prepare<[string, string, number]>(
    `INSERT INTO user_storage (meeting_id, user_id, bytes) VALUES (?, ?, ?)
     ON CONFLICT(meeting_id, user_id) DO UPDATE SET bytes = bytes + excluded.bytes`,
  );
  return {
    bytes: (meetingId, userId) => get.get(meetingId, userId)?.bytes ?? 0,
    add: (meetingId, userId, bytes) => void add.run(meetingId, userId, bytes),
  };
}
