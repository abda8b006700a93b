import type { Db } from '../../common/sqlite/connection';

/*
 * Every SQL statement of the command database, prepared once per connection. Functions of the db handle
 * only (no other state), so the processor could move into a worker without change.
 */

export type MeetingRow = {
  meeting_id: string;
  body_kind: string;
  phase: 'not_started' | 'open' | 'closed';
  opened_at: number | null;
  closed_at: number | null;
  current_item: string | null;
  current_document: string | null;
  current_page: number | null;
  current_changed_at: number | null;
  version: number;
};

export type AttendanceRow = {
  user_id: string;
  status: 'present' | 'absent' | 'absent_with_reason';
  reason: string | null;
  checked_in_at: number | null;
  updated_at: number;
  updated_by: string;
};

export type SpeakerRow = {
  id: string;
  seq: number;
  user_id: string;
  kind: 'phat_bieu' | 'tranh_luan' | 'chat_van';
  topic: string | null;
  agenda_item_id: string | null;
  requested_at: number;
  status: 'queued' | 'speaking' | 'done' | 'withdrawn' | 'cancelled';
  started_at: number | null;
  ended_at: number | null;
  limit_sec: number | null;
};

export type VoteRow = {
  id: string;
  seq: number;
  agenda_item_id: string;
  question: string;
  kind: 'public' | 'named' | 'secret';
  rule_id: string;
  rule_json: string;
  status: 'open' | 'closed';
  opened_at: number;
  closed_at: number | null;
  n: number;
  members: number;
  present_at_open: number;
  quorum_met_at_open: number;
  result_json: string | null;
};

export type OptionRow = { option_id: string; position: number; label: string };
export type EntitledRow = { user_id: string; full_name: string; present_at_open: number };

