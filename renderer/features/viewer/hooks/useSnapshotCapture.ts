import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import type { ViewerRuntime } from '../pdf/runtime';
import { snapshotKey } from '../render/snapshot-cache';
import { areaOf, copyPagePixels, placeIn, storeSnapshot, type ViewArea } from '../render/snapshot-capture';

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
 * stale picture the viewer opened with), and again when the viewer closes (the page the reader left).
 * Confidential documents and password-protected ones stay in memory only.
 */
export function useSnapshotCapture(p: CaptureInput): void {
  const latest = useRef(p);
  latest.current = p;
  // The scroll area as the document opened: a reopen starts with the same toolbar and sidebar.
  const area = useRef<ViewArea | null>(null);

  const capture = () => {
    const { runtime, doc, userId, scroller, current, zoom, rotation } = latest.current;
    const el = scroller.current;
    const root = el?.closest<HTMLElement>('.pv');
    if (!el || !root) return;
    // Closed before the first-paint transition committed: the area as it is now.
    area.current ??= areaOf(root, el);
    const copy = copyPagePixels(el, current);
    if (!copy) return;
    const locked = runtime.passwords.has(doc.sha256);
    void storeSnapshot(runtime.snapshots, snapshotKey(userId, doc.id, doc.sha256), copy.pixels, {
      page: current,
      zoom,
      rotation,
      place: placeIn(area.current, copy.width, copy.height),
      memoryOnly: doc.confidentiality === 'mat' || locked,
      locked,
    });
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
