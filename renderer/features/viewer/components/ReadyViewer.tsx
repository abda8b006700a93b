import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AnnotationColor } from '../../../../shared/annotations/types';
import type { Api } from '../../../../shared/ipc/contract';
import type { SearchHit, ViewerState, ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import { useI18n } from '../../../app/i18n';
import { AnnotationPanel } from '../../annotations/AnnotationPanel';
import { rangeToPdfRects, type ShownPage } from '../../annotations/selection';
import { SelectionPopup } from '../../annotations/SelectionPopup';
import { AnnotationStore, type AnnotationSnapshot, type Me } from '../../annotations/store';
import { MeetingSearch } from '../../search/MeetingSearch';
import { FindController } from '../find/find-controller';
import { createPageTextCache, type PageTextCache } from '../find/page-text';
import { useSaveViewerState } from '../hooks/useViewerState';
import { computeLayout, pageAt, pagesNear, PAGE_GAP_PX, type PageBox } from '../layout/page-geometry';
import { resolveScale, stepZoom } from '../layout/zoom';
import { CanvasPool } from '../render/canvas-pool';
import { FindBar } from './FindBar';
import { Outline, useOutline } from './Outline';
import { PagesView } from './PagesView';
import { Thumbnails } from './Thumbnails';
import { Toolbar } from './Toolbar';
import { useViewerKeyboard } from './useKeyboard';
import { ViewerContext, type Tool, type ViewerContextValue } from './viewer-context';

export type Jump = { page: number; query?: string; nonce: number };
type SidebarTab = 'pages' | 'outline' | 'notes' | 'search';
/** Per-document helpers without side effects (the annotation store, which opens rooms, lives apart). */
type Session = { pool: CanvasPool; texts: PageTextCache; find: FindController; pages: Map<number, PDFPageProxy> };

/** Pages are measured in the background in batches of this many, after the first page is on screen. */
const SIZE_BATCH = 50;
const EMPTY_SNAPSHOT: AnnotationSnapshot = { ready: false, error: null, list: [], byPage: new Map(), selectedId: null, canUndo: false, canRedo: false };

const boxOf = (page: { view: number[]; rotate: number; userUnit?: number }): PageBox => {
  const [x1, y1, x2, y2] = page.view as [number, number, number, number];
  const u = page.userUnit ?? 1;
  return { width: (x2 - x1) * u, height: (y2 - y1) * u, rotate: page.rotate };
};

export type ReadyViewerProps = {
  api: Api;
  doc: DocumentMeta;
  pdf: PDFDocumentProxy;
  firstPage: PDFPageProxy;
  me: Me;
  initial: ViewerState;
  jump: Jump | null;
  onClose(): void;
  onOpenHit(hit: SearchHit, query: string): void;
};

/** The open document: toolbar, sidebar (pages, outline, notes, meeting search), find bar, page column. */
export function ReadyViewer(props: ReadyViewerProps) {
  const { api, doc, pdf, me, initial } = props;
  const { t, errorText } = useI18n();
  const n = pdf.numPages;
  const [boxes, setBoxes] = useState<PageBox[]>(() => Array.from({ length: n }, () => boxOf(props.firstPage)));
  const [zoom, setZoom] = useState<ZoomSetting>(initial.zoom);
  const [rotation, setRotation] = useState<ViewRotation>(initial.rotation);
  const [current, setCurrent] = useState(Math.min(Math.max(1, initial.page), n));
  const [tab, setTab] = useState<SidebarTab | null>('pages');
  const [tool, setTool] = useState<Tool>('select');
  const [color, setColor] = useState<AnnotationColor>('yellow');
  const [findOpen, setFindOpen] = useState(false);
  const [findSeed, setFindSeed] = useState('');
  /** Remounts the find bar when a search result seeds it with a new query. */
  const [findKey, setFindKey] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [firstRendered, setFirstRendered] = useState(false);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [store, setStore] = useState<AnnotationStore | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
  const shown = useRef(new Map<number, ShownPage>());
  const outline = useOutline(pdf, firstRendered);

  // Real page sizes, measured in the background once the first page is on screen (page 1's size until then).
  useEffect(() => {
    if (!firstRendered) return;
    let live = true;
    void (async () => {
      const first = boxOf(props.firstPage);
      const all: PageBox[] = [];
      let differs = false;
      for (let i = 1; i <= n && live; i++) {
        const b = boxOf(await pdf.getPage(i));
        differs ||= b.width !== first.width || b.height !== first.height || b.rotate !== first.rotate;
        all.push(b);
        if (i % SIZE_BATCH === 0) await new Promise((r) => requestAnimationFrame(r));
      }
      if (live && differs) setBoxes(all);
    })();
    return () => {
      live = false;
    };
  }, [firstRendered, pdf, n, props.firstPage]);

  const revealRef = useRef<(page: number, rect: DOMRect | null) => void>(() => {});
  const session = useMemo<Session>(() => {
    const texts = createPageTextCache(pdf);
    return {
      pool: new CanvasPool(),
      texts,
      find: new FindController(texts, n, (page, rect) => revealRef.current(page, rect)),
      pages: new Map([[1, props.firstPage]]),
    };
  }, [pdf, n, props.firstPage]);
  useEffect(
    () => () => {
      session.find.dispose();
      session.pool.drain();
      TextLayer.cleanup();
    },
    [session],
  );
  // Reading a meeting's document is the moment to index the meeting for search, in the background.
  useEffect(() => {
    if (firstRendered) void api.invoke('search:status', { meetingId: doc.meetingId });
  }, [firstRendered, api, doc.meetingId]);

  // The annotation store opens rooms on the services: an effect, so StrictMode's double mount can't leak.
  useEffect(() => {
    const s = new AnnotationStore(api, doc.id, me);
    setStore(s);
    return () => s.destroy();
  }, [api, doc.id, me]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => ro.disconnect();
  }, []);

  const scale = size ? resolveScale(zoom, boxes[current - 1] ?? boxes[0]!, rotation, size) : 1;
  const layout = useMemo(() => (size ? computeLayout(boxes, scale, rotation) : null), [boxes, scale, rotation, size !== null]); // eslint-disable-line react-hooks/exhaustive-deps
  const layoutRef = useRef(layout);
  // Fixed at the first layout: what to render before the IntersectionObserver's first report.
  const initialActive = useMemo(() => (layout && size ? pagesNear(layout, current, size.height) : []), [layout !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const scrollToPage = useCallback((page: number) => {
    const el = scroller.current;
    const l = layoutRef.current;
    if (!el || !l) return;
    const p = Math.min(Math.max(1, page), l.tops.length);
    el.scrollTop = l.tops[p - 1]! - PAGE_GAP_PX / 2;
    setCurrent(p);
  }, []);

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

  revealRef.current = (page, rect) => {
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
  };

  useSaveViewerState(api, doc.id, { page: current, zoom, rotation });

  const snap = useSyncExternalStore(
    useCallback((l: () => void) => store?.subscribe(l) ?? (() => {}), [store]),
    () => store?.getSnapshot() ?? EMPTY_SNAPSHOT,
  );
  useEffect(() => {
    if (snap.selectedId) setTab('notes');
  }, [snap.selectedId]);

  // Jumps from search results (and initialPage / initialQuery).
  useEffect(() => {
    if (!props.jump || !layout) return;
    const j = props.jump;
    if (j.query) {
      setFindSeed(j.query);
      setFindKey((k) => k + 1);
      setFindOpen(true);
      session.find.setQuery(j.query, j.page);
    }
    scrollToPage(j.page);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.jump?.nonce, session, layout !== null]);

  const firstRenderedRef = useRef(false);
  const onPageRendered = useCallback(() => {
    if (firstRenderedRef.current) return;
    firstRenderedRef.current = true;
    performance.mark('phg-viewer-first-page');
    // Thumbnails, outline and page sizes start now; as a transition, so they never hold up the paint.
    startTransition(() => setFirstRendered(true));
  }, []);

  const highlightRange = useCallback(
    (range: Range, quote: string, c: AnnotationColor) => {
      if (!store) return;
      for (const [page, rects] of rangeToPdfRects(range, shown.current)) store.addHighlight(page, rects, quote, c);
    },
    [store],
  );

  const onShown = useCallback((page: number, s: ShownPage | null) => {
    if (s) shown.current.set(page, s);
    else shown.current.delete(page);
  }, []);

  const exportCopy = async () => {
    setExporting(true);
    const r = await api.invoke('annotations:export', { documentId: doc.id });
    setExporting(false);
    if (!r.ok) return setNotice(errorText(r.error));
    const url = URL.createObjectURL(new Blob([r.value.bytes as BlobPart], { type: 'application/pdf' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.value.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setNotice(t('annot.exported', { count: r.value.annotations, file: r.value.fileName }));
  };

  const zoomStep = (dir: 1 | -1 | 0) => setZoom(dir === 0 ? 'page-width' : stepZoom(scale, dir));
  useViewerKeyboard({
    zoom: zoomStep,
    find: () => setFindOpen(true),
    page: (d) => scrollToPage(current + d),
    edge: (w) => scrollToPage(w === 'first' ? 1 : n),
    undo: () => store?.undoLast(),
    redo: () => store?.redoLast(),
    deleteSelected: () => snap.selectedId && store?.remove(snap.selectedId),
    escape: () => {
      if (findOpen) setFindOpen(false);
      else if (tool !== 'select') setTool('select');
      else store?.select(null);
    },
  }, scroller);

  const ctx = useMemo<ViewerContextValue>(
    () => ({ ...session, store, tool, color, onPageRendered, firstPainted: firstRendered }),
    [session, store, tool, color, onPageRendered, firstRendered],
  );

  return (
    <div ref={setRootEl} className="pv-ready" data-first-page-rendered={firstRendered || undefined} data-pages={n}>
      <Toolbar
        title={doc.title}
        page={current}
        pages={n}
        zoom={zoom}
        scale={scale}
        tool={tool}
        color={color}
        canUndo={snap.canUndo}
        canRedo={snap.canRedo}
        exporting={exporting}
        sidebarOpen={tab !== null}
        onClose={props.onClose}
        onGo={scrollToPage}
        onZoom={setZoom}
        onZoomStep={zoomStep}
        onRotate={() => setRotation((r) => ((r + 90) % 360) as ViewRotation)}
        onFind={() => setFindOpen(true)}
        onTool={setTool}
        onColor={(c) => {
          setColor(c);
          if (snap.selectedId) store?.update(snap.selectedId, { color: c });
        }}
        onUndo={() => store?.undoLast()}
        onRedo={() => store?.redoLast()}
        onExport={() => void exportCopy()}
        onSidebar={() => setTab((x) => (x ? null : 'pages'))}
      />
      {doc.superseded ? <p className="pv-banner">{t('viewer.superseded')}</p> : null}
      {notice ? (
        <p className="pv-banner pv-banner--info" role="status">
          {notice}{' '}
          <button type="button" className="icon-btn" aria-label={t('common.cancel')} onClick={() => setNotice(null)}>
            ✕
          </button>
        </p>
      ) : null}
      <div className="pv-body">
        {tab !== null ? (
          <aside className="pv-sidebar" aria-label={t('viewer.sidebar')}>
            <div className="pv-tabs" role="tablist">
              {(['pages', 'outline', 'notes', 'search'] as const)
                .filter((x) => x !== 'outline' || (outline?.length ?? 0) > 0)
                .map((x) => (
                  <button key={x} type="button" role="tab" aria-selected={tab === x} className={`pv-tab${tab === x ? ' is-on' : ''}`} onClick={() => setTab(x)} data-tab={x}>
                    {t(`viewer.tab.${x}`)}
                    {x === 'notes' && snap.list.length ? ` (${snap.list.length})` : ''}
                  </button>
                ))}
            </div>
            <div className="pv-sidebar__body">
              {tab === 'pages' && firstRendered ? <Thumbnails pdf={pdf} boxes={boxes} rotation={rotation} current={current} ready={firstRendered} onGo={scrollToPage} /> : null}
              {tab === 'outline' && outline ? <Outline pdf={pdf} outline={outline} onGo={scrollToPage} /> : null}
              {tab === 'notes' && store ? <AnnotationPanel store={store} snap={snap} onGo={scrollToPage} /> : null}
              {tab === 'search' ? <MeetingSearch api={api} meetingId={doc.meetingId} onOpen={props.onOpenHit} autoFocus /> : null}
            </div>
          </aside>
        ) : null}
        <div className="pv-main">
          {findOpen ? (
            <FindBar
              key={findKey}
              find={session.find}
              initialQuery={findSeed}
              currentPage={current}
              onClose={() => setFindOpen(false)}
              onHighlight={() => {
                const m = session.find.currentMatch();
                if (m?.range) highlightRange(m.range, m.quote, color);
              }}
            />
          ) : null}
          <div
            ref={scroller}
            className={`pv-scroll pv-scroll--${tool}`}
            tabIndex={0}
            data-testid="viewer-scroll"
            onPointerDown={(e) => {
              if (tool === 'select' && !(e.target as Element).closest('[data-annotation-id]')) store?.select(null);
            }}
          >
            {layout ? (
              <ViewerContext.Provider value={ctx}>
                <PagesView
                  pdf={pdf}
                  layout={layout}
                  scale={scale}
                  rotation={rotation}
                  scroller={scroller}
                  annotations={snap}
                  onCurrentPage={setCurrent}
                  onShown={onShown}
                  initialActive={initialActive}
                />
              </ViewerContext.Provider>
            ) : null}
          </div>
        </div>
      </div>
      <SelectionPopup
        root={rootEl}
        onHighlight={(range, text, c, comment) => {
          highlightRange(range, text, c);
          if (comment) setTab('notes');
        }}
      />
    </div>
  );
}