export function createStore(db: Db) {
  const s = {
    getMeeting: db.prepare<[], MeetingRow>('SELECT * FROM meeting WHERE id = 1'),
    insertMeeting: db.prepare<[string, string]>('INSERT INTO meeting (id, meeting_id, body_kind) VALUES (1, ?, ?)'),
    bumpVersion: db.prepare<[]>('UPDATE meeting SET version = version + 1 WHERE id = 1'),
    setPhase: db.prepare<{ phase: string; opened_at: number | null; closed_at: number | null }>(
      'UPDATE meeting SET phase = @phase, opened_at = @opened_at, closed_at = @closed_at WHERE id = 1',
    ),
    setCurrent: db.prepare<{ item: string | null; doc: string | null; page: number | null; at: number }>(
      `UPDATE meeting SET current_item = @item, current_document = @doc, current_page = @page, current_changed_at = @at
       WHERE id = 1`,
    ),

    getAck: db.prepare<[string, string], { type: string; ack: string }>(
      'SELECT type, ack FROM commands WHERE user_id = ? AND command_id = ?',
    ),
    insertAck: db.prepare<[string, string, string, string]>('INSERT INTO commands (user_id, command_id, type, ack) VALUES (?, ?, ?, ?)'),

    getAttendance: db.prepare<[string], AttendanceRow>('SELECT * FROM attendance WHERE user_id = ?'),
    listAttendance: db.prepare<[], AttendanceRow>('SELECT * FROM attendance'),
    upsertAttendance: db.prepare<{
      user_id: string;
      status: string;
      reason: string | null;
      checked_in_at: number | null;
      at: number;
      by: string;
    }>(
      `INSERT INTO attendance (user_id, status, reason, checked_in_at, updated_at, updated_by)
       VALUES (@user_id, @status, @reason, @checked_in_at, @at, @by)
       ON CONFLICT(user_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,
         checked_in_at = excluded.checked_in_at, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ),

    getSpeaker: db.prepare<[string], SpeakerRow>('SELECT * FROM speaker_requests WHERE id = ?'),
    pendingSpeakerOf: db.prepare<[string], SpeakerRow>(
      "SELECT * FROM speaker_requests WHERE user_id = ? AND status IN ('queued', 'speaking')",
    ),
    currentSpeaker: db.prepare<[], SpeakerRow>("SELECT * FROM speaker_requests WHERE status = 'speaking'"),
    queueHead: db.prepare<[], SpeakerRow>("SELECT * FROM speaker_requests WHERE status = 'queued' ORDER BY seq LIMIT 1"),
    listQueue: db.prepare<[], SpeakerRow>("SELECT * FROM speaker_requests WHERE status = 'queued' ORDER BY seq"),
    nextSpeakerSeq: db.prepare<[], { next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM speaker_requests'),
    insertSpeaker: db.prepare<{
      id: string;
      seq: number;
      user_id: string;
      kind: string;
      topic: string | null;
      agenda_item_id: string | null;
      at: number;
    }>(
      `INSERT INTO speaker_requests (id, seq, user_id, kind, topic, agenda_item_id, requested_at, status)
       VALUES (@id, @seq, @user_id, @kind, @topic, @agenda_item_id, @at, 'queued')`,
    ),
    startSpeaker: db.prepare<{ id: string; at: number; limit: number }>(
      "UPDATE speaker_requests SET status = 'speaking', started_at = @at, limit_sec = @limit WHERE id = @id AND status = 'queued'",
    ),
    endSpeaker: db.prepare<{ id: string; at: number }>(
      "UPDATE speaker_requests SET status = 'done', ended_at = @at WHERE id = @id AND status = 'speaking'",
    ),
    withdrawSpeaker: db.prepare<{ id: string; at: number }>(
      "UPDATE speaker_requests SET status = 'withdrawn', ended_at = @at WHERE id = @id AND status = 'queued'",
    ),
    cancelQueue: db.prepare<{ at: number }>("UPDATE speaker_requests SET status = 'cancelled', ended_at = @at WHERE status = 'queued'"),
    speakingStats: db.prepare<[], { user_id: string; count: number; total_ms: number }>(
      `SELECT user_id, COUNT(*) AS count, SUM(ended_at - started_at) AS total_ms
       FROM speaker_requests WHERE status = 'done' GROUP BY user_id`,
    ),

    getVote: db.prepare<[string], VoteRow>('SELECT * FROM votes WHERE id = ?'),
    openVote: db.prepare<[], VoteRow>("SELECT * FROM votes WHERE status = 'open'"),
    closedVotes: db.prepare<[], VoteRow>("SELECT * FROM votes WHERE status = 'closed' ORDER BY seq"),
    nextVoteSeq: db.prepare<[], { next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM votes'),
    insertVote: db.prepare<{
      id: string;
      seq: number;
      agenda_item_id: string;
      question: string;
      kind: string;
      rule_id: string;
      rule_json: string;
      opened_at: number;
      n: number;
      members: number;
      present_at_open: number;
      quorum_met_at_open: number;
    }>(
      `INSERT INTO votes (id, seq, agenda_item_id, question, kind, rule_id, rule_json, status, opened_at,
                          n, members, present_at_open, quorum_met_at_open)
       VALUES (@id, @seq, @agenda_item_id, @question, @kind, @rule_id, @rule_json, 'open', @opened_at,
               @n, @members, @present_at_open, @quorum_met_at_open)`,
    ),
    closeVote: db.prepare<{ id: string; at: number; result: string }>(
      "UPDATE votes SET status = 'closed', closed_at = @at, result_json = @result WHERE id = @id AND status = 'open'",
    ),
    insertOption: db.prepare<[string, string, number, string]>(
      'INSERT INTO vote_options (vote_id, option_id, position, label) VALUES (?, ?, ?, ?)',
    ),
    listOptions: db.prepare<[string], OptionRow>('SELECT option_id, position, label FROM vote_options WHERE vote_id = ? ORDER BY position'),
    insertEntitled: db.prepare<[string, string, string, number]>(
      'INSERT INTO vote_entitled (vote_id, user_id, full_name, present_at_open) VALUES (?, ?, ?, ?)',
    ),
    isEntitled: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM vote_entitled WHERE vote_id = ? AND user_id = ?'),
    listEntitled: db.prepare<[string], EntitledRow>('SELECT user_id, full_name, present_at_open FROM vote_entitled WHERE vote_id = ?'),

    insertOpenBallot: db.prepare<[string, string, string, number]>(
      'INSERT INTO open_ballots (vote_id, user_id, option_id, cast_at) VALUES (?, ?, ?, ?)',
    ),
    openBallotOf: db.prepare<[string, string], { option_id: string }>(
      'SELECT option_id FROM open_ballots WHERE vote_id = ? AND user_id = ?',
    ),
    listOpenBallots: db.prepare<[string], { user_id: string; option_id: string }>(
      'SELECT user_id, option_id FROM open_ballots WHERE vote_id = ?',
    ),
    countOpenBallots: db.prepare<[string], { option_id: string; count: number }>(
      'SELECT option_id, COUNT(*) AS count FROM open_ballots WHERE vote_id = ? GROUP BY option_id',
    ),

    insertVoter: db.prepare<[string, string]>('INSERT INTO voters (vote_id, user_id) VALUES (?, ?)'),
    hasVoted: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM voters WHERE vote_id = ? AND user_id = ?'),
    listVoters: db.prepare<[string], { user_id: string }>('SELECT user_id FROM voters WHERE vote_id = ? ORDER BY user_id'),
    deleteVoters: db.prepare<[string]>('DELETE FROM voters WHERE vote_id = ?'),
    insertBallot: db.prepare<[string, Uint8Array, string]>('INSERT INTO ballots (vote_id, ballot_key, option_id) VALUES (?, ?, ?)'),
    listBallotChoices: db.prepare<[string], { option_id: string }>('SELECT option_id FROM ballots WHERE vote_id = ?'),
    deleteBallots: db.prepare<[string]>('DELETE FROM ballots WHERE vote_id = ?'),
    countBallots: db.prepare<[string], { option_id: string; count: number }>(
      'SELECT option_id, COUNT(*) AS count FROM ballots WHERE vote_id = ? GROUP BY option_id',
    ),
    countVoters: db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM voters WHERE vote_id = ?'),
    /** The idempotency records of a secret vote's ballots: each holds its voter and its exact time. */
    listAcks: db.prepare<[], { user_id: string; command_id: string; type: string; ack: string }>(
      'SELECT user_id, command_id, type, ack FROM commands ORDER BY user_id, command_id',
    ),
    deleteAllAcks: db.prepare<[]>('DELETE FROM commands'),
    isOpenSecretVote: db.prepare<[string], { one: number }>(
      "SELECT 1 AS one FROM votes WHERE id = ? AND kind = 'secret' AND status = 'open'",
    ),
  };
  return s;
}

export type Store = ReturnType<typeof createStore>;
