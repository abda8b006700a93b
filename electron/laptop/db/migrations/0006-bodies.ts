import type { Migration } from '../../../common/sqlite/migrate';

/**
 * Bodies, their terms (khóa) and dated memberships: the legal roster N comes from. A meeting belongs to one
 * body's term (meeting_bodies); its participants (invitations: guests, observers, staff) stay separate.
 */
export const m0006Bodies: Migration = {
  version: 6,
  name: 'bodies-terms-memberships',
  up(db) {
    db.exec(`
      CREATE TABLE bodies (
        id        TEXT PRIMARY KEY,
        type      TEXT NOT NULL CHECK (type IN ('bch_tinh_uy', 'ban_thuong_vu', 'hdnd', 'thuong_truc_hdnd', 'ban_hdnd', 'ubnd')),
        level     TEXT NOT NULL CHECK (level IN ('tinh', 'xa')),
        name      TEXT NOT NULL,
        parent_id TEXT REFERENCES bodies(id)
      );

      CREATE TABLE terms (
        id         TEXT PRIMARY KEY,
        body_id    TEXT NOT NULL REFERENCES bodies(id),
        label      TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date   TEXT,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX terms_body ON terms(body_id);

      CREATE TABLE memberships (
        id          TEXT PRIMARY KEY,
        term_id     TEXT NOT NULL REFERENCES terms(id),
        user_id     TEXT REFERENCES users(id),
        full_name   TEXT NOT NULL,
        position    TEXT NOT NULL DEFAULT '',
        is_head     INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
        start_date  TEXT NOT NULL,
        start_kind  TEXT NOT NULL CHECK (start_kind IN ('elected', 'by_election', 'appointed', 'merged')),
        former_body TEXT,
        end_date    TEXT,
        end_kind    TEXT CHECK (end_kind IN ('resigned', 'dismissed', 'died', 'transferred', 'suspended', 'prosecuted')),
        end_reason  TEXT,
        lifted_on   TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK ((end_date IS NULL) = (end_kind IS NULL)),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (lifted_on IS NULL OR end_kind IN ('suspended', 'prosecuted'))
      );
      CREATE INDEX memberships_term ON memberships(term_id);
      -- one membership per account and term
      CREATE UNIQUE INDEX memberships_user_term ON memberships(term_id, user_id) WHERE user_id IS NOT NULL;

      CREATE TABLE meeting_bodies (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        term_id    TEXT NOT NULL REFERENCES terms(id)
      );
    `);
  },
};
