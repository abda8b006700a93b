import type { Migration } from '../../common/sqlite/migrate';

/*
 * Elections (bầu cử) and confidence ratings (lấy phiếu tín nhiệm): multi-row ballots, secret by default.
 * Every round is kept (a further round or a runoff is a new row linked to the election). One ballot per
 * delegate per round (voters' primary key). Ballots carry no user, no time and no rowid; like secret votes
 * (secret-ballot.ts) both tables are rewritten when the round closes so file order shows no arrival order.
 */
export const m0004Elections: Migration = {
  version: 4,
  name: 'elections',
  up(db) {
    db.exec(`
      CREATE TABLE election_rounds (
        id           TEXT PRIMARY KEY,
        election_id  TEXT NOT NULL,
        round        INTEGER NOT NULL CHECK (round >= 1),
        kind         TEXT NOT NULL CHECK (kind IN ('election', 'rating')),
        -- 'first' (the prepared list), 'further_round' (seats left unfilled), 'runoff' (a tie at the cut-off)
        round_kind   TEXT NOT NULL CHECK (round_kind IN ('first', 'further_round', 'runoff')),
        office       TEXT NOT NULL,
        seats        INTEGER NOT NULL CHECK (seats >= 1),
        -- the ElectionBasis (base, citation, confirmation flag), frozen at open
        basis_json   TEXT NOT NULL,
        -- N: delegates in office when the round opened
        n            INTEGER NOT NULL CHECK (n > 0),
        status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        opened_at    INTEGER NOT NULL,
        closed_at    INTEGER,
        result_json  TEXT,
        UNIQUE (election_id, round),
        CHECK ((status = 'closed') = (result_json IS NOT NULL AND closed_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX election_rounds_one_open ON election_rounds(status) WHERE status = 'open';

      -- Candidates (or office-holders of a rating) in ballot order, with how they were nominated.
      CREATE TABLE election_candidates (
        round_id     TEXT NOT NULL REFERENCES election_rounds(id),
        candidate_id TEXT NOT NULL,
        position     INTEGER NOT NULL,
        full_name    TEXT NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('list', 'floor')),
        PRIMARY KEY (round_id, candidate_id)
      ) WITHOUT ROWID;

      CREATE TABLE election_entitled (
        round_id TEXT NOT NULL REFERENCES election_rounds(id),
        user_id  TEXT NOT NULL,
        PRIMARY KEY (round_id, user_id)
      ) WITHOUT ROWID;

      CREATE TABLE election_voters (
        round_id TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        PRIMARY KEY (round_id, user_id),
        FOREIGN KEY (round_id, user_id) REFERENCES election_entitled(round_id, user_id)
      ) WITHOUT ROWID;

      -- marks: the ballot as canonical JSON (sorted kept ids, or the rating per office-holder).
      CREATE TABLE election_ballots (
        round_id   TEXT NOT NULL REFERENCES election_rounds(id),
        ballot_key BLOB NOT NULL CHECK (typeof(ballot_key) = 'blob' AND length(ballot_key) = 16),
        marks      TEXT NOT NULL,
        PRIMARY KEY (round_id, ballot_key)
      ) WITHOUT ROWID;

      CREATE TRIGGER election_voters_only_open BEFORE INSERT ON election_voters
      WHEN (SELECT status <> 'open' FROM election_rounds WHERE id = NEW.round_id)
      BEGIN SELECT RAISE(ABORT, 'round not open'); END;
      CREATE TRIGGER election_ballots_only_open BEFORE INSERT ON election_ballots
      WHEN (SELECT status <> 'open' FROM election_rounds WHERE id = NEW.round_id)
      BEGIN SELECT RAISE(ABORT, 'round not open'); END;
      CREATE TRIGGER election_ballots_frozen BEFORE UPDATE ON election_ballots
      BEGIN SELECT RAISE(ABORT, 'ballots are immutable'); END;
    `);
  },
};

/*
 * The prepared election (the secretariat's list and counting board), what each round froze for its record
 * (present at open, N with its exclusions), and the counting board's confirmations and the announcement.
 */
export const m0006ElectionPreparation: Migration = {
  version: 6,
  name: 'election-preparation',
  up(db) {
    db.exec(`
      CREATE TABLE elections (
        id              TEXT PRIMARY KEY,
        seq             INTEGER NOT NULL UNIQUE,
        agenda_item_id  TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('election', 'rating')),
        office          TEXT NOT NULL,
        seats           INTEGER NOT NULL CHECK (seats >= 1),
        -- [{ id, fullName, accountId, source, floorAgreement }] in ballot order
        candidates_json TEXT NOT NULL,
        -- counting-board user ids, in the order they sign
        board_json      TEXT NOT NULL,
        -- the ElectionBasis in force for the body
        basis_json      TEXT NOT NULL,
        prepared_at     INTEGER NOT NULL
      );
      ALTER TABLE election_rounds ADD COLUMN present_at_open INTEGER;
      -- the FrozenDenominator (N, exclusions by name and reason) without its member list
      ALTER TABLE election_rounds ADD COLUMN denominator_json TEXT;

      CREATE TABLE election_confirmations (
        round_id TEXT NOT NULL REFERENCES election_rounds(id),
        user_id  TEXT NOT NULL,
        at       INTEGER NOT NULL,
        PRIMARY KEY (round_id, user_id)
      ) WITHOUT ROWID;
      CREATE TABLE election_announcements (
        round_id TEXT PRIMARY KEY REFERENCES election_rounds(id),
        at       INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TRIGGER election_confirm_only_closed BEFORE INSERT ON election_confirmations
      WHEN (SELECT status <> 'closed' FROM election_rounds WHERE id = NEW.round_id)
      BEGIN SELECT RAISE(ABORT, 'round not closed'); END;
    `);
  },
};
