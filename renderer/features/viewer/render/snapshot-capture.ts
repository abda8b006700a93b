import { PAGE_GAP_PX, PAGE_MARGIN_PX } from '../layout/page-geometry';
import type { PageSnapshot, SnapshotCache, SnapshotMeta, SnapshotPlace } from './snapshot-cache';
import { encodeSnapshot } from './snapshot-encoder';

/** The scroll area inside the viewer's root (CSS px): where pages appear. */
export type ViewArea = { top: number; left: number; width: number; height: number };

export function areaOf(root: HTMLElement, scroller: HTMLElement): ViewArea {
  const r = root.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return {
    top: s.top - r.top + scroller.clientTop,
    left: s.left - r.left + scroller.clientLeft,
    width: scroller.clientWidth,
    height: scroller.clientHeight,
  };
}

/**
 * Where a page of `width`×`height` appears once the viewer scrolled to it (see usePageNavigation: its top
 * half a gap below the scroller's top; PagesView: centred, at least a margin from the left edge).
 */
export function placeIn(area: ViewArea, width: number, height: number): SnapshotPlace {
  const column = Math.max(area.width, width + 2 * PAGE_MARGIN_PX);
  return { top: area.top + PAGE_GAP_PX / 2, left: area.left + Math.round(column / 2 - width / 2), width, height };
}

/**
 * A copy of `src` at no more than one pixel per CSS pixel (a placeholder need not be sharper, and a
 * high-DPI page would cost 4× the memory). Synchronous: the page's canvas is reused right after.
 */
export function copyPixels(src: HTMLCanvasElement, cssWidth: number, cssHeight: number): HTMLCanvasElement | null {
  if (src.width === 0 || src.height === 0) return null;
  const f = Math.min(1, cssWidth / src.width, cssHeight / src.height);
  const copy = document.createElement('canvas');
  copy.width = Math.max(1, Math.round(src.width * f));
  copy.height = Math.max(1, Math.round(src.height * f));
  const ctx = copy.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(src, 0, 0, copy.width, copy.height);
  return copy;
}

/** The rendered page `page` in the scroll area: its canvas and CSS size (null while it has no pixels). */
export function renderedPage(scroller: HTMLElement, page: number): { canvas: HTMLCanvasElement; width: number; height: number } | null {
  const el = scroller.querySelector<HTMLElement>(`.pv-page[data-page-number="${page}"]`);
  const canvas = el?.querySelector<HTMLCanvasElement>('canvas.pv-canvas');
  if (!el || !canvas || canvas.width === 0) return null;
  return { canvas, width: el.offsetWidth, height: el.offsetHeight };
}

/**
 * Puts the snapshot in the cache at once (its decoded pixels, usable immediately), then encodes it in
 * the background and attaches the encoded image (what stays when the pixels are evicted, and what the
 * disk store keeps).
 */
export function storeSnapshot(
  cache: SnapshotCache,
  key: string,
  pixels: HTMLCanvasElement,
  meta: SnapshotMeta,
): { snap: PageSnapshot; done: Promise<void> } {
  const snap: PageSnapshot = { ...meta, pixels, image: null };
  cache.put(key, snap);
  const done = encodeSnapshot(pixels).then(
    (image) => {
      if (image) cache.attachImage(key, snap, image);
    },
    () => {},
  );
  cache.track(key, done);
  return { snap, done };
}
