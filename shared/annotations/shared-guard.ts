import * as Y from 'yjs';
import type { DocumentId, UserId } from '../model/ids';
import { annotationsMap, parseAnnotation } from './ydoc-model';

export type GuardResult = { ok: true; touched: string[] } | { ok: false; reason: string };

/** The annotation id a changed type belongs to, or null when it lies outside the `annotations` map. */
function annotationKeyOf(type: Y.AbstractType<unknown>, root: Y.Map<unknown>): string | null {
  let t: Y.AbstractType<unknown> = type;
  for (;;) {
    const item = t._item;
    if (!item) return null;
    const parent = item.parent as Y.AbstractType<unknown>;
    if (parent === root) return typeof item.parentSub === 'string' ? item.parentSub : null;
    t = parent;
  }
}

/** Every field any annotation kind has (a note converted from a highlight may keep its rects). */
const KNOWN_FIELDS = new Set([
  'id', 'documentId', 'page', 'color', 'text', 'authorId', 'authorName', 'createdAt', 'updatedAt', 'sharedAt', 'kind',
  'rects', 'quote', 'strokes', 'width', 'at',
]);

/** An entry may hold only annotation fields: anything else would be stored and sent to everyone unchecked. */
function hasOnlyKnownFields(v: unknown): boolean {
  const keys = v instanceof Y.Map ? [...v.keys()] : v && typeof v === 'object' ? Object.keys(v) : [];
  return keys.every((k) => KNOWN_FIELDS.has(k));
}

/** A valid annotation stored under its own id, with no extra fields. */
function validEntry(next: unknown, id: string): ReturnType<typeof parseAnnotation> {
  const parsed = parseAnnotation(next);
  return parsed && parsed.id === id && hasOnlyKnownFields(next) ? parsed : null;
}

type Replay = { ok: true; copy: Y.Doc; touched: Set<string> } | { ok: false; reason: string };

/** Applies `update` to a copy of `doc` and reports which annotations it touches; the copy must be destroyed. */
function replay(doc: Y.Doc, update: Uint8Array): Replay {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const root = annotationsMap(copy);
  const touched = new Set<string>();
  let foreign = false;
  copy.on('afterTransaction', (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      if ((type as unknown) === root) {
        for (const k of keys) if (typeof k === 'string') touched.add(k);
        continue;
      }
      const key = annotationKeyOf(type as Y.AbstractType<unknown>, root as Y.Map<unknown>);
      if (key === null) foreign = true;
      else touched.add(key);
    }
  });
  try {
    Y.applyUpdate(copy, update);
  } catch {
    copy.destroy();
    return { ok: false, reason: 'malformed' };
  }
  // A gap means an earlier update never arrived: the sender must resend its whole state.
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) return copy.destroy(), { ok: false, reason: 'missing-dependencies' };
  if (foreign) return copy.destroy(), { ok: false, reason: 'outside-annotations' };
  return { ok: true, copy, touched };
}

/**
 * A private room has one writer, its owner; the check only keeps malformed, incomplete or off-model
 * updates out (so a bad update is never half-applied or stored).
 */
export function checkPrivateUpdate(doc: Y.Doc, update: Uint8Array): GuardResult {
  const r = replay(doc, update);
  if (!r.ok) return r;
  try {
    const root = annotationsMap(r.copy);
    for (const id of r.touched) {
      const next = root.get(id);
      if (next === undefined) continue;
      if (!validEntry(next, id)) return { ok: false, reason: 'invalid' };
    }
    return { ok: true, touched: [...r.touched] };
  } finally {
    r.copy.destroy();
  }
}

/**
 * Everyone who may see a document writes its shared room, so the CRDT itself cannot stop one delegate from
 * editing another's annotation. This check runs before an update is accepted: it replays the update on a
 * copy and allows it only if every annotation it touches was, and stays, authored by `actor` (a moderator —
 * the secretariat — may also delete others'), lies in `documentId`, and validates.
 */
export function checkSharedUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: UserId,
  documentId: DocumentId,
  opts: { moderator?: boolean } = {},
): GuardResult {
  const r = replay(doc, update);
  if (!r.ok) return r;
  try {
    const root = annotationsMap(r.copy);
    const before = annotationsMap(doc);
    for (const id of r.touched) {
      const prev = before.get(id);
      const prevAuthor = prev instanceof Y.Map ? prev.get('authorId') : undefined;
      if (prev !== undefined && prevAuthor !== actor && !(opts.moderator && !root.has(id))) {
        return { ok: false, reason: 'not-author' };
      }
      const next = root.get(id);
      if (next === undefined) continue;
      const parsed = validEntry(next, id);
      if (!parsed) return { ok: false, reason: 'invalid' };
      if (parsed.authorId !== actor) return { ok: false, reason: 'not-author' };
      if (parsed.documentId !== documentId) return { ok: false, reason: 'wrong-document' };
      if (parsed.sharedAt === null) return { ok: false, reason: 'not-shared' };
    }
    return { ok: true, touched: [...r.touched] };
  } finally {
    r.copy.destroy();
  }
}
