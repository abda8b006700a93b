import type { AnnotationRoom } from '../../../shared/annotations/rooms';
import { canSeeDocument } from '../../../shared/model/visibility';
import { getDocument } from '../db/queries/documents';
import { Denied, meetingAccess } from '../access';
import type { CallContext, Services } from '../context';

/** What a caller may do in a room: write it, and (secretariat) also remove others' shared annotations. */
export type RoomRight = { moderator: boolean };

/**
 * The private room only for its owner; a document's shared room for whoever may see the document
 * (shared/model/visibility.ts, the same rule as everywhere else). null: no access at all.
 */
export function roomRight(svc: Services, ctx: CallContext, room: AnnotationRoom): RoomRight | null {
  const session = ctx.session;
  if (!session) return null;
  switch (room.kind) {
    case 'private':
      return room.userId === session.user.id ? { moderator: false } : null;
    case 'shared': {
      const doc = getDocument(svc.db, room.documentId);
      if (!doc) return null;
      try {
        const a = meetingAccess(svc, ctx, doc.meetingId);
        return canSeeDocument(doc, a.participant, session.user.systemRole === 'secretariat') ? { moderator: a.canEdit } : null;
      } catch (e) {
        if (e instanceof Denied) return null;
        throw e;
      }
    }
    default: {
      const never: never = room;
      throw new Error(`unknown room ${JSON.stringify(never)}`);
    }
  }
}
