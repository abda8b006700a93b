import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { SearchHit, ViewerState } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import { useI18n } from '../../../app/i18n';
import { SelectionPopup } from '../../annotations/SelectionPopup';
import type { Me } from '../../annotations/store';
import { useAnnotationStore } from '../hooks/useAnnotationStore';
import { useAnnotationTool } from '../hooks/useAnnotationTool';
import { useExportCopy } from '../hooks/useExportCopy';
import { useFindBar } from '../hooks/useFindBar';
import { useFirstPaint } from '../hooks/useFirstPaint';
import { useHighlighter } from '../hooks/useHighlighter';
import { usePageBoxes } from '../hooks/usePageBoxes';
import { usePageNavigation } from '../hooks/usePageNavigation';
import { useSidebarTab } from '../hooks/useSidebarTab';
import { useSnapshotCapture } from '../hooks/useSnapshotCapture';
import { viewerRuntime } from '../pdf/runtime';
import { prefetchNeighbours } from '../render/prefetch';
import { useViewerSession, type Reveal } from '../hooks/useViewerSession';
import { useSaveViewerState } from '../hooks/useViewerState';
import { useZoomRotation } from '../hooks/useZoomRotation';
import { FindBar } from './FindBar';
import { useOutline } from './Outline';
import { PagesView } from './PagesView';
import { Toolbar } from './Toolbar';
import { useViewerKeyboard } from './useKeyboard';
import { ViewerContext, type ViewerContextValue } from './viewer-context';
import { ViewerSidebar } from './ViewerSidebar';
import { Icon } from '../../../components/Icon';

export type Jump = { page: number; query?: string; nonce: number };

export type ReadyViewerProps = {
  api: Api;
  doc: DocumentMeta;
  pdf: PDFDocumentProxy;
  firstPage: PDFPageProxy;
  me: Me;
  /** The watermark line of a confidential document (pages and thumbnails), null for an ordinary one. */
  watermark: string | null;
  initial: ViewerState;
  jump: Jump | null;
  /** Every page drawn by pdf.js (the snapshot placeholder goes once its page is drawn). */
  onPagePainted?(page: number): void;
  onClose(): void;
  onOpenHit(hit: SearchHit, query: string): void;
  /** The page in view changed (the live screen's "return to the chair's page"). */
  onPageChange?(page: number): void;
};

