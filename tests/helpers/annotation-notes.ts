import type * as Y from 'yjs';
import type { DocumentId, UserId } from '../../shared/model/ids';
import type { NoteAnnotation } from '../../shared/annotations/types';
import { putAnnotation, readAnnotations } from '../../shared/annotations/ydoc-model';

/**
 * Valid shared notes for tests that write into `annotations-shared:<doc>` rooms: the relay accepts only
 * annotations authored by the sender there (anything else is refused whole).
 */
export function sharedNote(
  id: string,
  documentId: DocumentId,
  authorId: UserId,
  text: string,
  authorName = `Tác giả ${authorId}`,
): NoteAnnotation {
  const at = '2025-01-15T09:00:00.000Z';
  return {
    id,
    documentId,
    page: 1,
    color: 'yellow',
    text,
    authorId,
    authorName,
    createdAt: at,
    updatedAt: at,
    sharedAt: at,
    kind: 'note',
    at: [100, 200],
  };
}

/** Puts one shared note authored by `authorId` into `doc` (the id is the text). */
export const putSharedNote = (doc: Y.Doc, documentId: DocumentId, authorId: UserId, text: string): void =>
  putAnnotation(doc, sharedNote(text, documentId, authorId, text));

/** Texts of the valid annotations in `doc`, oldest first. */
export const annotationTexts = (doc: Y.Doc): string[] => readAnnotations(doc).map((a) => a.text);
