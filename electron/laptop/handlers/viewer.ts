import type { ViewerState, ViewRotation, ZoomSetting } from '../../../shared/ipc/slices/viewer';
import type { DocumentId } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import { fail, ok } from '../../../shared/util/result';
import { getDocument } from '../db/queries/documents';
import { getViewerState, setViewerState } from '../db/queries/viewer-state';
import { Denied, meetingAccess } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { invalid, int, obj } from '../validate';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 10;
const ROTATIONS: readonly ViewRotation[] = [0, 90, 180, 270];

function parseState(v: unknown, doc: DocumentMeta): ViewerState {
  const r = obj(v);
  const page = int(r.page, 'page', 'error.field.page', 1, Math.max(1, doc.pages));
  const z = r.zoom;
  let zoom: ZoomSetting;
  if (z === 'page-width' || z === 'page-fit') zoom = z;
  else if (typeof z === 'number' && Number.isFinite(z) && z >= MIN_ZOOM && z <= MAX_ZOOM) zoom = z;
  else invalid('error.viewer.zoom', undefined, 'zoom');
  if (!ROTATIONS.includes(r.rotation as ViewRotation)) invalid('error.viewer.rotation', undefined, 'rotation');
  return { page, zoom, rotation: r.rotation as ViewRotation };
}

/** Where each user left each document on this laptop (page, zoom, rotation). */
export function viewerHandlers(svc: Services) {
  const visibleDoc = (ctx: CallContext, documentId: unknown) => {
    const doc = typeof documentId === 'string' ? getDocument(svc.db, documentId as DocumentId) : null;
    if (!doc) throw new Denied(fail('not_found', 'error.document.notFound').error);
    const a = meetingAccess(svc, ctx, doc.meetingId);
    if (!canSeeDocument(doc, a.participant, a.session.user.systemRole === 'secretariat')) {
      throw new Denied(fail('not_found', 'error.document.notFound').error);
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
  } satisfies DomainHandlers<'viewer'>;
}
