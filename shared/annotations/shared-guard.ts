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
  'id',
  'documentId',
  'page',
  'color',
  'text',
  'authorId',
  'authorName',
  'createdAt',
  'updatedAt',
  'sharedAt',
  'kind',
  'rects',
  'quote',
  'strokes',
  'width',
  'at',
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

type Tracked = { ok: true; touched: Set<string> } | { ok: false; reason: string };

/**
 * Applies `update` to `target` in place and reports which annotations it touches. When the result is not ok,
 * `target` may hold part of the update (or pending structs): the caller must discard it.
 */
function applyTracked(target: Y.Doc, update: Uint8Array, opts: { allowForeign?: boolean } = {}): Tracked {
  const root = annotationsMap(target);
  const touched = new Set<string>();
  let foreign = false;
  const onTransaction = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      if ((type as unknown) === root) {
        for (const k of keys) if (typeof k === 'string') touched.add(k);
        continue;
      }
      const key = annotationKeyOf(type as Y.AbstractType<unknown>, root as Y.Map<unknown>);
      if (key === null) foreign = true;
      else touched.add(key);
    }
  };
  target.on('afterTransaction', onTransaction);
  try {
    Y.applyUpdate(target, update);
  } catch {
    return { ok: false, reason: 'malformed' };
  } finally {
    target.off('afterTransaction', onTransaction);
  }
  // A gap means an earlier update never arrived: the sender must resend its whole state.
  if (target.store.pendingStructs !== null || target.store.pendingDs !== null) return { ok: false, reason: 'missing-dependencies' };
  if (foreign && opts.allowForeign !== true) return { ok: false, reason: 'outside-annotations' };
  return { ok: true, touched };
}

type Replay = { ok: true; copy: Y.Doc; touched: Set<string> } | { ok: false; reason: string };

/** Applies `update` to a copy of `doc` and reports which annotations it touches; the copy must be destroyed. */
function replay(doc: Y.Doc, update: Uint8Array): Replay {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const r = applyTracked(copy, update);
  if (!r.ok) {
    copy.destroy();
    return r;
  }
  return { ok: true, copy, touched: r.touched };
}

/**
 * What a private room may hold beyond valid annotations. `owner` and `documentId`: a private-doc room (one
 * user's notes on one confidential document) holds only that user's notes on that document.
 * `refuseDocument`: documents whose notes may not be written here (the common private room refuses notes on
 * confidential documents: they belong in their own room, which a laptop stores sealed).
 */
export type PrivateRules = { owner?: UserId; documentId?: DocumentId; refuseDocument?: (id: DocumentId) => boolean };

function judgePrivate(after: Y.Doc, touched: Set<string>, rules: PrivateRules): GuardResult {
  const root = annotationsMap(after);
  for (const id of touched) {
    const next = root.get(id);
    if (next === undefined) continue;
    const parsed = validEntry(next, id);
    if (!parsed) return { ok: false, reason: 'invalid' };
    if (rules.owner !== undefined && parsed.authorId !== rules.owner) return { ok: false, reason: 'not-author' };
    if (rules.documentId !== undefined && parsed.documentId !== rules.documentId) return { ok: false, reason: 'wrong-document' };
    if (rules.refuseDocument?.(parsed.documentId)) return { ok: false, reason: 'wrong-document' };
  }
  return { ok: true, touched: [...touched] };
}

/**
 * A private room has one writer, its owner; the check keeps malformed, incomplete or off-model updates out
 * (so a bad update is never half-applied or stored), and applies `rules`.
 */
export function checkPrivateUpdate(doc: Y.Doc, update: Uint8Array, rules: PrivateRules = {}): GuardResult {
  const r = replay(doc, update);
  if (!r.ok) return r;
  try {
    return judgePrivate(r.copy, r.touched, rules);
  } finally {
    r.copy.destroy();
  }
}

/**
 * The relay's check of a private room on its shadow copy (applied in place; discard `shadow` when not ok).
 * `allowForeign`: content outside the annotations map is the owner's business (the common private room);
 * a private-doc room is strict.
 */
export function checkPrivateUpdateOn(shadow: Y.Doc, update: Uint8Array, rules: PrivateRules & { allowForeign?: boolean }): GuardResult {
  const r = applyTracked(shadow, update, { allowForeign: rules.allowForeign === true });
  if (!r.ok) return r;
  return judgePrivate(shadow, r.touched, rules);
}

/** The shared-room rules on `after` (the doc with the update applied) against `before` (without it). */
function judgeShared(
  after: Y.Doc,
  before: Y.Doc,
  touched: Set<string>,
  actor: UserId,
  documentId: DocumentId,
  moderator: boolean,
): GuardResult {
  const root = annotationsMap(after);
  const prevRoot = annotationsMap(before);
  for (const id of touched) {
    const prev = prevRoot.get(id);
    const prevAuthor = prev instanceof Y.Map ? prev.get('authorId') : undefined;
    if (prev !== undefined && prevAuthor !== actor && !(moderator && !root.has(id))) {
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
  return { ok: true, touched: [...touched] };
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
    return judgeShared(r.copy, doc, r.touched, actor, documentId, opts.moderator === true);
  } finally {
    r.copy.destroy();
  }
}

/**
 * The same check without copying `doc`: `shadow` is a copy of it the caller keeps (the relay, one per room, so
 * a check costs one update, not a whole room). The update is applied to `shadow` in place; when the result is
 * not ok, `shadow` holds part of it and must be discarded.
 */
export function checkSharedUpdateOn(
  shadow: Y.Doc,
  doc: Y.Doc,
  update: Uint8Array,
  actor: UserId,
  documentId: DocumentId,
  opts: { moderator?: boolean } = {},
): GuardResult {
  const r = applyTracked(shadow, update);
  if (!r.ok) return r;
  return judgeShared(shadow, doc, r.touched, actor, documentId, opts.moderator === true);
}

/** Applies `update` to `shadow` in place: ok, or why not (then `shadow` must be discarded). For rooms without content rules. */
export function applyWhole(shadow: Y.Doc, update: Uint8Array): 'ok' | 'malformed' | 'missing-dependencies' {
  try {
    Y.applyUpdate(shadow, update);
  } catch {
    return 'malformed';
  }
  return shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null ? 'missing-dependencies' : 'ok';
}
