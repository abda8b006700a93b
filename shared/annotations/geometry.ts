import type { Annotation, AnnotationPatch, PdfRect } from './types';

/** Normalises a rect so x1<x2 and y1<y2. */
export const normRect = (r: readonly number[]): PdfRect => [
  Math.min(r[0]!, r[2]!),
  Math.min(r[1]!, r[3]!),
  Math.max(r[0]!, r[2]!),
  Math.max(r[1]!, r[3]!),
];

/** Bounding box of an annotation in PDF space (a note is a point: a zero-size box). */
export function boundsOf(a: Annotation): PdfRect {
  let xs: number[] = [];
  let ys: number[] = [];
  switch (a.kind) {
    case 'highlight':
      for (const r of a.rects) {
        xs.push(r[0], r[2]);
        ys.push(r[1], r[3]);
      }
      break;
    case 'ink':
      for (const s of a.strokes) {
        for (let i = 0; i + 1 < s.length; i += 2) {
          xs.push(s[i]!);
          ys.push(s[i + 1]!);
        }
      }
      break;
    case 'note':
      xs = [a.at[0]];
      ys = [a.at[1]];
      break;
    default: {
      const never: never = a;
      throw new Error(`unknown annotation ${JSON.stringify(never)}`);
    }
  }
  if (xs.length === 0) return [0, 0, 0, 0];
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The geometry fields that move an annotation by (dx, dy) PDF units. */
export function translated(a: Annotation, dx: number, dy: number): AnnotationPatch {
  switch (a.kind) {
    case 'highlight':
      return { rects: a.rects.map((r) => [r[0] + dx, r[1] + dy, r[2] + dx, r[3] + dy]) };
    case 'ink':
      return { strokes: a.strokes.map((s) => s.map((v, i) => (i % 2 === 0 ? v + dx : v + dy))) };
    case 'note':
      return { at: [a.at[0] + dx, a.at[1] + dy] };
    default: {
      const never: never = a;
      throw new Error(`unknown annotation ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Merges the per-glyph-run rects of a text selection into one rect per line: runs that overlap vertically
 * by more than half their height and touch horizontally become one.
 */
export function mergeLineRects(rects: readonly PdfRect[], gap = 2): PdfRect[] {
  const sorted = rects
    .map(normRect)
    .filter((r) => r[2] - r[0] > 0.1 && r[3] - r[1] > 0.1)
    .sort((a, b) => b[3] - a[3] || a[0] - b[0]);
  const out: PdfRect[] = [];
  for (const r of sorted) {
    const prev = out.find((p) => {
      const overlap = Math.min(p[3], r[3]) - Math.max(p[1], r[1]);
      const minH = Math.min(p[3] - p[1], r[3] - r[1]);
      return overlap > minH / 2 && r[0] <= p[2] + gap && r[2] >= p[0] - gap;
    });
    if (prev) {
      prev[0] = Math.min(prev[0], r[0]);
      prev[1] = Math.min(prev[1], r[1]);
      prev[2] = Math.max(prev[2], r[2]);
      prev[3] = Math.max(prev[3], r[3]);
    } else {
      out.push([...r]);
    }
  }
  return out;
}

/** Drops points closer than `minDist` to the previous kept one: freehand input arrives at 60+ Hz. */
export function simplifyStroke(flat: readonly number[], minDist = 0.75): number[] {
  if (flat.length <= 4) return [...flat];
  const out = [flat[0]!, flat[1]!];
  for (let i = 2; i + 1 < flat.length; i += 2) {
    const dx = flat[i]! - out[out.length - 2]!;
    const dy = flat[i + 1]! - out[out.length - 1]!;
    if (dx * dx + dy * dy >= minDist * minDist || i + 2 >= flat.length) out.push(flat[i]!, flat[i + 1]!);
  }
  return out;
}
