import type { Migration } from '../../../common/sqlite/migrate';

/**
 * Search text of confidential documents, sealed with the meeting's key (one row per page; see
 * electron/laptop/search/sealed-search.ts): never in search_pages or the FTS tables. Text of confidential
 * documents indexed in plain form by earlier versions is removed (zero-filled: secure_delete) and the FTS
 * index merged, so its segments no longer hold their words; those files are indexed again, sealed.
 */
export const m0009SealedSearch: Migration = {
  version: 9,
  name: 'sealed-search',
  up(db) {
    db.pragma('secure_delete = ON');
    db.exec(`
      CREATE TABLE search_sealed_pages (
        sha256     TEXT NOT NULL REFERENCES search_blobs(sha256) ON DELETE CASCADE,
        page       INTEGER NOT NULL CHECK (page >= 1),
        meeting_id TEXT NOT NULL,
        sealed     BLOB NOT NULL,
        PRIMARY KEY (sha256, page)
      );

      CREATE TEMP TABLE confidential_shas AS
        SELECT DISTINCT sha256 FROM documents WHERE confidentiality = 'mat';
      DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_pages WHERE sha256 IN (SELECT sha256 FROM confidential_shas));
      DELETE FROM search_pages WHERE sha256 IN (SELECT sha256 FROM confidential_shas);
      DELETE FROM search_blobs WHERE sha256 IN (SELECT sha256 FROM confidential_shas);
      DROP TABLE confidential_shas;
      INSERT INTO search_fts (search_fts) VALUES ('optimize');
    `);
  },
};
