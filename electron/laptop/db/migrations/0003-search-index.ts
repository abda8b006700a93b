import type { Migration } from '../../../common/sqlite/migrate';

/**
 * Full-text search index, keyed by file content (sha256) so each document version is extracted once,
 * whichever meetings it appears in. search_fts holds text folded by shared/search/normalize.ts (no
 * diacritics, đ→d, lower case); search_pages keeps the original text for snippets.
 */
export const m0003SearchIndex: Migration = {
  version: 3,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_blobs (
        sha256            TEXT PRIMARY KEY REFERENCES blobs(sha256) ON DELETE CASCADE,
        state             TEXT NOT NULL CHECK (state IN ('indexing', 'done', 'failed', 'encrypted')),
        pages_total       INTEGER NOT NULL DEFAULT 0,
        pages_done        INTEGER NOT NULL DEFAULT 0,
        reason            TEXT NOT NULL DEFAULT '',
        -- bumped when extraction changes, so old indexes are rebuilt
        extractor_version INTEGER NOT NULL,
        updated_at        TEXT NOT NULL
      );

      CREATE TABLE search_pages (
        id     INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES search_blobs(sha256) ON DELETE CASCADE,
        page   INTEGER NOT NULL CHECK (page >= 1),
        body   TEXT NOT NULL,
        UNIQUE (sha256, page)
      );

      -- rowid = search_pages.id
      CREATE VIRTUAL TABLE search_fts USING fts5(folded, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
    `);
  },
};
