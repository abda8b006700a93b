import type { Migration } from '../../../common/sqlite/migrate';

/** The secretariat can disable an account on this laptop: it can no longer sign in here (NULL = enabled). */
export const m0008AccountDisabled: Migration = {
  version: 8,
  name: 'account-disabled',
  up(db) {
    db.exec(`ALTER TABLE users ADD COLUMN disabled_at TEXT;`);
  },
};
