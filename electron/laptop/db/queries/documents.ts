import type { AgendaItemId, DocumentId, MeetingId, Sha256 } from '../../../../shared/model/ids';
import type { Confidentiality, DocType, DocumentMeta, Visibility } from '../../../../shared/model/types';
import type { Db } from '../../../common/sqlite/connection';

type Row = {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  title: string;
  doc_type: DocType;
  version: number;
  supersedes_id: string | null;
  confidentiality: Confidentiality;
  visibility: string;
  sha256: string;
  file_name: string;
  position: number;
  created_at: string;
  size_bytes: number;
  pages: number;
  pdf_title: string | null;
  superseded: number;
};

const SELECT = `SELECT d.*, b.size_bytes, b.pages, b.pdf_title,
                  EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id) AS superseded
                FROM documents d JOIN blobs b ON b.sha256 = d.sha256`;

const toMeta = (r: Row): DocumentMeta => ({
  id: r.id as DocumentId,
  meetingId: r.meeting_id as MeetingId,
  agendaItemId: r.agenda_item_id as AgendaItemId,
  title: r.title,
  docType: r.doc_type,
  version: r.version,
  supersedesId: r.supersedes_id as DocumentId | null,
  superseded: r.superseded === 1,
  confidentiality: r.confidentiality,
  visibility: JSON.parse(r.visibility) as Visibility,
  sha256: r.sha256 as Sha256,
  pages: r.pages,
  sizeBytes: r.size_bytes,
  fileName: r.file_name,
  pdfTitle: r.pdf_title,
  createdAt: r.created_at,
});

export type DocumentInsert = Omit<DocumentMeta, 'superseded' | 'pages' | 'sizeBytes' | 'pdfTitle'> & { position: number };

export function insertDocument(db: Db, d: DocumentInsert): void {
  db.prepare(
    `INSERT INTO documents (id, meeting_id, agenda_item_id, title, doc_type, version, supersedes_id, confidentiality,
       visibility, sha256, file_name, position, created_at)
     VALUES (@id, @meetingId, @agendaItemId, @title, @docType, @version, @supersedesId, @confidentiality,
       @visibilityJson, @sha256, @fileName, @position, @createdAt)`,
  ).run({ ...d, visibilityJson: JSON.stringify(d.visibility) });
}

export function updateDocumentMeta(
  db: Db,
  id: DocumentId,
  p: { title: string; docType: DocType; confidentiality: Confidentiality; visibility: Visibility },
): void {
  db.prepare(
    'UPDATE documents SET title = @title, doc_type = @docType, confidentiality = @confidentiality, visibility = @v WHERE id = @id',
  ).run({ ...p, v: JSON.stringify(p.visibility), id });
}

export function deleteDocument(db: Db, id: DocumentId): void {
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}

export function getDocument(db: Db, id: DocumentId): DocumentMeta | null {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
  return r ? toMeta(r) : null;
}

export function listDocuments(db: Db, meetingId: MeetingId): DocumentMeta[] {
  return (db.prepare(`${SELECT} WHERE d.meeting_id = ? ORDER BY d.position, d.version`).all(meetingId) as Row[]).map(toMeta);
}

export function nextDocumentPosition(db: Db, agendaItemId: AgendaItemId): number {
  const r = db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM documents WHERE agenda_item_id = ?').get(agendaItemId) as {
    p: number;
  };
  return r.p;
}
