import { useEffect, useRef, useState } from 'react';
import type { PageSnapshot } from '../render/snapshot-cache';

/**
 * The picture of the page the reader left, drawn where the page will appear, until pdf.js has rendered
 * the real page underneath. Decoded off the main thread (createImageBitmap), then drawn in one step:
 * `data-ready` and the `phg-viewer-snapshot-shown` mark say its pixels are on screen.
 */
export function SnapshotOverlay({ snapshot }: { snapshot: PageSnapshot }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  const { place } = snapshot;

  useEffect(() => {
    let live = true;
    void createImageBitmap(snapshot.image).then(
      (bitmap) => {
        const c = canvas.current;
        if (live && c) {
          c.width = bitmap.width;
          c.height = bitmap.height;
          c.getContext('2d')?.drawImage(bitmap, 0, 0);
          performance.mark('phg-viewer-snapshot-shown');
          setReady(true);
        }
        bitmap.close();
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [snapshot]);

  // Release the pixels when the real page has taken over.
  useEffect(
    () => () => {
      const c = canvas.current;
      if (c) c.width = c.height = 0;
    },
    [],
  );

  return (
    <div className="pv-snapshot" style={{ top: place.top }} aria-hidden data-testid="viewer-snapshot" data-page={snapshot.page} data-ready={ready || undefined}>
      <canvas ref={canvas} className="pv-snapshot__page" width={0} height={0} style={{ left: place.left, width: place.width, height: place.height }} />
    </div>
  );
}
