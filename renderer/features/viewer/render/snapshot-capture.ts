import { PAGE_GAP_PX, PAGE_MARGIN_PX } from '../layout/page-geometry';
import type { PageSnapshot, SnapshotCache, SnapshotPlace } from './snapshot-cache';

/** The scroll area inside the viewer's root (CSS px): where pages appear. */
export type ViewArea = { top: number; left: number; width: number; height: number };

/** WebP keeps a text page at ~100–300 kB, decoded in a few ms. */
const SNAPSHOT_TYPE = 'image/webp';
const SNAPSHOT_QUALITY = 0.82;

export function areaOf(root: HTMLElement, scroller: HTMLElement): ViewArea {
  const r = root.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return { top: s.top - r.top + scroller.clientTop, left: s.left - r.left + scroller.clientLeft, width: scroller.clientWidth, height: scroller.clientHeight };
}

/**
 * Where a page of `width`×`height` appears once the viewer scrolled to it (see usePageNavigation: its top
 * half a gap below the scroller's top; PagesView: centred, at least a margin from the left edge).
 */
export function placeIn(area: ViewArea, width: number, height: number): SnapshotPlace {
  const column = Math.max(area.width, width + 2 * PAGE_MARGIN_PX);
  return { top: area.top + PAGE_GAP_PX / 2, left: area.left + Math.round(column / 2 - width / 2), width, height };
}

/** A copy of a rendered page's pixels, taken synchronously (the page's canvas is reused right after). */
export function copyPagePixels(scroller: HTMLElement, page: number): { pixels: HTMLCanvasElement; width: number; height: number } | null {
  const el = scroller.querySelector<HTMLElement>(`.pv-page[data-page-number="${page}"]`);
  const src = el?.querySelector<HTMLCanvasElement>('canvas.pv-canvas');
  if (!el || !src || src.width === 0 || src.height === 0) return null;
  const pixels = document.createElement('canvas');
  pixels.width = src.width;
  pixels.height = src.height;
  const ctx = pixels.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(src, 0, 0);
  return { pixels, width: el.offsetWidth, height: el.offsetHeight };
}

export function encodeSnapshot(pixels: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => pixels.toBlob((b) => resolve(b), SNAPSHOT_TYPE, SNAPSHOT_QUALITY));
}

/**
 * Encodes `pixels` and stores the snapshot under `key`, in the background. The cache tracks the capture,
 * so opening the document again right away waits for it instead of missing it.
 */
export function storeSnapshot(cache: SnapshotCache, key: string, pixels: HTMLCanvasElement, meta: Omit<PageSnapshot, 'image'>): Promise<void> {
  const done = encodeSnapshot(pixels).then((image) => {
    // Free the copy's backing store now rather than at the next GC.
    pixels.width = 0;
    pixels.height = 0;
    if (image) cache.put(key, { ...meta, image });
  });
  cache.track(key, done);
  return done;
}
