import type { AnnotationRoom } from '../../../shared/annotations/rooms';
import { canSeeDocument } from '../../../shared/model/visibility';
import { getDocument } from '../db/queries/documents';
import { Denied, meetingAccess } from '../access';
import type { CallContext, Services } from '../context';

/** What a caller may do in a room: write it, and (secretariat) also remove others' shared annotations. */
export type RoomRight = { moderator: boolean };

type StoredDocument = NonNullable<ReturnType<typeof getDocument>>;

/** Whether the caller may see the document (shared/model/visibility.ts, the same rule as everywhere else). */
function visibleTo(svc: Services, ctx: CallContext, doc: StoredDocument): boolean {
  try {
    const a = meetingAccess(svc, ctx, doc.meetingId);
    return canSeeDocument(doc, a.participant, ctx.session?.user.systemRole === 'secretariat');
  } catch (e) {
    if (e instanceof Denied) return false;
    throw e;
  }
}

/**
 * The private room only for its owner (and a private-doc room only while the owner may see that confidential
 * document); a document's shared room for whoever may see the document. null: no access at all.
 */
export function roomRight(svc: Services, ctx: CallContext, room: AnnotationRoom): RoomRight | null {
  const session = ctx.session;
  if (!session) return null;
  switch (room.kind) {
    case 'private':
      return room.userId === session.user.id ? { moderator: false } : null;
    case 'private-doc': {
      if (room.userId !== session.user.id) return null;
      const doc = getDocument(svc.db, room.documentId);
      return doc?.confidentiality === 'mat' && visibleTo(svc, ctx, doc) ? { moderator: false } : null;
    }
    case 'shared': {
      const doc = getDocument(svc.db, room.documentId);
      if (!doc || !visibleTo(svc, ctx, doc)) return null;
      return { moderator: meetingAccess(svc, ctx, doc.meetingId).canEdit };
    }
    default: {
      const never: never = room;
      throw new Error(`unknown room ${JSON.stringify(never)}`);
    }
  }
}
