import * as Y from 'yjs';
import type { DocumentId, UserId } from '../model/ids';
import {
  ANNOTATION_COLORS,
  MAX_POINTS_PER_STROKE,
  MAX_RECTS,
  MAX_STROKES,
  MAX_TEXT_CHARS,
  type Annotation,
  type AnnotationColor,
  type AnnotationPatch,
  type PdfPoint,
  type PdfRect,
} from './types';

/**
 * How annotations live in a Y.Doc: one top-level Y.Map `annotations`, id → Y.Map of fields. A field per
 * key lets a colour change and a move made on two laptops merge instead of one overwriting the other.
 * Everything read back is validated: a peer may be tampered with, so bad entries are skipped, not trusted.
 */
export const ANNOTATIONS_KEY = 'annotations';

export const annotationsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap<Y.Map<unknown>>(ANNOTATIONS_KEY);

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;
const isStr = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;

function rects(v: unknown): PdfRect[] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_RECTS) return null;
  const out: PdfRect[] = [];
  for (const r of v) {
    if (!Array.isArray(r) || r.length !== 4 || !r.every(isNum)) return null;
    out.push([r[0] as number, r[1] as number, r[2] as number, r[3] as number]);
  }
  return out;
}

function strokes(v: unknown): number[][] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_STROKES) return null;
  for (const s of v) {
    if (!Array.isArray(s) || s.length < 2 || s.length % 2 !== 0 || s.length > MAX_POINTS_PER_STROKE * 2 || !s.every(isNum)) return null;
  }
  return v as number[][];
}

const point = (v: unknown): PdfPoint | null =>
  Array.isArray(v) && v.length === 2 && v.every(isNum) ? [v[0] as number, v[1] as number] : null;

/** Validates a stored annotation (a Y.Map or a plain object); null when anything is off. */
export function parseAnnotation(v: unknown): Annotation | null {
  const get: (k: string) => unknown =
    v instanceof Y.Map ? (k) => v.get(k) : v && typeof v === 'object' ? (k) => (v as Record<string, unknown>)[k] : () => undefined;
  const id = get('id');
  const documentId = get('documentId');
  const page = get('page');
  const color = get('color');
  const text = get('text');
  const authorId = get('authorId');
  const authorName = get('authorName');
  const createdAt = get('createdAt');
  const updatedAt = get('updatedAt');
  const sharedAt = get('sharedAt') ?? null;
  if (!isStr(id, 64) || id === '' || !isStr(documentId, 64) || documentId === '') return null;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > 100_000) return null;
  if (!isStr(color, 20) || !(ANNOTATION_COLORS as readonly string[]).includes(color)) return null;
  if (!isStr(text, MAX_TEXT_CHARS) || !isStr(authorId, 64) || !isStr(authorName, 200)) return null;
  if (!isStr(createdAt, 40) || !isStr(updatedAt, 40) || (sharedAt !== null && !isStr(sharedAt, 40))) return null;
  const base = {
    id,
    documentId: documentId as DocumentId,
    page,
    color: color as AnnotationColor,
    text,
    authorId: authorId as UserId,
    authorName,
    createdAt,
    updatedAt,
    sharedAt: sharedAt as string | null,
  };
  switch (get('kind')) {
    case 'highlight': {
      const r = rects(get('rects'));
      const quote = get('quote') ?? '';
      return r && isStr(quote, MAX_TEXT_CHARS) ? { ...base, kind: 'highlight', rects: r, quote } : null;
    }
    case 'ink': {
      const s = strokes(get('strokes'));
      const width = get('width');
      return s && isNum(width) && width > 0 && width <= 50 ? { ...base, kind: 'ink', strokes: s, width } : null;
    }
    case 'note': {
      const at = point(get('at'));
      return at ? { ...base, kind: 'note', at } : null;
    }
    default:
      return null;
  }
}

/** The valid annotations in `doc`, optionally of one document, oldest first. */
export function readAnnotations(doc: Y.Doc, documentId?: DocumentId): Annotation[] {
  const out: Annotation[] = [];
  for (const [key, m] of annotationsMap(doc)) {
    const a = parseAnnotation(m);
    if (a && a.id === key && (documentId === undefined || a.documentId === documentId)) out.push(a);
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function getAnnotation(doc: Y.Doc, id: string): Annotation | null {
  const a = parseAnnotation(annotationsMap(doc).get(id));
  return a && a.id === id ? a : null;
}

/** Adds (or replaces) an annotation. Throws when it doesn't validate: callers build it from UI input. */
export function putAnnotation(doc: Y.Doc, a: Annotation, origin?: unknown): void {
  if (!parseAnnotation(a)) throw new Error(`invalid annotation ${a.id}`);
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(a)) m.set(k, v);
    annotationsMap(doc).set(a.id, m);
  }, origin);
}

/** Applies a patch field by field; returns false when there is no such annotation or the result is invalid. */
export function patchAnnotation(doc: Y.Doc, id: string, patch: AnnotationPatch, updatedAt: string, origin?: unknown): boolean {
  const current = getAnnotation(doc, id);
  const m = annotationsMap(doc).get(id);
  if (!current || !m) return false;
  const next = { ...current, ...patch, updatedAt };
  if (!parseAnnotation(next)) return false;
  doc.transact(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) m.set(k, v);
    m.set('updatedAt', updatedAt);
  }, origin);
  return true;
}

export function deleteAnnotation(doc: Y.Doc, id: string, origin?: unknown): Annotation | null {
  const current = getAnnotation(doc, id);
  if (!annotationsMap(doc).has(id)) return null;
  doc.transact(() => annotationsMap(doc).delete(id), origin);
  return current;
}
