import { PDFHexString, PDFString, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';

/** pdf-lib's literal dictionary type (not exported by the package). */
type StreamDict = NonNullable<Parameters<PDFContext['flateStream']>[1]>;
import { boundsOf } from '../../../shared/annotations/geometry';
import {
  COLOR_RGB,
  type Annotation,
  type HighlightAnnotation,
  type InkAnnotation,
  type NoteAnnotation,
} from '../../../shared/annotations/types';

/** Size of a sticky-note icon, in points (readers draw their own icon at this place). */
export const NOTE_ICON_PT = 20;
const HIGHLIGHT_OPACITY = 0.45;

const n = (v: number) => (Math.round(v * 1000) / 1000).toString();
const rgbOf = (a: Annotation) => COLOR_RGB[a.color];
const pdfDate = (iso: string) => PDFString.fromDate(new Date(iso));

/** Fields every markup annotation carries: author, text, dates, colour, a unique name. */
function common(a: Annotation) {
  return {
    Type: 'Annot',
    NM: PDFHexString.fromText(a.id),
    T: PDFHexString.fromText(a.authorName),
    Contents: PDFHexString.fromText(a.text),
    M: pdfDate(a.updatedAt),
    CreationDate: pdfDate(a.createdAt),
    C: [...rgbOf(a)],
    // Print flag: the markup shows when the copy is printed.
    F: 4,
  };
}

/** A Form XObject appearance whose BBox equals the annotation's Rect, so its content uses page coordinates. */
function appearance(ctx: PDFContext, rect: number[], content: string, resources?: Record<string, unknown>): PDFRef {
  const stream = ctx.flateStream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: rect,
    ...(resources ? { Resources: resources } : {}),
  } as StreamDict);
  return ctx.register(stream);
}

function highlight(ctx: PDFContext, a: HighlightAnnotation): PDFDict {
  const [x1, y1, x2, y2] = boundsOf(a);
  const rect = [x1, y1, x2, y2];
  // QuadPoints per rect in Acrobat's order: upper-left, upper-right, lower-left, lower-right.
  const quads = a.rects.flatMap(([l, b, r, t]) => [l, t, r, t, l, b, r, b]);
  const [cr, cg, cb] = rgbOf(a);
  const body = a.rects.map(([l, b, r, t]) => `${n(l)} ${n(b)} ${n(r - l)} ${n(t - b)} re f`).join('\n');
  const ap = appearance(ctx, rect, `/GS0 gs ${n(cr)} ${n(cg)} ${n(cb)} rg\n${body}\n`, {
    ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', CA: HIGHLIGHT_OPACITY, ca: HIGHLIGHT_OPACITY } },
  });
  return ctx.obj({ ...common(a), Subtype: 'Highlight', Rect: rect, QuadPoints: quads, CA: HIGHLIGHT_OPACITY, AP: { N: ap } });
}

function ink(ctx: PDFContext, a: InkAnnotation): PDFDict {
  const [x1, y1, x2, y2] = boundsOf(a);
  const pad = a.width;
  const rect = [x1 - pad, y1 - pad, x2 + pad, y2 + pad];
  const [cr, cg, cb] = rgbOf(a);
  const paths = a.strokes
    .map((s) => {
      let p = `${n(s[0]!)} ${n(s[1]!)} m`;
      for (let i = 2; i + 1 < s.length; i += 2) p += ` ${n(s[i]!)} ${n(s[i + 1]!)} l`;
      // A single tap is a dot: a zero-length segment with round caps.
      if (s.length === 2) p += ` ${n(s[0]!)} ${n(s[1]!)} l`;
      return `${p} S`;
    })
    .join('\n');
  const ap = appearance(ctx, rect, `${n(a.width)} w 1 J 1 j ${n(cr)} ${n(cg)} ${n(cb)} RG\n${paths}\n`);
  return ctx.obj({ ...common(a), Subtype: 'Ink', Rect: rect, InkList: a.strokes, BS: { W: a.width }, AP: { N: ap } });
}

function note(ctx: PDFContext, a: NoteAnnotation): PDFDict {
  const [x, y] = a.at;
  const rect = [x, y - NOTE_ICON_PT, x + NOTE_ICON_PT, y];
  const [cr, cg, cb] = rgbOf(a);
  const s = NOTE_ICON_PT;
  // A folded sheet: enough for readers that don't draw their own Comment icon.
  const content =
    `${n(cr)} ${n(cg)} ${n(cb)} rg 0.25 G 0.8 w\n` +
    `${n(x + 1)} ${n(y - s + 1)} m ${n(x + s - 1)} ${n(y - s + 1)} l ${n(x + s - 1)} ${n(y - 6)} l ${n(x + s - 6)} ${n(y - 1)} l ${n(x + 1)} ${n(y - 1)} l h B\n` +
    `${n(x + 4)} ${n(y - 7)} m ${n(x + s - 8)} ${n(y - 7)} l ${n(x + 4)} ${n(y - 11)} m ${n(x + s - 5)} ${n(y - 11)} l ${n(x + 4)} ${n(y - 15)} m ${n(x + s - 5)} ${n(y - 15)} l S\n`;
  const ap = appearance(ctx, rect, content);
  return ctx.obj({ ...common(a), Subtype: 'Text', Rect: rect, Name: 'Comment', Open: false, AP: { N: ap } });
}

/** The PDF annotation dictionary for one of our annotations. */
export function toPdfAnnotation(ctx: PDFContext, a: Annotation): PDFDict {
  switch (a.kind) {
    case 'highlight':
      return highlight(ctx, a);
    case 'ink':
      return ink(ctx, a);
    case 'note':
      return note(ctx, a);
    default: {
      const never: never = a;
      throw new Error(`unknown annotation ${JSON.stringify(never)}`);
    }
  }
}
