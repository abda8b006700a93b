import type { Migration } from '../../common/sqlite/migrate';

/*
 * The record's tables inside the relay's command database (migration 2 of COMMANDS_MIGRATIONS), so every
 * log entry is written in the same SQLite transaction as the command it describes.
 *
 * record_log: the hash chain. `body` is canonical JSON (see chain.ts); `hash` = SHA-256 over the previous
 * entry's hash and the body; `sig` is an Ed25519 signature of the hash by the key `key_id`.
 * record_keys: the public keys (the private key lives in a file next to the database, never in it).
 * record_checkpoints: the chain head at moments the minutes quote (every N entries, each vote result, close).
 * record_head: the last entry, so a truncated tail is seen even between checkpoints.
 * record_baseline: commands applied before this migration (a database upgraded mid-meeting has no entries for them).
 * minutes_notes: the chair's conclusions (kết luận) and recorded dissent (bảo lưu ý kiến) per agenda item.
 */
export const m0002Record: Migration = {
  version: 2,
  name: 'record-log',
  up(db) {
    db.exec(`
      CREATE TABLE record_keys (
        key_id     INTEGER PRIMARY KEY,
        public_key TEXT NOT NULL,
        from_seq   INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE record_log (
        seq       INTEGER PRIMARY KEY,
        body      TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL,
        key_id    INTEGER NOT NULL,
        sig       BLOB NOT NULL
      );
      CREATE TABLE record_checkpoints (
        seq    INTEGER PRIMARY KEY,
        hash   TEXT NOT NULL,
        at     INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('interval', 'vote_closed', 'meeting_closed'))
      );
      CREATE TABLE record_head (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        seq  INTEGER NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE record_baseline (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL,
        commands INTEGER NOT NULL
      );
      INSERT INTO record_baseline (id, version, commands)
        SELECT 1, COALESCE((SELECT version FROM meeting WHERE id = 1), 0), (SELECT COUNT(*) FROM commands);
      CREATE TABLE minutes_notes (
        id             TEXT PRIMARY KEY,
        seq            INTEGER NOT NULL UNIQUE,
        kind           TEXT NOT NULL CHECK (kind IN ('conclusion', 'dissent')),
        agenda_item_id TEXT NOT NULL,
        user_id        TEXT,
        text           TEXT NOT NULL,
        at             INTEGER NOT NULL,
        by_user        TEXT NOT NULL,
        CHECK ((kind = 'dissent') = (user_id IS NOT NULL))
      );
    `);
  },
};

/*
 * The secretariat's edits of the generated minutes after the close (migration 4), as relay commands so the
 * hash chain covers them: minutes_versions holds each version (draft, then final; a later version cites the
 * one it revises and why), minutes_edits every edit of a section (the newest per version and section wins).
 */
export const m0005MinutesEdits: Migration = {
  version: 5,
  name: 'minutes-edits',
  up(db) {
    db.exec(`
      CREATE TABLE minutes_versions (
        version      INTEGER PRIMARY KEY CHECK (version >= 1),
        status       TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        based_on     INTEGER REFERENCES minutes_versions (version),
        reason       TEXT,
        created_at   INTEGER NOT NULL,
        created_by   TEXT NOT NULL,
        finalised_at INTEGER,
        finalised_by TEXT,
        CHECK ((status = 'final') = (finalised_at IS NOT NULL)),
        CHECK ((version = 1) = (based_on IS NULL)),
        CHECK ((based_on IS NULL) = (reason IS NULL))
      );
      CREATE TABLE minutes_edits (
        seq     INTEGER PRIMARY KEY,
        version INTEGER NOT NULL REFERENCES minutes_versions (version),
        section TEXT NOT NULL,
        text    TEXT NOT NULL,
        at      INTEGER NOT NULL,
        by_user TEXT NOT NULL
      );
      -- A finalised version is frozen, in the schema too.
      CREATE TRIGGER minutes_edits_frozen BEFORE INSERT ON minutes_edits
        WHEN (SELECT status FROM minutes_versions WHERE version = NEW.version) IS NOT 'draft'
        BEGIN SELECT RAISE(ABORT, 'minutes version is not a draft'); END;
      CREATE TRIGGER minutes_versions_frozen BEFORE UPDATE ON minutes_versions
        WHEN OLD.status = 'final'
        BEGIN SELECT RAISE(ABORT, 'minutes version is final'); END;
    `);
  },
};
