import { createContext, useContext } from 'react';
import type { AnnotationColor } from '../../../../shared/annotations/types';
import type { AnnotationStore } from '../../annotations/store';
import type { FindController } from '../find/find-controller';
import type { PageTextCache } from '../find/page-text';
import type { PDFPageProxy } from 'pdfjs-dist';
import type { CanvasPool } from '../render/canvas-pool';

export type Tool = 'select' | 'ink' | 'note';

/** What every page of the open document shares; one per opened document. */
export type ViewerContextValue = {
  pool: CanvasPool;
  find: FindController;
  texts: PageTextCache;
  /** null until the annotation rooms are open: pages render without annotations meanwhile. */
  store: AnnotationStore | null;
  /** Page proxies already fetched (page 1 at least), so a page can draw without waiting a round trip. */
  pages: Map<number, PDFPageProxy>;
  /** False until the first page is on screen: until then pages render at once, not on the next frame. */
  firstPainted: boolean;
  tool: Tool;
  color: AnnotationColor;
  /** The watermark line over every page of a confidential document; null for an ordinary one. */
  watermark: string | null;
  /** Called once, when the first page has pixels on screen (benchmarks and the e2e test wait for it). */
  onPageRendered(page: number): void;
};

export const ViewerContext = createContext<ViewerContextValue | null>(null);

export function useViewerContext(): ViewerContextValue {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewerContext outside a viewer');
  return v;
}
