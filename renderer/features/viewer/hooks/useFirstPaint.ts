import { startTransition, useCallback, useRef, useState } from 'react';

/**
 * False until the first page has pixels on screen. Thumbnails, outline and page sizes wait for it; it flips
 * as a transition, so they never hold up the paint. Marks `phg-viewer-first-page` (benchmarks, e2e).
 */
export function useFirstPaint(): { firstRendered: boolean; onPageRendered(): void } {
  const [firstRendered, setFirstRendered] = useState(false);
  const done = useRef(false);
  const onPageRendered = useCallback(() => {
    if (done.current) return;
    done.current = true;
    performance.mark('phg-viewer-first-page');
    startTransition(() => setFirstRendered(true));
  }, []);
  return { firstRendered, onPageRendered };
}
