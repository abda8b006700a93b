import type { DocumentId, UserId } from '../model/ids';
import { isIdShape } from '../model/ids';

/**
 * Yjs rooms split by who may write them: a delegate's private annotations (across all documents) and
 * one shared room per document. The relay and the local services use these exact names.
 */
export type AnnotationRoom = { kind: 'private'; userId: UserId; name: string } | { kind: 'shared'; documentId: DocumentId; name: string };

export const PRIVATE_ROOM_PREFIX = 'annotations-private:';
export const SHARED_ROOM_PREFIX = 'annotations-shared:';

export const privateRoom = (userId: UserId): string => `${PRIVATE_ROOM_PREFIX}${userId}`;
export const sharedRoom = (documentId: DocumentId): string => `${SHARED_ROOM_PREFIX}${documentId}`;

export function parseRoom(name: unknown): AnnotationRoom | null {
  if (typeof name !== 'string') return null;
  if (name.startsWith(PRIVATE_ROOM_PREFIX)) {
    const id = name.slice(PRIVATE_ROOM_PREFIX.length);
    return isIdShape(id) ? { kind: 'private', userId: id as UserId, name } : null;
  }
  if (name.startsWith(SHARED_ROOM_PREFIX)) {
    const id = name.slice(SHARED_ROOM_PREFIX.length);
    return isIdShape(id) ? { kind: 'shared', documentId: id as DocumentId, name } : null;
  }
  return null;
}
