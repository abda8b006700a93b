import type { Migration } from '../../../common/sqlite/migrate';

/**
 * Small per-laptop settings as JSON values by key: the relay this laptop signs in through (per user) and
 * the last meeting manifest received from it, so the meeting opens offline after a restart.
 */
export const m0005Settings: Migration = {
  version: 5,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL, -- JSON
        updated_at TEXT NOT NULL
      );
    `);
  },
};
