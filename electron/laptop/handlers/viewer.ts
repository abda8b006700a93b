import type { ViewerState, ViewRotation, ZoomSetting } from '../../../shared/ipc/slices/viewer';
import type { DocumentId } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import { appError, err, ok } from '../../../shared/util/result';
import { getDocument } from '../db/queries/documents';
import { getUserPrefs, isTextScale, setUserPrefs } from '../db/queries/user-prefs';
import { getViewerState, setViewerState } from '../db/queries/viewer-state';
import { Denied, meetingAccess, requireSession } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { fail, int, InvalidInput, obj } from '../validate';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 10;
const ROTATIONS: readonly ViewRotation[] = [0, 90, 180, 270];

function parseState(v: unknown, doc: DocumentMeta): ViewerState {
  const r = obj(v, 'trạng thái xem');
  const page = int(r.page, 'page', 'Trang', 1, Math.max(1, doc.pages));
  const z = r.zoom;
  let zoom: ZoomSetting;
  if (z === 'page-width' || z === 'page-fit') zoom = z;
  else if (typeof z === 'number' && Number.isFinite(z) && z >= MIN_ZOOM && z <= MAX_ZOOM) zoom = z;
  else fail('Mức thu phóng không hợp lệ.', 'zoom');
  if (!ROTATIONS.includes(r.rotation as ViewRotation)) fail('Góc xoay không hợp lệ.', 'rotation');
  return { page, zoom, rotation: r.rotation as ViewRotation };
}

/** Where each user left each document on this laptop (page, zoom, rotation). */
export function viewerHandlers(svc: Services) {
  const visibleDoc = (ctx: CallContext, documentId: unknown) => {
    const doc = typeof documentId === 'string' ? getDocument(svc.db, documentId as DocumentId) : null;
    if (!doc) throw new Denied(err('not_found', 'Không tìm thấy tài liệu.').error);
    const a = meetingAccess(svc, ctx, doc.meetingId);
    if (!canSeeDocument(doc, a.participant, a.session.user.systemRole === 'secretariat')) {
      throw new Denied(err('not_found', 'Không tìm thấy tài liệu.').error);
    }
    return { doc, userId: a.session.user.id };
  };
  return {
    'viewer:get-state': (ctx, req) => {
      const { doc, userId } = visibleDoc(ctx, obj(req).documentId);
      return ok(getViewerState(svc.db, userId, doc.id));
    },
    'viewer:set-state': (ctx, req) => {
      const r = obj(req);
      const { doc, userId } = visibleDoc(ctx, r.documentId);
      setViewerState(svc.db, userId, doc.id, parseState(r.state, doc), svc.now().toISOString());
      return ok(null);
    },
    'viewer:get-prefs': (ctx) => ok(getUserPrefs(svc.db, requireSession(ctx).user.id)),
    'viewer:set-prefs': (ctx, req) => {
      const userId = requireSession(ctx).user.id;
      const scale = obj(req).textScale;
      if (!isTextScale(scale)) throw new InvalidInput(appError('invalid_input', 'a11y.textSize.invalid', undefined, { textScale: 'a11y.textSize.invalid' }));
      setUserPrefs(svc.db, userId, { textScale: scale }, svc.now().toISOString());
      return ok(getUserPrefs(svc.db, userId));
    },
  } satisfies DomainHandlers<'viewer'>;
}
