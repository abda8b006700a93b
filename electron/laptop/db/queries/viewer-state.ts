import type { DocumentId, UserId } from '../../../../shared/model/ids';
import type { ViewerState, ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import type { Db } from '../../../common/sqlite/connection';

const parseZoom = (s: string): ZoomSetting => (s === 'page-width' || s === 'page-fit' ? s : Number(s) > 0 ? Number(s) : 'page-width');

export function getViewerState(db: Db, userId: UserId, documentId: DocumentId): ViewerState | null {
  const r = db.prepare('SELECT page, zoom, rotation FROM viewer_state WHERE user_id = ? AND document_id = ?').get(userId, documentId) as
    { page: number; zoom: string; rotation: ViewRotation } | undefined;
  return r ? { page: r.page, zoom: parseZoom(r.zoom), rotation: r.rotation } : null;
}

export function setViewerState(db: Db, userId: UserId, documentId: DocumentId, s: ViewerState, now: string): void {
  db.prepare(
    `INSERT INTO viewer_state (user_id, document_id, page, zoom, rotation, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(user_id, document_id) DO UPDATE SET page = excluded.page, zoom = excluded.zoom, rotation = excluded.rotation,
       updated_at = excluded.updated_at`,
  ).run(userId, documentId, s.page, String(s.zoom), s.rotation, now);
}
