import type { MeetingId } from '../../../shared/model/ids';
import type { RecallSource, RecallStarted } from '../../../shared/meeting-live/recall';
import type { Db } from '../../common/sqlite/connection';

/**
 * Recalls of confidential documents (`recalls`, relay migration 4): when a meeting's confidential material was
 * recalled and why. Which laptops confirmed they deleted theirs: db/confidential-laptops.ts.
 */
/** The wire shape of POST /api/recall's answer (shared/meeting-live/recall.ts). */
export type RecallRow = RecallStarted;

export type RecallTables = {
  get(meetingId: MeetingId): RecallRow | null;
  /** Inserts the recall unless one exists; true when it is new. */
  start(meetingId: MeetingId, source: RecallSource, at: number): boolean;
};

export function createRecallTables(db: Db): RecallTables {
  const get = db.prepare<[string], { started_ms: number; source: RecallSource }>(
    'SELECT started_ms, source FROM recalls WHERE meeting_id = ?',
  );
  const start = db.prepare<[string, string, number]>(
    'INSERT INTO recalls (meeting_id, source, started_ms) VALUES (?, ?, ?) ON CONFLICT(meeting_id) DO NOTHING',
  );
  return {
    get(meetingId) {
      const r = get.get(meetingId);
      return r ? { startedAt: r.started_ms, source: r.source } : null;
    },
    start: (meetingId, source, at) => start.run(meetingId, source, at).changes === 1,
  };
}
