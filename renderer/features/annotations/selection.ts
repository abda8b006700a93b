import type { PageViewport } from 'pdfjs-dist';
import { normRect } from '../../../shared/annotations/geometry';
import type { PdfRect } from '../../../shared/annotations/types';

/** A page on screen: its box element and the viewport it is drawn with. */
export type ShownPage = { el: HTMLElement; viewport: PageViewport };

/** Text-run rects thinner than this (CSS px) are line-break artefacts of a selection, not text. */
const MIN_RUN_PX = 1;

/**
 * Converts a DOM range over the text layer (a selection, or a find match) into rects in PDF space, grouped
 * by page. Works the same at any zoom and view rotation, because each screen rect goes through its page's
 * viewport.
 */
export function rangeToPdfRects(range: Range, shown: ReadonlyMap<number, ShownPage>): Map<number, PdfRect[]> {
  const out = new Map<number, PdfRect[]>();
  const pages = [...shown.entries()].map(([page, s]) => ({ page, s, box: s.el.getBoundingClientRect() }));
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < MIN_RUN_PX || r.height < MIN_RUN_PX) continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const hit = pages.find(({ box }) => cx >= box.left && cx <= box.right && cy >= box.top && cy <= box.bottom);
    if (!hit) continue;
    const { box, s } = hit;
    const [ax, ay] = s.viewport.convertToPdfPoint(r.left - box.left, r.top - box.top) as [number, number];
    const [bx, by] = s.viewport.convertToPdfPoint(r.right - box.left, r.bottom - box.top) as [number, number];
    const list = out.get(hit.page) ?? [];
    list.push(normRect([ax, ay, bx, by]));
    out.set(hit.page, list);
  }
  return out;
}

/** The current selection if it lies in a text layer of the viewer `root`. */
export function viewerSelection(root: HTMLElement): { range: Range; text: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const inLayer = (n: Node | null) => !!n && root.contains(n) && !!(n instanceof Element ? n : n.parentElement)?.closest('.textLayer');
  if (!inLayer(range.startContainer) && !inLayer(range.endContainer)) return null;
  const text = sel.toString().replace(/\s+/g, ' ').trim();
  return text ? { range, text } : null;
}
