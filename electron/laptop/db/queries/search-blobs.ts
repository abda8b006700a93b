import type { Sha256 } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';
import { deleteSealedPagesOf } from './search-sealed-pages';
import { cachedStatement } from './statement-cache';

export type SearchBlobState = 'indexing' | 'done' | 'failed' | 'encrypted';
export type SearchBlobRow = {
  sha256: Sha256;
  state: SearchBlobState;
  pagesTotal: number;
  pagesDone: number;
  reason: string;
  extractorVersion: number;
};

type Raw = { sha256: string; state: SearchBlobState; pages_total: number; pages_done: number; reason: string; extractor_version: number };
const toRow = (r: Raw): SearchBlobRow => ({
  sha256: r.sha256 as Sha256,
  state: r.state,
  pagesTotal: r.pages_total,
  pagesDone: r.pages_done,
  reason: r.reason,
  extractorVersion: r.extractor_version,
});

export function getSearchBlob(db: Db, sha256: Sha256): SearchBlobRow | null {
  const r = cachedStatement(db, 'SELECT * FROM search_blobs WHERE sha256 = ?').get(sha256) as Raw | undefined;
  return r ? toRow(r) : null;
}

export function listSearchBlobs(db: Db, shas: readonly Sha256[]): Map<Sha256, SearchBlobRow> {
  const rows = cachedStatement(db, 'SELECT * FROM search_blobs WHERE sha256 IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(shas),
  ) as Raw[];
  return new Map(rows.map((r) => [r.sha256 as Sha256, toRow(r)]));
}

/** Starts (or restarts from scratch) the index of one file: its old pages are removed. */
export function resetSearchBlob(db: Db, sha256: Sha256, pagesTotal: number, extractorVersion: number, now: string): void {
  db.transaction(() => {
    deletePagesOf(db, sha256);
    db.prepare(
      `INSERT INTO search_blobs (sha256, state, pages_total, pages_done, reason, extractor_version, updated_at)
       VALUES (?, 'indexing', ?, 0, '', ?, ?)
       ON CONFLICT(sha256) DO UPDATE SET state = 'indexing', pages_total = excluded.pages_total, pages_done = 0, reason = '',
         extractor_version = excluded.extractor_version, updated_at = excluded.updated_at`,
    ).run(sha256, pagesTotal, extractorVersion, now);
  })();
}

export function finishSearchBlob(
  db: Db,
  sha256: Sha256,
  state: Exclude<SearchBlobState, 'indexing'>,
  reason: string,
  now: string,
  extractorVersion: number,
): void {
  db.prepare(
    `INSERT INTO search_blobs (sha256, state, pages_total, pages_done, reason, extractor_version, updated_at)
     VALUES (?, ?, 0, 0, ?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at,
       extractor_version = excluded.extractor_version`,
  ).run(sha256, state, reason, extractorVersion, now);
}

/** Removes the FTS rows too (search_fts is a separate virtual table without foreign keys), and sealed pages. */
export function deletePagesOf(db: Db, sha256: Sha256): void {
  deleteSealedPagesOf(db, sha256);
  db.prepare('DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_pages WHERE sha256 = ?)').run(sha256);
  db.prepare('DELETE FROM search_pages WHERE sha256 = ?').run(sha256);
}

/** Forgets a file's index entirely (a recalled confidential file): it would be indexed again if it came back. */
export function deleteSearchBlob(db: Db, sha256: Sha256): void {
  db.transaction(() => {
    deletePagesOf(db, sha256);
    db.prepare('DELETE FROM search_blobs WHERE sha256 = ?').run(sha256);
  })();
}
