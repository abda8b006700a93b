import { createContext, useContext } from 'react';
import type { AnnotationColor } from '../../../../shared/annotations/types';
import type { AnnotationStore } from '../../annotations/store';
import type { FindController } from '../find/find-controller';
import type { PageTextCache } from '../find/page-text';
import type { CanvasPool } from '../render/canvas-pool';

export type Tool = 'select' | 'ink' | 'note';

/** What every page of the open document shares; one per opened document. */
export type ViewerContextValue = {
  pool: CanvasPool;
  find: FindController;
  texts: PageTextCache;
  store: AnnotationStore;
  tool: Tool;
  color: AnnotationColor;
  /** Called once, when the first page has pixels on screen (benchmarks and the e2e test wait for it). */
  onPageRendered(page: number): void;
};

export const ViewerContext = createContext<ViewerContextValue | null>(null);

export function useViewerContext(): ViewerContextValue {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewerContext outside a viewer');
  return v;
}
