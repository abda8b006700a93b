import type { Migration } from '../../common/sqlite/migrate';
import { m0002Record, m0005MinutesEdits } from '../record/migrations';
import { m0004Elections, m0006ElectionPreparation } from './migration-elections';
import { m0003VoteBasis } from './migration-vote-basis';

/*
 * Schema of the relay's command database (one file per hosted meeting, separate from the Yjs rooms).
 * Invariants live in the schema too, so a bug in the handlers cannot produce a second ballot, a ballot
 * from someone not entitled, a ballot for an option that does not exist, or a ballot after close.
 */
const m0001Commands: Migration = {
  version: 1,
  name: 'meeting-commands',
  up(db) {
    db.exec(`
      CREATE TABLE meeting (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        meeting_id         TEXT NOT NULL,
        body_kind          TEXT NOT NULL,
        phase              TEXT NOT NULL DEFAULT 'not_started' CHECK (phase IN ('not_started', 'open', 'closed')),
        opened_at          INTEGER,
        closed_at          INTEGER,
        current_item       TEXT,
        current_document   TEXT,
        current_page       INTEGER,
        current_changed_at INTEGER,
        -- bumped by every committed command
        version            INTEGER NOT NULL DEFAULT 0
      );

      -- Idempotency: the ack of every applied command, keyed by sender and the sender's command id.
      CREATE TABLE commands (
        user_id    TEXT NOT NULL,
        command_id TEXT NOT NULL,
        type       TEXT NOT NULL,
        ack        TEXT NOT NULL,
        PRIMARY KEY (user_id, command_id)
      ) WITHOUT ROWID;

      CREATE TABLE attendance (
        user_id       TEXT PRIMARY KEY,
        status        TEXT NOT NULL CHECK (status IN ('present', 'absent', 'absent_with_reason')),
        reason        TEXT,
        checked_in_at INTEGER,
        updated_at    INTEGER NOT NULL,
        updated_by    TEXT NOT NULL,
        CHECK ((status = 'absent_with_reason') = (reason IS NOT NULL))
      );

      CREATE TABLE speaker_requests (
        id             TEXT PRIMARY KEY,
        seq            INTEGER NOT NULL UNIQUE,
        user_id        TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('phat_bieu', 'tranh_luan', 'chat_van')),
        topic          TEXT,
        agenda_item_id TEXT,
        requested_at   INTEGER NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('queued', 'speaking', 'done', 'withdrawn', 'cancelled')),
        started_at     INTEGER,
        ended_at       INTEGER,
        limit_sec      INTEGER
      );
      CREATE UNIQUE INDEX speaker_one_pending_per_user ON speaker_requests(user_id) WHERE status IN ('queued', 'speaking');
      CREATE UNIQUE INDEX speaker_one_current ON speaker_requests(status) WHERE status = 'speaking';

      CREATE TABLE votes (
        id                 TEXT PRIMARY KEY,
        seq                INTEGER NOT NULL UNIQUE,
        agenda_item_id     TEXT NOT NULL,
        question           TEXT NOT NULL,
        kind               TEXT NOT NULL CHECK (kind IN ('public', 'named', 'secret')),
        rule_id            TEXT NOT NULL,
        -- the rule as applied (kind, base, labels, legal basis), frozen with the vote
        rule_json          TEXT NOT NULL,
        status             TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        opened_at          INTEGER NOT NULL,
        closed_at          INTEGER,
        -- frozen at open: legal denominator, all members, members present
        n                  INTEGER NOT NULL CHECK (n > 0),
        members            INTEGER NOT NULL,
        present_at_open    INTEGER NOT NULL,
        quorum_met_at_open INTEGER NOT NULL,
        result_json        TEXT,
        CHECK ((status = 'closed') = (result_json IS NOT NULL AND closed_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX votes_one_open ON votes(status) WHERE status = 'open';

      CREATE TABLE vote_options (
        vote_id   TEXT NOT NULL REFERENCES votes(id),
        option_id TEXT NOT NULL,
        position  INTEGER NOT NULL,
        label     TEXT NOT NULL,
        PRIMARY KEY (vote_id, option_id)
      ) WITHOUT ROWID;

      -- The entitled list, frozen when the vote opens (its size is votes.n).
      CREATE TABLE vote_entitled (
        vote_id         TEXT NOT NULL REFERENCES votes(id),
        user_id         TEXT NOT NULL,
        full_name       TEXT NOT NULL,
        present_at_open INTEGER NOT NULL,
        PRIMARY KEY (vote_id, user_id)
      ) WITHOUT ROWID;

      -- Public and named votes: who chose what.
      CREATE TABLE open_ballots (
        vote_id   TEXT NOT NULL,
        user_id   TEXT NOT NULL,
        option_id TEXT NOT NULL,
        cast_at   INTEGER NOT NULL,
        PRIMARY KEY (vote_id, user_id),
        FOREIGN KEY (vote_id, user_id) REFERENCES vote_entitled(vote_id, user_id),
        FOREIGN KEY (vote_id, option_id) REFERENCES vote_options(vote_id, option_id)
      ) WITHOUT ROWID;

      -- Secret ballots: who voted, and the ballots, with no common key, no time and no rowid.
      -- Ballots are keyed by a random 128-bit value; on close both tables are rewritten (see secret-ballot.ts).
      CREATE TABLE voters (
        vote_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (vote_id, user_id),
        FOREIGN KEY (vote_id, user_id) REFERENCES vote_entitled(vote_id, user_id)
      ) WITHOUT ROWID;
      CREATE TABLE ballots (
        vote_id    TEXT NOT NULL,
        ballot_key BLOB NOT NULL CHECK (typeof(ballot_key) = 'blob' AND length(ballot_key) = 16),
        option_id  TEXT NOT NULL,
        PRIMARY KEY (vote_id, ballot_key),
        FOREIGN KEY (vote_id, option_id) REFERENCES vote_options(vote_id, option_id)
      ) WITHOUT ROWID;

      -- Backstops: ballots only while the vote is open, and only in the tables of its kind.
      CREATE TRIGGER open_ballots_only_open BEFORE INSERT ON open_ballots
      WHEN (SELECT status <> 'open' OR kind = 'secret' FROM votes WHERE id = NEW.vote_id)
      BEGIN SELECT RAISE(ABORT, 'vote not open or secret'); END;
      CREATE TRIGGER voters_only_open BEFORE INSERT ON voters
      WHEN (SELECT status <> 'open' OR kind <> 'secret' FROM votes WHERE id = NEW.vote_id)
      BEGIN SELECT RAISE(ABORT, 'vote not open or not secret'); END;
      CREATE TRIGGER ballots_only_open BEFORE INSERT ON ballots
      WHEN (SELECT status <> 'open' OR kind <> 'secret' FROM votes WHERE id = NEW.vote_id)
      BEGIN SELECT RAISE(ABORT, 'vote not open or not secret'); END;
      CREATE TRIGGER open_ballots_frozen BEFORE UPDATE ON open_ballots
      BEGIN SELECT RAISE(ABORT, 'ballots are immutable'); END;
      CREATE TRIGGER ballots_frozen BEFORE UPDATE ON ballots
      BEGIN SELECT RAISE(ABORT, 'ballots are immutable'); END;
    `);
  },
};

/** Migrations of the relay's command database, in order. Append only. */
export const COMMANDS_MIGRATIONS: readonly Migration[] = [
  m0001Commands,
  m0002Record,
  m0003VoteBasis,
  m0004Elections,
  m0005MinutesEdits,
  m0006ElectionPreparation,
];
