import type { Migration } from '../../../common/sqlite/migrate';

/** Where each user left each document (page, zoom, rotation), so reopening returns there. */
export const m0004ViewerState: Migration = {
  version: 4,
  name: 'viewer-state',
  up(db) {
    db.exec(`
      CREATE TABLE viewer_state (
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page        INTEGER NOT NULL CHECK (page >= 1),
        zoom        TEXT NOT NULL,
        rotation    INTEGER NOT NULL CHECK (rotation IN (0, 90, 180, 270)),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (user_id, document_id)
      );
    `);
  },
};
