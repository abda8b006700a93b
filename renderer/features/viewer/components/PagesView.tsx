import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ViewRotation } from '../../../../shared/ipc/slices/viewer';
import type { ShownPage } from '../../annotations/selection';
import type { AnnotationSnapshot } from '../../annotations/store';
import { pageAt, type Layout } from '../layout/page-geometry';
import { PageView } from './PageView';

/** Pages within this distance of the visible area (as a share of its height) are rendered. */
const RENDER_MARGIN = '100% 0px';

export type PagesViewProps = {
  pdf: PDFDocumentProxy;
  layout: Layout;
  scale: number;
  rotation: ViewRotation;
  scroller: RefObject<HTMLDivElement | null>;
  annotations: AnnotationSnapshot;
  onCurrentPage(page: number): void;
  onShown(page: number, shown: ShownPage | null): void;
  /** Pages to render right away (the observer reports only after the first layout, a frame later). */
  initialActive: readonly number[];
};

/**
 * The continuous page column. Positions come from the computed layout; an IntersectionObserver decides
 * which pages are near enough to render. Off-screen pages are empty boxes (no canvas, no text layer).
 */
export function PagesView(p: PagesViewProps) {
  const [active, setActive] = useState<ReadonlySet<number>>(() => new Set(p.initialActive));
  const observer = useRef<IntersectionObserver | null>(null);
  const elements = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    const root = p.scroller.current;
    if (!root) return;
    const io = new IntersectionObserver(
      (entries) => {
        setActive((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.pageNumber);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        });
      },
      { root, rootMargin: RENDER_MARGIN },
    );
    observer.current = io;
    for (const el of elements.current.values()) io.observe(el);
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [p.scroller]);

  const observe = useCallback((el: HTMLElement | null, page: number) => {
    const old = elements.current.get(page);
    if (old && old !== el) observer.current?.unobserve(old);
    if (el) {
      elements.current.set(page, el);
      observer.current?.observe(el);
    } else elements.current.delete(page);
  }, []);

  // Current page: the one under a line a third of the way down the visible area.
  const layoutRef = useRef(p.layout);
  layoutRef.current = p.layout;
  const onCurrent = useRef(p.onCurrentPage);
  onCurrent.current = p.onCurrentPage;
  useLayoutEffect(() => {
    const el = p.scroller.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      onCurrent.current(pageAt(layoutRef.current, el.scrollTop + el.clientHeight / 3));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [p.scroller]);

  const { layout } = p;
  const pages: number[] = [];
  for (let i = 1; i <= layout.tops.length; i++) pages.push(i);
  return (
    <div className="pv-pages" style={{ height: layout.totalHeight, minWidth: layout.maxWidth + 32 }}>
      {pages.map((n) => (
        <PageView
          key={n}
          pdf={p.pdf}
          pageNumber={n}
          top={layout.tops[n - 1]!}
          width={layout.widths[n - 1]!}
          height={layout.heights[n - 1]!}
          scale={p.scale}
          rotation={p.rotation}
          active={active.has(n)}
          annotations={p.annotations.byPage.get(n)}
          selectedId={p.annotations.selectedId}
          observe={observe}
          onShown={p.onShown}
        />
      ))}
    </div>
  );
}
