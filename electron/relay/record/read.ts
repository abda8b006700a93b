import Database from 'better-sqlite3';
import type { CheckpointRow, KeyRow, LogRow } from './chain';
import type { VerifyInput } from './verify';

/*
 * Read-only access to a relay command database for the record program: the log (verify) and the committed
 * rows the minutes are built from. Opens with readonly + fileMustExist, so reading never changes the file.
 */

export type RecordRows = {
  meeting: { meeting_id: string; body_kind: string; phase: string; opened_at: number | null; closed_at: number | null; version: number };
  attendance: {
    user_id: string;
    status: 'present' | 'absent' | 'absent_with_reason';
    reason: string | null;
    checked_in_at: number | null;
    updated_at: number;
    updated_by: string;
  }[];
  speakers: {
    id: string;
    seq: number;
    user_id: string;
    kind: 'phat_bieu' | 'tranh_luan' | 'chat_van';
    topic: string | null;
    agenda_item_id: string | null;
    requested_at: number;
    status: string;
    started_at: number | null;
    ended_at: number | null;
  }[];
  votes: {
    id: string;
    seq: number;
    agenda_item_id: string;
    question: string;
    kind: 'public' | 'named' | 'secret';
    rule_json: string;
    status: string;
    opened_at: number;
    closed_at: number | null;
    n: number;
    members: number;
    present_at_open: number;
    quorum_met_at_open: number;
    result_json: string | null;
  }[];
  /** Public and named votes only: who chose what. Secret ballots have no such rows. */
  openBallots: { vote_id: string; user_id: string; option_id: string; cast_at: number }[];
  /** Secret votes: who took part (never linked to a choice). */
  voters: { vote_id: string; user_id: string }[];
  /** Secret votes: ballots per option, aggregated (no key, no order). */
  secretCounts: { vote_id: string; option_id: string; count: number }[];
  options: { vote_id: string; option_id: string; position: number; label: string }[];
  notes: {
    id: string;
    seq: number;
    kind: 'conclusion' | 'dissent';
    agenda_item_id: string;
    user_id: string | null;
    text: string;
    at: number;
    by_user: string;
  }[];
  /** The secretariat's versions and edits of the minutes after the close (empty in databases before migration 4). */
  minutesVersions: {
    version: number;
    status: 'draft' | 'final';
    based_on: number | null;
    reason: string | null;
    created_at: number;
    created_by: string;
    finalised_at: number | null;
    finalised_by: string | null;
  }[];
  minutesEdits: { seq: number; version: number; section: string; text: string; at: number; by_user: string }[];
  log: VerifyInput;
};

export type ReadFailure = { reason: 'not_found' | 'not_sqlite' | 'no_record'; detail: string };

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare<[string], { one: number }>("SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

export function readRecordRows(file: string): { ok: true; rows: RecordRows } | { ok: false; failure: ReadFailure } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    return { ok: false, failure: { reason: 'not_found', detail: (e as Error).message } };
  }
  try {
    try {
      db.pragma('schema_version');
    } catch (e) {
      return { ok: false, failure: { reason: 'not_sqlite', detail: (e as Error).message } };
    }
    if (!hasTable(db, 'meeting') || !hasTable(db, 'record_log')) return { ok: false, failure: { reason: 'no_record', detail: file } };
    // One read transaction: a consistent snapshot even while the relay keeps committing (WAL).
    return db.transaction(() => readAll(db, file))();
  } catch (e) {
    return { ok: false, failure: { reason: 'not_sqlite', detail: (e as Error).message } };
  } finally {
    db.close();
  }
}

function readAll(db: Database.Database, file: string): { ok: true; rows: RecordRows } | { ok: false; failure: ReadFailure } {
  const meeting = db
    .prepare<[], RecordRows['meeting']>('SELECT meeting_id, body_kind, phase, opened_at, closed_at, version FROM meeting WHERE id = 1')
    .get();
  if (!meeting) return { ok: false, failure: { reason: 'no_record', detail: file } };
  const rows: RecordRows = {
    meeting,
    attendance: db.prepare<[], RecordRows['attendance'][number]>('SELECT * FROM attendance ORDER BY user_id').all(),
    speakers: db.prepare<[], RecordRows['speakers'][number]>('SELECT * FROM speaker_requests ORDER BY seq').all(),
    votes: db.prepare<[], RecordRows['votes'][number]>('SELECT * FROM votes ORDER BY seq').all(),
    openBallots: db
      .prepare<[], RecordRows['openBallots'][number]>(
        'SELECT vote_id, user_id, option_id, cast_at FROM open_ballots ORDER BY vote_id, user_id',
      )
      .all(),
    voters: db.prepare<[], RecordRows['voters'][number]>('SELECT vote_id, user_id FROM voters ORDER BY vote_id, user_id').all(),
    secretCounts: db
      .prepare<[], RecordRows['secretCounts'][number]>(
        'SELECT vote_id, option_id, COUNT(*) AS count FROM ballots GROUP BY vote_id, option_id ORDER BY vote_id, option_id',
      )
      .all(),
    options: db
      .prepare<[], RecordRows['options'][number]>('SELECT vote_id, option_id, position, label FROM vote_options ORDER BY vote_id, position')
      .all(),
    notes: db.prepare<[], RecordRows['notes'][number]>('SELECT * FROM minutes_notes ORDER BY seq').all(),
    minutesVersions: hasTable(db, 'minutes_versions')
      ? db.prepare<[], RecordRows['minutesVersions'][number]>('SELECT * FROM minutes_versions ORDER BY version').all()
      : [],
    minutesEdits: hasTable(db, 'minutes_edits')
      ? db.prepare<[], RecordRows['minutesEdits'][number]>('SELECT * FROM minutes_edits ORDER BY seq').all()
      : [],
    log: {
      entries: db.prepare<[], LogRow>('SELECT seq, body, prev_hash, hash, key_id, sig FROM record_log ORDER BY seq').all(),
      keys: db.prepare<[], KeyRow>('SELECT key_id, public_key, from_seq FROM record_keys ORDER BY key_id').all(),
      checkpoints: db.prepare<[], CheckpointRow>('SELECT seq, hash, at, reason FROM record_checkpoints ORDER BY seq').all(),
      head: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM record_head WHERE id = 1').get() ?? null,
      commands: db
        .prepare<[], { user_id: string; command_id: string; type: string }>('SELECT user_id, command_id, type FROM commands')
        .all(),
      version: meeting.version,
      baseline: db
        .prepare<[], { version: number; commands: number }>('SELECT version, commands FROM record_baseline WHERE id = 1')
        .get() ?? { version: 0, commands: 0 },
    },
  };
  return { ok: true, rows };
}

/** A consistent copy of the database (WAL content included) for an archive, read without writing. */
export function snapshotDatabase(file: string): Uint8Array {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}
