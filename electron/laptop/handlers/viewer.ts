import type { ViewerState, ViewRotation, WatermarkIdentity, ZoomSetting } from '../../../shared/ipc/slices/viewer';
import type { DocumentId } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import { fail, ok } from '../../../shared/util/result';
import { getDocument } from '../db/queries/documents';
import { getUserPrefs, isTextScale, setUserPrefs } from '../db/queries/user-prefs';
import { getViewerState, setViewerState } from '../db/queries/viewer-state';
import { Denied, meetingAccess, requireSession } from '../access';
import { createProtectionTracker, type ProtectionTracker } from '../content-protection';
import type { CallContext, DomainHandlers, Services } from '../context';
import { invalid, int, obj, text } from '../validate';

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
    return { doc, userId: a.session.user.id, a };
  };
  // One decision per window (Electron) or connection (browser mode); gone with its context.
  const trackers = new WeakMap<CallContext, ProtectionTracker>();
  const trackerFor = (ctx: CallContext) => {
    let t = trackers.get(ctx);
    if (!t) trackers.set(ctx, (t = createProtectionTracker()));
    return t;
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
    'viewer:protection': (ctx, req) => {
      const r = obj(req);
      const viewerId = text(r.viewerId, 'viewerId', 'error.field.viewerId', { max: 64 });
      let watermark: WatermarkIdentity | null = null;
      // Closing needs no session (a sign-out closes the viewer); showing a document needs the right to see it.
      if (r.documentId !== null) {
        const { doc, a } = visibleDoc(ctx, r.documentId);
        if (doc.confidentiality === 'mat') {
          const who = a.participant ?? a.session.user;
          watermark = { fullName: who.fullName, unit: who.unit, group: a.participant?.group ?? '' };
        }
      }
      const change = trackerFor(ctx).show(viewerId, watermark !== null);
      if (change.changed) ctx.setContentProtection?.(change.on);
      return ok({ protected: change.on, watermark });
    },
    'viewer:get-prefs': (ctx) => ok(getUserPrefs(svc.db, requireSession(ctx).user.id)),
    'viewer:set-prefs': (ctx, req) => {
      const userId = requireSession(ctx).user.id;
      const scale = obj(req).textScale;
      if (!isTextScale(scale)) invalid('a11y.textSize.invalid', undefined, 'textScale');
      setUserPrefs(svc.db, userId, { textScale: scale }, svc.now().toISOString());
      return ok(getUserPrefs(svc.db, userId));
    },
  } satisfies DomainHandlers<'viewer'>;
}
