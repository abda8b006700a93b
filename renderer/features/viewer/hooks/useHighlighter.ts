import { useCallback, useRef } from 'react';
import type { AnnotationColor } from '../../../../shared/annotations/types';
import { rangeToPdfRects, type ShownPage } from '../../annotations/selection';
import type { AnnotationStore } from '../../annotations/store';

/**
 * Turns a DOM range (a selection or a find match) into highlights on the pages it covers. Pages report
 * themselves with `onShown` while they are on screen, so the range can be mapped to PDF coordinates.
 */
export function useHighlighter(store: AnnotationStore | null) {
  const shown = useRef(new Map<number, ShownPage>());
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
  return { highlightRange, onShown };
}
