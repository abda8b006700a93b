import type { DocumentId, UserId } from '../model/ids';

export type AnnotationKind = 'highlight' | 'ink' | 'note';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['highlight', 'ink', 'note'];

export type AnnotationColor = 'yellow' | 'green' | 'blue' | 'pink' | 'orange';
export const ANNOTATION_COLORS: readonly AnnotationColor[] = ['yellow', 'green', 'blue', 'pink', 'orange'];
/** sRGB of each colour, shared by the screen overlay and the exported PDF. */
export const COLOR_RGB: Record<AnnotationColor, readonly [number, number, number]> = {
  yellow: [1, 0.89, 0.2],
  green: [0.45, 0.85, 0.4],
  blue: [0.4, 0.7, 1],
  pink: [1, 0.5, 0.75],
  orange: [1, 0.6, 0.2],
};

/**
 * Positions are in PDF user space of the page (points, origin bottom-left, y up; unscaled, unrotated),
 * so an annotation stays put whatever the zoom or view rotation. Rects are [x1, y1, x2, y2], x1<x2, y1<y2.
 */
export type PdfRect = [number, number, number, number];
export type PdfPoint = [number, number];

type Base = {
  id: string;
  documentId: DocumentId;
  /** 1-based page number. */
  page: number;
  color: AnnotationColor;
  /** Note text, or the comment attached to a highlight or drawing. */
  text: string;
  authorId: UserId;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  /** When it was shared with the meeting; null while private. */
  sharedAt: string | null;
};

export type HighlightAnnotation = Base & { kind: 'highlight'; rects: PdfRect[]; quote: string };
/** Each stroke is a flat list x0, y0, x1, y1, ... */
export type InkAnnotation = Base & { kind: 'ink'; strokes: number[][]; width: number };
export type NoteAnnotation = Base & { kind: 'note'; at: PdfPoint };

export type Annotation = HighlightAnnotation | InkAnnotation | NoteAnnotation;

/** Fields a user may change after creation (geometry moves, colour, text). */
export type AnnotationPatch = Partial<Pick<HighlightAnnotation, 'rects' | 'color' | 'text'>> &
  Partial<Pick<InkAnnotation, 'strokes' | 'width'>> &
  Partial<Pick<NoteAnnotation, 'at'>>;

/** Limits that keep one annotation (and a tampered peer's) bounded. */
export const MAX_TEXT_CHARS = 10_000;
export const MAX_RECTS = 500;
export const MAX_STROKES = 200;
export const MAX_POINTS_PER_STROKE = 5_000;
