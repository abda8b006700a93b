import type { ViewRotation } from '../../../../shared/ipc/slices/viewer';

/** A page's size at scale 1 (PDF points × UserUnit), before any rotation, plus its own /Rotate. */
export type PageBox = { width: number; height: number; rotate: number };

/** Gap between pages and around them, CSS px. */
export const PAGE_GAP_PX = 12;
export const PAGE_MARGIN_PX = 16;

/** The page's total rotation: its own plus the one the delegate chose. */
export const totalRotation = (box: PageBox, view: ViewRotation) => (((box.rotate + view) % 360) + 360) % 360;

/** On-screen size of a page at `scale` and the chosen rotation. */
export function displaySize(box: PageBox, scale: number, view: ViewRotation): { width: number; height: number } {
  const sideways = totalRotation(box, view) % 180 !== 0;
  const w = (sideways ? box.height : box.width) * scale;
  const h = (sideways ? box.width : box.height) * scale;
  return { width: Math.floor(w), height: Math.floor(h) };
}

export type Layout = {
  /** top[i] = y of page i+1 inside the scroller. */
  tops: Float64Array;
  heights: Float64Array;
  widths: Float64Array;
  totalHeight: number;
  maxWidth: number;
};

/** Page positions in the scroll area, computed rather than measured so they are known before rendering. */
export function computeLayout(boxes: readonly PageBox[], scale: number, view: ViewRotation): Layout {
  const n = boxes.length;
  const tops = new Float64Array(n);
  const heights = new Float64Array(n);
  const widths = new Float64Array(n);
  let y = PAGE_MARGIN_PX;
  let maxWidth = 0;
  for (let i = 0; i < n; i++) {
    const s = displaySize(boxes[i]!, scale, view);
    tops[i] = y;
    heights[i] = s.height;
    widths[i] = s.width;
    maxWidth = Math.max(maxWidth, s.width);
    y += s.height + PAGE_GAP_PX;
  }
  return { tops, heights, widths, totalHeight: y - PAGE_GAP_PX + PAGE_MARGIN_PX, maxWidth };
}

/** The 1-based page under the point `y` of the scroll area (the last page starting above it). */
export function pageAt(layout: Layout, y: number): number {
  const { tops } = layout;
  let lo = 0;
  let hi = tops.length - 1;
  if (hi < 0) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Pages that will be on screen (plus one screen ahead) when the view starts at `page`: rendered at once, before any observer reports. */
export function pagesNear(layout: Layout, page: number, viewHeight: number): number[] {
  const n = layout.tops.length;
  const first = Math.max(1, Math.min(page, n));
  const until = layout.tops[first - 1]! + 2 * viewHeight;
  const out: number[] = [];
  if (first > 1) out.push(first - 1);
  for (let i = first; i <= n && layout.tops[i - 1]! < until; i++) out.push(i);
  return out;
}
