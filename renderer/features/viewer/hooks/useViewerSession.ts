import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useMemo, type RefObject } from 'react';
import { FindController } from '../find/find-controller';
import { createPageTextCache, type PageTextCache } from '../find/page-text';
import { CanvasPool } from '../render/canvas-pool';

/** Per-document helpers without side effects (the annotation store, which opens rooms, lives apart). */
export type ViewerSession = { pool: CanvasPool; texts: PageTextCache; find: FindController; pages: Map<number, PDFPageProxy> };
/** Brings a page (and, when given, a spot on it) into view. */
export type Reveal = (page: number, rect: DOMRect | null) => void;

/** One session per opened document, released (find marks, canvases, text layers) when the document goes. */
export function useViewerSession(pdf: PDFDocumentProxy, firstPage: PDFPageProxy, reveal: RefObject<Reveal>): ViewerSession {
  const n = pdf.numPages;
  const session = useMemo<ViewerSession>(() => {
    const texts = createPageTextCache(pdf);
    return {
      pool: new CanvasPool(),
      texts,
      find: new FindController(texts, n, (page, rect) => reveal.current(page, rect)),
      pages: new Map([[1, firstPage]]),
    };
  }, [pdf, n, firstPage]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(
    () => () => {
      session.find.dispose();
      session.pool.drain();
      TextLayer.cleanup();
    },
    [session],
  );
  return session;
}
