import type { DocumentId, UserId } from '../model/ids';
import { isIdShape } from '../model/ids';
import type { Confidentiality } from '../model/types';

/**
 * Yjs rooms split by who may write them: a delegate's private annotations (across all ordinary documents),
 * a delegate's private annotations on one confidential ("mật") document, and one shared room per document.
 * The relay and the local services use these exact names.
 *
 * Notes on a confidential document get a room of their own so that a laptop can store them sealed with that
 * meeting's key, delete them whole at recall, and never mix them with notes that outlive the meeting.
 */
export type AnnotationRoom =
  | { kind: 'private'; userId: UserId; name: string }
  | { kind: 'private-doc'; userId: UserId; documentId: DocumentId; name: string }
  | { kind: 'shared'; documentId: DocumentId; name: string };

export const PRIVATE_ROOM_PREFIX = 'annotations-private:';
export const PRIVATE_DOC_ROOM_PREFIX = 'annotations-private-doc:';
export const SHARED_ROOM_PREFIX = 'annotations-shared:';
/** Between the user id and the document id of a private-doc room: a character no id contains. */
export const PRIVATE_DOC_SEPARATOR = '.';

export const privateRoom = (userId: UserId): string => `${PRIVATE_ROOM_PREFIX}${userId}`;
export const privateDocRoom = (userId: UserId, documentId: DocumentId): string =>
  `${PRIVATE_DOC_ROOM_PREFIX}${userId}${PRIVATE_DOC_SEPARATOR}${documentId}`;
export const sharedRoom = (documentId: DocumentId): string => `${SHARED_ROOM_PREFIX}${documentId}`;

/** Where a user's private notes on `doc` live: their own room for a confidential document, else the common one. */
export const notesRoomFor = (userId: UserId, doc: { id: DocumentId; confidentiality: Confidentiality }): string =>
  doc.confidentiality === 'mat' ? privateDocRoom(userId, doc.id) : privateRoom(userId);

/** "<userId>.<documentId>" → both ids, or null. */
export function splitPrivateDocId(id: string): { userId: UserId; documentId: DocumentId } | null {
  const parts = id.split(PRIVATE_DOC_SEPARATOR);
  if (parts.length !== 2 || !isIdShape(parts[0]) || !isIdShape(parts[1])) return null;
  return { userId: parts[0] as UserId, documentId: parts[1] as DocumentId };
}

export function parseRoom(name: unknown): AnnotationRoom | null {
  if (typeof name !== 'string') return null;
  if (name.startsWith(PRIVATE_ROOM_PREFIX)) {
    const id = name.slice(PRIVATE_ROOM_PREFIX.length);
    return isIdShape(id) ? { kind: 'private', userId: id as UserId, name } : null;
  }
  if (name.startsWith(PRIVATE_DOC_ROOM_PREFIX)) {
    const ids = splitPrivateDocId(name.slice(PRIVATE_DOC_ROOM_PREFIX.length));
    return ids ? { kind: 'private-doc', ...ids, name } : null;
  }
  if (name.startsWith(SHARED_ROOM_PREFIX)) {
    const id = name.slice(SHARED_ROOM_PREFIX.length);
    return isIdShape(id) ? { kind: 'shared', documentId: id as DocumentId, name } : null;
  }
  return null;
}

/** The document a room is bound to (its confidentiality decides how a laptop stores the room), or null. */
export function roomDocument(room: AnnotationRoom): DocumentId | null {
  switch (room.kind) {
    case 'private':
      return null;
    case 'private-doc':
    case 'shared':
      return room.documentId;
    default: {
      const never: never = room;
      return never;
    }
  }
}
