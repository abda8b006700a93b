import type { Migration } from '../../../common/sqlite/migrate';

/**
 * This laptop installation's stable id (one row): 128 random bits created once, here, so every later start
 * names the same laptop. The relay records which laptops received confidential material and which confirmed
 * its recall by this id (PROTOCOL.md "Confidential documents"); it is self-declared, never authority.
 */
export const m0010Installation: Migration = {
  version: 10,
  name: 'installation',
  up(db) {
    db.exec(`
      CREATE TABLE installation (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        laptop_id  TEXT NOT NULL CHECK (length(laptop_id) = 32),
        created_at TEXT NOT NULL
      );
      INSERT INTO installation (id, laptop_id, created_at)
        VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  },
};
