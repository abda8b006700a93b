import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import type { ViewerRuntime } from '../pdf/runtime';
import { samePicture, snapshotKey, type PageSnapshot, type SnapshotMeta } from '../render/snapshot-cache';
import { areaOf, copyPixels, placeIn, renderedPage, storeSnapshot, type ViewArea } from '../render/snapshot-capture';

export type CaptureInput = {
  runtime: ViewerRuntime;
  doc: DocumentMeta;
  userId: string;
  scroller: RefObject<HTMLDivElement | null>;
  current: number;
  zoom: ZoomSetting;
  rotation: ViewRotation;
  firstRendered: boolean;
  /** Called with the scroll area once the first page is on screen (neighbour prefetch places its pictures there). */
  onArea?(area: ViewArea): void;
};

const idle = (fn: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
};

/**
 * Keeps a picture of the page the reader is on: once the first page is really rendered (replacing any
 * stale picture the viewer opened with), and again when the viewer closes (the page the reader left),
 * unless that is the very view already pictured (closing then copies no pixels).
 * Confidential documents and password-protected ones stay in memory only.
 */
export function useSnapshotCapture(p: CaptureInput): void {
  const latest = useRef(p);
  latest.current = p;
  // The scroll area as the document opened: a reopen starts with the same toolbar and sidebar.
  const area = useRef<ViewArea | null>(null);

  // The picture this viewer took last: closing on the same view need not take it again.
  const taken = useRef<PageSnapshot | null>(null);

  const capture = () => {
    const { runtime, doc, userId, scroller, current, zoom, rotation } = latest.current;
    const el = scroller.current;
    const root = el?.closest<HTMLElement>('.pv');
    if (!el || !root) return;
    // Closed before the first-paint transition committed: the area as it is now.
    area.current ??= areaOf(root, el);
    const page = renderedPage(el, current);
    if (!page) return;
    const locked = runtime.passwords.has(doc.sha256);
    const meta: SnapshotMeta = {
      page: current,
      zoom,
      rotation,
      place: placeIn(area.current, page.width, page.height),
      memoryOnly: doc.confidentiality === 'mat' || locked,
      locked,
    };
    const key = snapshotKey(userId, doc.id, doc.sha256);
    // Still in the cache as taken, pixels and all (annotations are not part of the picture): only its
    // recency changes.
    const mine = taken.current;
    if (mine && runtime.snapshots.get(key) === mine && mine.pixels && samePicture(mine, meta)) return;
    const pixels = copyPixels(page.canvas, page.width, page.height);
    if (pixels) taken.current = storeSnapshot(runtime.snapshots, key, pixels, meta).snap;
  };

  useEffect(() => {
    if (!p.firstRendered) return;
    const el = p.scroller.current;
    const root = el?.closest<HTMLElement>('.pv');
    if (!el || !root) return;
    area.current = areaOf(root, el);
    latest.current.onArea?.(area.current);
    return idle(capture);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.firstRendered]);

  // A layout effect: its cleanup runs before the page canvases are released.
  useLayoutEffect(() => () => capture(), []);
}
