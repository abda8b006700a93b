import type { Sha256 } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';
import { cachedStatement } from './statement-cache';

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

/**
 * Ranking window: bm25 is computed for at most this many matching pages (the first in index order), so a
 * common word costs the same on a 50,000-page archive as on one meeting. Ranking every match made a query
 * grow linearly with the archive (0.5 s p99 at 5,000 pages).
 */
export const RANK_WINDOW = 400;

/** Pages of the given files matching an FTS5 expression: the best `limit` by bm25 among the first RANK_WINDOW matches. */
export function matchPages(db: Db, fts: string, shas: readonly Sha256[], limit: number): PageMatch[] {
  // Keep the FTS table driving the query: filtering by rowid inside the MATCH made FTS5 re-run the match
  // per candidate row (minutes on 5,000 pages). ORDER BY rowid is consumed by FTS5, so the inner query stops
  // after RANK_WINDOW rows in scope instead of ranking and sorting every match.
  return cachedStatement(
    db,
    `SELECT p.sha256 AS sha256, p.page AS page, p.body AS body, w.rank AS rank
       FROM (SELECT search_fts.rowid AS id, search_fts.rank AS rank
             FROM search_fts JOIN search_pages sp ON sp.id = search_fts.rowid
             WHERE search_fts MATCH ? AND sp.sha256 IN (SELECT value FROM json_each(?))
             ORDER BY search_fts.rowid LIMIT ?) AS w
       JOIN search_pages p ON p.id = w.id
       ORDER BY w.rank LIMIT ?`,
  ).all(fts, JSON.stringify(shas), Math.max(RANK_WINDOW, limit), limit) as PageMatch[];
}

export function getPageBody(db: Db, sha256: Sha256, page: number): string | null {
  const r = cachedStatement(db, 'SELECT body FROM search_pages WHERE sha256 = ? AND page = ?').get(sha256, page) as
    { body: string } | undefined;
  return r?.body ?? null;
}

export function lastStoredPage(db: Db, sha256: Sha256): number {
  const r = db.prepare('SELECT coalesce(max(page), 0) AS p FROM search_pages WHERE sha256 = ?').get(sha256) as { p: number };
  return r.p;
}
