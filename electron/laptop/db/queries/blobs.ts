import type { Sha256 } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';

export type BlobRow = { sha256: Sha256; sizeBytes: number; pages: number; pdfTitle: string | null };

export function upsertBlob(db: Db, b: BlobRow): void {
  db.prepare(
    `INSERT INTO blobs (sha256, size_bytes, pages, pdf_title, created_at) VALUES (@sha256, @sizeBytes, @pages, @pdfTitle, @createdAt)
     ON CONFLICT(sha256) DO NOTHING`,
  ).run({ ...b, createdAt: new Date().toISOString() });
}

export function getBlob(db: Db, sha256: Sha256): BlobRow | null {
  const r = db.prepare('SELECT sha256, size_bytes, pages, pdf_title FROM blobs WHERE sha256 = ?').get(sha256) as
    { sha256: string; size_bytes: number; pages: number; pdf_title: string | null } | undefined;
  return r ? { sha256: r.sha256 as Sha256, sizeBytes: r.size_bytes, pages: r.pages, pdfTitle: r.pdf_title } : null;
}
