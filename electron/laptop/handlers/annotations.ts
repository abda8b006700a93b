import { privateRoom, sharedRoom } from '../../../shared/annotations/rooms';
import { readAnnotations } from '../../../shared/annotations/ydoc-model';
import type { DocumentId } from '../../../shared/model/ids';
import { canSeeDocument } from '../../../shared/model/visibility';
import { fail, ok } from '../../../shared/util/result';
import { getDocument } from '../db/queries/documents';
import { meetingAccess } from '../access';
import { exportAnnotatedPdf } from '../annotations/export-pdf';
import type { DomainHandlers, Services } from '../context';
import { obj } from '../validate';

const exportName = (fileName: string) => `${fileName.replace(/\.pdf$/i, '')} - ghi chu.pdf`;

export function annotationHandlers(svc: Services) {
  return {
    'annotations:export': async (ctx, req) => {
      const id = obj(req).documentId;
      const doc = typeof id === 'string' ? getDocument(svc.db, id as DocumentId) : null;
      if (!doc) return fail('not_found', 'error.document.notFound');
      const a = meetingAccess(svc, ctx, doc.meetingId);
      if (!canSeeDocument(doc, a.participant, a.session.user.systemRole === 'secretariat'))
        return fail('not_found', 'error.document.notFound');
      // A confidential document never leaves the application as a file (leak deterrence, issue 13).
      if (doc.confidentiality === 'mat') return fail('forbidden', 'error.document.confidentialExport');
      if (!svc.blobs.has(doc.sha256)) return fail('not_found', 'error.document.blobMissing');
      const me = a.session.user.id;
      // "My annotations": private ones plus those I shared; never other people's.
      const mine = [
        ...readAnnotations(svc.ydocs.get(privateRoom(me)), doc.id),
        ...readAnnotations(svc.ydocs.get(sharedRoom(doc.id)), doc.id).filter((x) => x.authorId === me),
      ];
      const opened = svc.blobs.open(doc.sha256);
      if (!opened.ok) return opened;
      const out = await exportAnnotatedPdf(opened.value.bytes, mine);
      if (!out.ok) return out;
      return ok({ fileName: exportName(doc.fileName), bytes: out.value.bytes, annotations: out.value.added });
    },
  } satisfies DomainHandlers<'annotations'>;
}
