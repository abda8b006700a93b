import type { Migration } from '../../common/sqlite/migrate';

/*
 * The legal basis of each vote, frozen when it opens: the denominator N with every exclusion by name and
 * reason, the quorum and rule citations in force, the round (a re-vote ordered by the chair is round 2, 3...,
 * and keeps a link to the round it repeats; both stay on record).
 */
export const m0003VoteBasis: Migration = {
  version: 3,
  name: 'vote-basis',
  up(db) {
    db.exec(`
      CREATE TABLE vote_basis (
        vote_id    TEXT PRIMARY KEY REFERENCES votes(id),
        round      INTEGER NOT NULL CHECK (round >= 1),
        revote_of  TEXT REFERENCES votes(id),
        basis_json TEXT NOT NULL,
        CHECK ((round = 1) = (revote_of IS NULL))
      ) WITHOUT ROWID;
      -- A round is repeated at most once: the next round repeats the latest.
      CREATE UNIQUE INDEX vote_basis_one_revote ON vote_basis(revote_of) WHERE revote_of IS NOT NULL;
      CREATE TRIGGER vote_basis_frozen BEFORE UPDATE ON vote_basis
      BEGIN SELECT RAISE(ABORT, 'vote basis is immutable'); END;
    `);
  },
};