/** The open document: toolbar, sidebar (pages, outline, notes, meeting search), find bar, page column. */
export function ReadyViewer(props: ReadyViewerProps) {
  const { api, doc, pdf, me, initial, watermark } = props;
  const { t } = useI18n();
  const n = pdf.numPages;
  const scroller = useRef<HTMLDivElement>(null);
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
  const { firstRendered, onPageRendered } = useFirstPaint(props.onPagePainted);
  const view = useZoomRotation(initial);
  const annotTool = useAnnotationTool();
  const { tool, color } = annotTool;
  const find = useFindBar();
  const exported = useExportCopy(api, doc.id);
  const outline = useOutline(pdf, firstRendered);
  const boxes = usePageBoxes(pdf, props.firstPage, firstRendered);
  const revealRef = useRef<Reveal>(() => {});
  const prefetchStop = useRef<AbortController | null>(null);
  useEffect(() => {
    const c = new AbortController();
    prefetchStop.current = c;
    return () => c.abort();
  }, []);
  const session = useViewerSession(pdf, props.firstPage, revealRef);
  // Reading a meeting's document is the moment to index the meeting for search, in the background.
  useEffect(() => {
    if (firstRendered) void api.invoke('search:status', { meetingId: doc.meetingId });
  }, [firstRendered, api, doc.meetingId]);
  const { store, snap } = useAnnotationStore(api, doc.id, doc.confidentiality, me);
  const nav = usePageNavigation({ scroller, boxes, zoom: view.zoom, rotation: view.rotation, initialPage: initial.page });
  const { current, layout, scale, scrollToPage } = nav;
  revealRef.current = nav.reveal;

  useSaveViewerState(api, doc.id, { page: current, zoom: view.zoom, rotation: view.rotation });
  const onPageChange = props.onPageChange;
  const laidOut = layout !== null;
  useEffect(() => {
    if (laidOut) onPageChange?.(current);
  }, [current, laidOut, onPageChange]);
  const runtime = viewerRuntime(api);
  // The page in view is kept as a picture for an instant reopen; the agenda item's other documents get one too.
  useSnapshotCapture({
    runtime,
    doc,
    userId: me.id,
    scroller,
    current,
    zoom: view.zoom,
    rotation: view.rotation,
    firstRendered,
    onArea: (area) => {
      const signal = prefetchStop.current?.signal;
      if (signal) void prefetchNeighbours({ api, runtime, doc, userId: me.id, area, signal });
    },
  });
  const sidebar = useSidebarTab(snap.selectedId);

  // Jumps from search results (and initialPage / initialQuery).
  useEffect(() => {
    if (!props.jump || !layout) return;
    const j = props.jump;
    if (j.query) {
      find.seedWith(j.query);
      session.find.setQuery(j.query, j.page);
    }
    scrollToPage(j.page);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.jump?.nonce, session, layout !== null]);

  const { highlightRange, onShown } = useHighlighter(store);

  const zoomStep = (dir: 1 | -1 | 0) => view.stepZoom(scale, dir);
  useViewerKeyboard(
    {
      zoom: zoomStep,
      find: find.show,
      page: (d) => scrollToPage(current + d),
      edge: (w) => scrollToPage(w === 'first' ? 1 : n),
      undo: () => store?.undoLast(),
      redo: () => store?.redoLast(),
      deleteSelected: () => snap.selectedId && store?.remove(snap.selectedId),
      escape: () => {
        if (find.open) find.hide();
        else if (tool !== 'select') annotTool.setTool('select');
        else store?.select(null);
      },
    },
    scroller,
  );

  const ctx = useMemo<ViewerContextValue>(
    () => ({ ...session, store, tool, color, watermark, onPageRendered, firstPainted: firstRendered }),
    [session, store, tool, color, watermark, onPageRendered, firstRendered],
  );

  return (
    <div ref={setRootEl} className="pv-ready" data-first-page-rendered={firstRendered || undefined} data-pages={n}>
      <Toolbar
        title={doc.title}
        page={current}
        pages={n}
        zoom={view.zoom}
        scale={scale}
        tool={tool}
        color={color}
        canUndo={snap.canUndo}
        canRedo={snap.canRedo}
        exporting={exported.exporting}
        sidebarOpen={sidebar.tab !== null}
        onClose={props.onClose}
        onGo={scrollToPage}
        onZoom={view.setZoom}
        onZoomStep={zoomStep}
        onRotate={view.rotate}
        onFind={find.show}
        onTool={annotTool.setTool}
        onColor={(c) => {
          annotTool.setColor(c);
          if (snap.selectedId) store?.update(snap.selectedId, { color: c });
        }}
        onUndo={() => store?.undoLast()}
        onRedo={() => store?.redoLast()}
        onExport={() => void exported.exportCopy()}
        onSidebar={sidebar.toggle}
      />
      {doc.superseded ? <p className="pv-banner">{t('viewer.superseded')}</p> : null}
      {exported.notice ? (
        <p className="pv-banner pv-banner--info" role="status">
          {exported.notice}{' '}
          <button
            type="button"
            className="icon-btn"
            aria-label={t('common.close')}
            title={t('common.close')}
            onClick={exported.clearNotice}
          >
            <Icon name="close" size={18} />
          </button>
        </p>
      ) : null}
      <div className="pv-body">
        {sidebar.tab !== null ? (
          <ViewerSidebar
            tab={sidebar.tab}
            onTab={sidebar.setTab}
            api={api}
            meetingId={doc.meetingId}
            pdf={pdf}
            boxes={boxes}
            rotation={view.rotation}
            current={current}
            firstRendered={firstRendered}
            watermark={watermark}
            outline={outline}
            store={store}
            snap={snap}
            onGo={scrollToPage}
            onOpenHit={props.onOpenHit}
          />
        ) : null}
        <div className="pv-main">
          {find.open ? (
            <FindBar
              key={find.key}
              find={session.find}
              initialQuery={find.seed}
              currentPage={current}
              onClose={find.hide}
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
                  rotation={view.rotation}
                  scroller={scroller}
                  annotations={snap}
                  onCurrentPage={nav.setCurrent}
                  onShown={onShown}
                  initialActive={nav.initialActive}
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
          if (comment) sidebar.setTab('notes');
        }}
      />
    </div>
  );
}
