import { startTransition, useCallback, useRef, useState } from 'react';

/**
 * False until the first page has pixels on screen. Thumbnails, outline and page sizes wait for it; it flips
 * as a transition, so they never hold up the paint. Marks `phg-viewer-first-page` (benchmarks, e2e).
 * `onPage` hears about every page drawn (the snapshot placeholder waits for its own page).
 */
export function useFirstPaint(onPage?: (page: number) => void): { firstRendered: boolean; onPageRendered(page: number): void } {
  const [firstRendered, setFirstRendered] = useState(false);
  const done = useRef(false);
  const listener = useRef(onPage);
  listener.current = onPage;
  const onPageRendered = useCallback((page: number) => {
    listener.current?.(page);
    if (done.current) return;
    done.current = true;
    performance.mark('phg-viewer-first-page');
    startTransition(() => setFirstRendered(true));
  }, []);
  return { firstRendered, onPageRendered };
}
