import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { ViewRotation } from '../../../../shared/ipc/slices/viewer';
import { AnnotationLayer } from '../../annotations/AnnotationLayer';
import type { ShownPage } from '../../annotations/selection';
import type { AnnotationView } from '../../annotations/store';
import { Watermark } from '../confidential/Watermark';
import { PageCanvas } from './PageCanvas';
import { TextLayerView } from './TextLayerView';
import { useViewerContext } from './viewer-context';

export type PageViewProps = {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  top: number;
  width: number;
  height: number;
  scale: number;
  rotation: ViewRotation;
  /** Near the visible area: render it. Otherwise only an empty, correctly sized box. */
  active: boolean;
  annotations: readonly AnnotationView[] | undefined;
  selectedId: string | null;
  observe(el: HTMLElement | null, page: number): void;
  onShown(page: number, shown: ShownPage | null): void;
};

const NO_ANNOTATIONS: readonly AnnotationView[] = [];

/** One page box in the scroll area. */
export const PageView = memo(function PageView(p: PageViewProps) {
  // A ref, not state: the page content must mount in the same commit as the box (no extra render).
  const el = useRef<HTMLDivElement | null>(null);
  const { observe, pageNumber } = p;
  const setEl = useCallback(
    (node: HTMLDivElement | null) => {
      el.current = node;
      observe(node, pageNumber);
    },
    [observe, pageNumber],
  );
  const style = {
    top: p.top,
    width: p.width,
    height: p.height,
    marginLeft: -p.width / 2,
    '--scale-factor': p.scale,
  } as CSSProperties;
  return (
    <div ref={setEl} className="pv-page" style={style} data-page-number={p.pageNumber} data-active={p.active || undefined}>
      {p.active ? <PageContent {...p} el={el} /> : <span className="pv-page-label">{p.pageNumber}</span>}
    </div>
  );
});

function PageContent(p: PageViewProps & { el: RefObject<HTMLDivElement | null> }) {
  const { tool, color, store, pages, watermark } = useViewerContext();
  const [page, setPage] = useState<PDFPageProxy | null>(() => pages.get(p.pageNumber) ?? null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let live = true;
    let got: PDFPageProxy | null = null;
    p.pdf.getPage(p.pageNumber).then(
      (pg) => {
        got = pg;
        pages.set(p.pageNumber, pg);
        if (live) setPage(pg);
      },
      () => {},
    );
    return () => {
      live = false;
      // After the canvas and text layer below have cancelled their work: frees the page's parsed data.
      queueMicrotask(() => got?.cleanup());
    };
  }, [p.pdf, p.pageNumber, pages]);

  const viewport = useMemo(
    () => (page ? page.getViewport({ scale: p.scale, rotation: (page.rotate + p.rotation) % 360 }) : null),
    [page, p.scale, p.rotation],
  );

  const { el: elRef, onShown, pageNumber } = p;
  useEffect(() => {
    const el = elRef.current;
    if (!viewport || !el) return;
    el.style.setProperty('--user-unit', String(viewport.userUnit ?? 1));
    onShown(pageNumber, { el, viewport });
    return () => onShown(pageNumber, null);
  }, [viewport, elRef, onShown, pageNumber]);

  if (!page || !viewport) return null;
  return (
    <>
      <PageCanvas page={page} viewport={viewport} onRendered={() => setRendered(true)} />
      {watermark ? <Watermark text={watermark} width={p.width} height={p.height} /> : null}
      {rendered ? <TextLayerView page={page} viewport={viewport} /> : null}
      {store ? (
        <AnnotationLayer
          pageNumber={p.pageNumber}
          viewport={viewport}
          annotations={p.annotations ?? NO_ANNOTATIONS}
          selectedId={p.selectedId}
          tool={tool}
          color={color}
          store={store}
        />
      ) : null}
    </>
  );
}
