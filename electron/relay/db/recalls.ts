import type { MeetingId, UserId } from '../../../shared/model/ids';
import type { RecallSource, RecallStarted } from '../../../shared/meeting-live/recall';
import type { Db } from '../../common/sqlite/connection';

/**
 * Recalls of confidential documents (`recalls`, `recall_confirmations`, relay migration 4): when a meeting's
 * confidential material was recalled, and which participants' laptops confirmed they deleted theirs.
 */
/** The wire shape of POST /api/recall's answer (shared/meeting-live/recall.ts). */
export type RecallRow = RecallStarted;

export type RecallTables = {
  get(meetingId: MeetingId): RecallRow | null;
  /** Inserts the recall unless one exists; true when it is new. */
  start(meetingId: MeetingId, source: RecallSource, at: number): boolean;
  /** Records the confirmation (the first one is kept); returns its time. */
  confirm(meetingId: MeetingId, userId: UserId, at: number): number;
  confirmations(meetingId: MeetingId): Map<UserId, number>;
};

export function createRecallTables(db: Db): RecallTables {
  const get = db.prepare<[string], { started_ms: number; source: RecallSource }>(
    'SELECT started_ms, source FROM recalls WHERE meeting_id = ?',
  );
  const start = db.prepare<[string, string, number]>(
    'INSERT INTO recalls (meeting_id, source, started_ms) VALUES (?, ?, ?) ON CONFLICT(meeting_id) DO NOTHING',
  );
  const confirm = db.prepare<[string, string, number]>(
    'INSERT INTO recall_confirmations (meeting_id, user_id, confirmed_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const confirmedAt = db.prepare<[string, string], { confirmed_ms: number }>(
    'SELECT confirmed_ms FROM recall_confirmations WHERE meeting_id = ? AND user_id = ?',
  );
  const all = db.prepare<[string], { user_id: string; confirmed_ms: number }>(
    'SELECT user_id, confirmed_ms FROM recall_confirmations WHERE meeting_id = ?',
  );
  return {
    get(meetingId) {
      const r = get.get(meetingId);
      return r ? { startedAt: r.started_ms, source: r.source } : null;
    },
    start: (meetingId, source, at) => start.run(meetingId, source, at).changes === 1,
    confirm(meetingId, userId, at) {
      confirm.run(meetingId, userId, at);
      return confirmedAt.get(meetingId, userId)!.confirmed_ms;
    },
    confirmations: (meetingId) => new Map(all.all(meetingId).map((r) => [r.user_id as UserId, r.confirmed_ms])),
  };
}
