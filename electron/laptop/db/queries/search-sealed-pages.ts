import type { MeetingId, Sha256 } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';
import { cachedStatement } from './statement-cache';

/** Sealed search text of confidential documents (`search_sealed_pages`, migration 0009): ciphertext only. */
export type SealedPage = { page: number; sealed: Buffer };

/** Stores a batch of sealed pages and advances the file's progress in one transaction (resumable like insertPages). */
export function insertSealedPages(db: Db, sha256: Sha256, meetingId: MeetingId, pages: readonly SealedPage[], now: string): void {
  const ins = db.prepare(
    'INSERT INTO search_sealed_pages (sha256, page, meeting_id, sealed) VALUES (?, ?, ?, ?) ON CONFLICT(sha256, page) DO NOTHING',
  );
  db.transaction(() => {
    for (const p of pages) ins.run(sha256, p.page, meetingId, p.sealed);
    db.prepare(
      `UPDATE search_blobs SET pages_done = (SELECT count(*) FROM search_sealed_pages WHERE sha256 = ?), updated_at = ? WHERE sha256 = ?`,
    ).run(sha256, now, sha256);
  })();
}

export function listSealedPages(db: Db, sha256: Sha256): { meetingId: MeetingId; pages: SealedPage[] } | null {
  const rows = cachedStatement(db, 'SELECT page, meeting_id, sealed FROM search_sealed_pages WHERE sha256 = ? ORDER BY page').all(
    sha256,
  ) as {
    page: number;
    meeting_id: string;
    sealed: Buffer;
  }[];
  if (rows.length === 0) return null;
  return { meetingId: rows[0]!.meeting_id as MeetingId, pages: rows.map((r) => ({ page: r.page, sealed: r.sealed })) };
}

/** Files (among `shas`) whose search text is sealed. */
export function sealedShas(db: Db, shas: readonly Sha256[]): Set<Sha256> {
  const rows = cachedStatement(db, 'SELECT DISTINCT sha256 FROM search_sealed_pages WHERE sha256 IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(shas),
  ) as { sha256: string }[];
  return new Set(rows.map((r) => r.sha256 as Sha256));
}

export function lastSealedPage(db: Db, sha256: Sha256): number {
  const r = db.prepare('SELECT coalesce(max(page), 0) AS p FROM search_sealed_pages WHERE sha256 = ?').get(sha256) as { p: number };
  return r.p;
}

export function deleteSealedPagesOf(db: Db, sha256: Sha256): void {
  db.prepare('DELETE FROM search_sealed_pages WHERE sha256 = ?').run(sha256);
}
