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
 * Ranking window: at most this many matching pages (the first in index order) are ranked, so a common word
 * costs the same on a 50,000-page archive as on one meeting. Ranking every match made a query grow linearly
 * with the archive (0.5 s p99 at 5,000 pages).
 */
export const RANK_WINDOW = 400;

/** A page matching an FTS5 expression, with its folded text (for ranking in search/rank.ts). */
export type WindowRow = { id: number; sha256: Sha256; page: number; folded: string };

/**
 * The first `window` pages of the given files matching an FTS5 expression, in index order. No bm25() here:
 * FTS5 computes it by counting the expression's rows over the whole index on every query (query.ts ranks).
 */
export function matchWindow(db: Db, fts: string, shas: readonly Sha256[], window = RANK_WINDOW): WindowRow[] {
  // Keep the FTS table driving the query: filtering by rowid inside the MATCH made FTS5 re-run the match
  // per candidate row (minutes on 5,000 pages). ORDER BY rowid is consumed by FTS5, so the query stops
  // after `window` rows in scope instead of visiting every match.
  return cachedStatement(
    db,
    `SELECT search_fts.rowid AS id, sp.sha256 AS sha256, sp.page AS page, search_fts.folded AS folded
       FROM search_fts JOIN search_pages sp ON sp.id = search_fts.rowid
       WHERE search_fts MATCH ? AND sp.sha256 IN (SELECT value FROM json_each(?))
       ORDER BY search_fts.rowid LIMIT ?`,
  ).all(fts, JSON.stringify(shas), window) as WindowRow[];
}

/** Original texts of the given pages (by search_pages.id): read only for the pages a search returns. */
export function pageBodies(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(db, 'SELECT id, body FROM search_pages WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; body: string }[];
  return new Map(rows.map((r) => [r.id, r.body]));
}

/**
 * Parts of pages' original texts: `length` characters from offset `start` (0-based; SQLite counts characters
 * as code points, so a page with astral characters may not line up: the caller checks). Cheaper than whole
 * pages: most of reading a page is turning its UTF-8 into a string.
 */
export function pageExcerpts(db: Db, parts: readonly { id: number; start: number; length: number }[]): Map<number, string> {
  if (parts.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    `SELECT p.id AS id, substr(p.body, json_extract(j.value, '$.start') + 1, json_extract(j.value, '$.length')) AS text
       FROM json_each(?) j JOIN search_pages p ON p.id = json_extract(j.value, '$.id')`,
  ).all(JSON.stringify(parts)) as { id: number; text: string }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Pages of the whole index matching an FTS5 expression (the document frequency BM25's idf needs). */
export function countMatchingPages(db: Db, fts: string): number {
  return (cachedStatement(db, 'SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(fts) as { n: number }).n;
}

/**
 * The index's version and size: the highest page id changes whenever pages are added (re-indexing a file
 * deletes and adds), so statistics cached under it stay valid until then.
 */
export function indexStamp(db: Db): { maxId: number } {
  return cachedStatement(db, 'SELECT coalesce(max(id), 0) AS maxId FROM search_pages').get() as { maxId: number };
}

export function countPages(db: Db): number {
  return (cachedStatement(db, 'SELECT count(*) AS n FROM search_pages').get() as { n: number }).n;
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
