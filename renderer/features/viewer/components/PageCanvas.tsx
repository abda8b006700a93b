import type { PageViewport, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { outputScale } from '../render/canvas-pool';
import { useI18n } from '../../../app/i18n';
import { useViewerContext } from './viewer-context';

/**
 * The page's pixels, rendered into a pooled canvas. A zoom renders into a fresh canvas and swaps it in when
 * done, so the old pixels (stretched) stay on screen meanwhile instead of a blank page.
 */
export function PageCanvas({ page, viewport, onRendered }: { page: PDFPageProxy; viewport: PageViewport; onRendered(): void }) {
  const { pool, onPageRendered, firstPainted } = useViewerContext();
  const { t } = useI18n();
  const immediate = useRef(!firstPainted);
  const host = useRef<HTMLDivElement>(null);
  const shown = useRef<HTMLCanvasElement | null>(null);
  const [failed, setFailed] = useState(false);
  // Callbacks through refs: a new callback identity must not restart rendering.
  const notify = useRef(() => {});
  notify.current = () => {
    onRendered();
    onPageRendered(page.pageNumber);
  };

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const canvas = pool.acquire();
    const scale = outputScale(viewport.width, viewport.height);
    canvas.width = Math.floor(viewport.width * scale);
    canvas.height = Math.floor(viewport.height * scale);
    canvas.className = 'pv-canvas';
    let task: RenderTask | null = null;
    let done = false;
    // Wait one frame: pages that merely fly past during a fast scroll never start rendering. The pages
    // of the first screen don't wait.
    const start = (fn: () => void) => (immediate.current ? (fn(), 0) : requestAnimationFrame(fn));
    const frame = start(() => {
      if (page.pageNumber === 1) performance.mark('phg-viewer-render-page-1');
      task = page.render({ canvas, viewport, ...(scale !== 1 ? { transform: [scale, 0, 0, scale, 0, 0] } : {}) });
      task.promise.then(
        () => {
          done = true;
          const old = shown.current;
          el.appendChild(canvas);
          shown.current = canvas;
          if (old) pool.release(old);
          setFailed(false);
          notify.current();
        },
        (e: unknown) => {
          if ((e as Error)?.name === 'RenderingCancelledException') return;
          setFailed(true);
        },
      );
    });
    return () => {
      if (frame) cancelAnimationFrame(frame);
      task?.cancel();
      if (!done) pool.release(canvas);
    };
  }, [page, viewport, pool]);

  useEffect(
    () => () => {
      if (shown.current) pool.release(shown.current);
      shown.current = null;
    },
    [pool],
  );

  return (
    <div ref={host} className="pv-canvas-host">
      {failed ? (
        <p className="pv-page-error" role="alert">
          {t('viewer.pageFailed')}
        </p>
      ) : null}
    </div>
  );
}
