import type { Migration } from '../migrate';

/** Append-only Yjs updates per doc, folded periodically into one snapshot row (see ydoc-store.ts). */
export const m0002YdocStore: Migration = {
  version: 2,
  name: 'ydoc-store',
  up(db) {
    db.exec(`
      CREATE TABLE ydoc_updates (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        doc     TEXT NOT NULL,
        update_ BLOB NOT NULL
      );
      CREATE INDEX ydoc_updates_doc ON ydoc_updates(doc, seq);
      CREATE TABLE ydoc_snapshots (
        doc        TEXT PRIMARY KEY,
        state      BLOB NOT NULL,
        -- highest update seq folded into this snapshot
        upto_seq   INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
