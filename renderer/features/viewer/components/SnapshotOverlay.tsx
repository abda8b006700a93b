import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Watermark } from '../confidential/Watermark';
import type { PageSnapshot, SnapshotPixels } from '../render/snapshot-cache';

/**
 * The picture of the page the reader left, drawn where the page will appear, until pdf.js has rendered
 * the real page underneath. Decoded pixels are drawn before the first paint; an encoded picture is
 * decoded off the main thread first. `data-ready` and the `phg-viewer-snapshot-shown` mark say its
 * pixels are on screen.
 */
export function SnapshotOverlay({
  snapshot,
  watermark,
  onPresented,
}: {
  snapshot: PageSnapshot;
  /** A confidential document's picture is marked like its pages. */
  watermark: string | null;
  onPresented(): void;
}) {
  const presented = useRef(onPresented);
  presented.current = onPresented;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  const { place } = snapshot;

  useLayoutEffect(() => {
    let live = true;
    const draw = (px: SnapshotPixels) => {
      const c = canvas.current;
      if (!live || !c) return false;
      c.width = px.width;
      c.height = px.height;
      c.getContext('2d')?.drawImage(px, 0, 0);
      performance.mark('phg-viewer-snapshot-shown');
      setReady(true);
      // The frame holding the picture has been produced once a second frame begins.
      requestAnimationFrame(() => requestAnimationFrame(() => live && presented.current()));
      return true;
    };
    // Nothing to draw: the viewer must not wait for this picture.
    const giveUp = () => live && presented.current();
    if (snapshot.pixels && snapshot.pixels.width > 0) draw(snapshot.pixels);
    else if (snapshot.image)
      void createImageBitmap(snapshot.image).then((bitmap) => {
        if (!draw(bitmap)) giveUp();
        bitmap.close();
      }, giveUp);
    else giveUp();
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
    <div
      className="pv-snapshot"
      style={{ top: place.top }}
      aria-hidden
      data-testid="viewer-snapshot"
      data-page={snapshot.page}
      data-ready={ready || undefined}
    >
      <canvas
        ref={canvas}
        className="pv-snapshot__page"
        width={0}
        height={0}
        style={{ left: place.left, width: place.width, height: place.height }}
      />
      {watermark ? (
        <span className="pv-snapshot__mark" style={{ left: place.left, width: place.width, height: place.height }}>
          <Watermark text={watermark} width={place.width} height={place.height} />
        </span>
      ) : null}
    </div>
  );
}
