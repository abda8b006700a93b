import type { Sha256 } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';

export type PageText = { page: number; body: string; folded: string };
export type PageMatch = { sha256: Sha256; page: number; body: string; rank: number };

/**
 * Stores a batch of extracted pages and advances the file's progress in one transaction, so after a crash
 * indexing resumes at the first page not stored.
 */
export function insertPages(db: Db, sha256: Sha256, pages: readonly PageText[], now: string): void {
  const insPage = db.prepare('INSERT INTO search_pages (sha256, page, body) VALUES (?, ?, ?) ON CONFLICT(sha256, page) DO NOTHING');
  const insFts = db.prepare('INSERT INTO search_fts (rowid, folded) VALUES (?, ?)');
  db.transaction(() => {
    for (const p of pages) {
      const r = insPage.run(sha256, p.page, p.body);
      if (r.changes === 1) insFts.run(r.lastInsertRowid, p.folded);
    }
    db.prepare(
      `UPDATE search_blobs SET pages_done = (SELECT count(*) FROM search_pages WHERE sha256 = ?), updated_at = ? WHERE sha256 = ?`,
    ).run(sha256, now, sha256);
  })();
}

/** Pages of the given files matching an FTS5 expression, best first (bm25). */
export function matchPages(db: Db, fts: string, shas: readonly Sha256[], limit: number): PageMatch[] {
  // Keep the FTS table driving the query: filtering by rowid inside the MATCH made FTS5 re-run the match
  // per candidate row (minutes on 5,000 pages).
  return db
    .prepare(
      `SELECT p.sha256 AS sha256, p.page AS page, p.body AS body, search_fts.rank AS rank
       FROM search_fts JOIN search_pages p ON p.id = search_fts.rowid
       WHERE search_fts MATCH ? AND p.sha256 IN (SELECT value FROM json_each(?))
       ORDER BY search_fts.rank LIMIT ?`,
    )
    .all(fts, JSON.stringify(shas), limit) as PageMatch[];
}

export function getPageBody(db: Db, sha256: Sha256, page: number): string | null {
  const r = db.prepare('SELECT body FROM search_pages WHERE sha256 = ? AND page = ?').get(sha256, page) as { body: string } | undefined;
  return r?.body ?? null;
}

export function lastStoredPage(db: Db, sha256: Sha256): number {
  const r = db.prepare('SELECT coalesce(max(page), 0) AS p FROM search_pages WHERE sha256 = ?').get(sha256) as { p: number };
  return r.p;
}
