/**
 * The Yjs store's tables, the one definition both programs use: the laptop's migration 0002 and the relay's
 * migration 0001 run this DDL, and store.ts reads and writes exactly these columns.
 * Append-only updates per doc, folded periodically into one snapshot row. Frozen: both shipped migrations run
 * it, so a schema change is a new migration in each program, never an edit here.
 */
export const YDOC_STORE_DDL = `
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
`;
