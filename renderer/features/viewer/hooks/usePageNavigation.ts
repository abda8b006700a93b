import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import { computeLayout, pageAt, pagesNear, PAGE_GAP_PX, type Layout, type PageBox } from '../layout/page-geometry';
import { resolveScale } from '../layout/zoom';
import type { Reveal } from './useViewerSession';

export type PageNavigation = {
  /** The page most in view (1-based). */
  current: number;
  setCurrent(page: number): void;
  scale: number;
  /** null until the scroller has been measured. */
  layout: Layout | null;
  /** Pages to render before the IntersectionObserver's first report (fixed at the first layout). */
  initialActive: number[];
  scrollToPage(page: number): void;
  reveal: Reveal;
};

/** The scroller's size, kept up to date. */
function useElementSize(el: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const e = el.current;
    if (!e) return;
    const ro = new ResizeObserver(() => setSize({ width: e.clientWidth, height: e.clientHeight }));
    ro.observe(e);
    setSize({ width: e.clientWidth, height: e.clientHeight });
    return () => ro.disconnect();
  }, [el]);
  return size;
}

/**
 * Where the reader is: page layout for the zoom and rotation, the current page, scrolling to a page or a
 * spot, and keeping the same spot in view when the layout changes.
 */
export function usePageNavigation(opts: {
  scroller: RefObject<HTMLDivElement | null>;
  boxes: PageBox[];
  zoom: ZoomSetting;
  rotation: ViewRotation;
  initialPage: number;
}): PageNavigation {
  const { scroller, boxes, zoom, rotation } = opts;
  const [current, setCurrent] = useState(Math.min(Math.max(1, opts.initialPage), boxes.length));
  const size = useElementSize(scroller);
  const scale = size ? resolveScale(zoom, boxes[current - 1] ?? boxes[0]!, rotation, size) : 1;
  const layout = useMemo(() => (size ? computeLayout(boxes, scale, rotation) : null), [boxes, scale, rotation, size !== null]); // eslint-disable-line react-hooks/exhaustive-deps
  const layoutRef = useRef(layout);
  const initialActive = useMemo(() => (layout && size ? pagesNear(layout, current, size.height) : []), [layout !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const scrollToPage = useCallback(
    (page: number) => {
      const el = scroller.current;
      const l = layoutRef.current;
      if (!el || !l) return;
      const p = Math.min(Math.max(1, page), l.tops.length);
      el.scrollTop = l.tops[p - 1]! - PAGE_GAP_PX / 2;
      setCurrent(p);
    },
    [scroller],
  );

  // Keep the same spot of the same page in view when the layout changes (zoom, rotation, real sizes).
  const placed = useRef(false);
  useLayoutEffect(() => {
    const el = scroller.current;
    const prev = layoutRef.current;
    layoutRef.current = layout;
    if (!el || !layout) return;
    if (!placed.current) {
      placed.current = true;
      scrollToPage(current);
      return;
    }
    if (!prev || prev === layout) return;
    const p = pageAt(prev, el.scrollTop);
    const frac = (el.scrollTop - prev.tops[p - 1]!) / (prev.heights[p - 1]! + PAGE_GAP_PX);
    const cx = (el.scrollLeft + el.clientWidth / 2) / Math.max(1, el.scrollWidth);
    el.scrollTop = layout.tops[p - 1]! + frac * (layout.heights[p - 1]! + PAGE_GAP_PX);
    el.scrollLeft = cx * el.scrollWidth - el.clientWidth / 2;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  const reveal = useCallback<Reveal>(
    (page, rect) => {
      const el = scroller.current;
      const l = layoutRef.current;
      if (!el || !l) return;
      if (!rect) {
        scrollToPage(page);
        return;
      }
      const box = el.getBoundingClientRect();
      el.scrollTop += rect.top - box.top - box.height / 3;
      if (rect.left < box.left || rect.right > box.right) el.scrollLeft += rect.left - box.left - box.width / 3;
    },
    [scroller, scrollToPage],
  );

  return { current, setCurrent, scale, layout, initialActive, scrollToPage, reveal };
}
