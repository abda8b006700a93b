import { useMemo, type CSSProperties } from 'react';
import { WATERMARK_ANGLE_DEG, watermarkFontPx } from './watermark-text';
import { tilePixelRatio, watermarkTile } from './watermark-tile';

/**
 * The watermark over one page (or thumbnail, or reopen picture) `width` × `height` CSS pixels: the line
 * repeated diagonally, semi-transparent, over the page's pixels and under the text and annotation layers
 * (it takes no pointer events, so selecting and annotating work through it). Spans only: it also sits
 * inside thumbnail buttons.
 */
export function Watermark({ text, width, height, style }: { text: string; width: number; height: number; style?: CSSProperties }) {
  const fontPx = watermarkFontPx(width);
  const tile = useMemo(() => watermarkTile(text, fontPx, tilePixelRatio()), [text, fontPx]);
  const side = Math.ceil(Math.hypot(width, height));
  return (
    <span className="pv-watermark" aria-hidden data-testid="viewer-watermark" data-watermark={text} style={style}>
      <span
        className="pv-watermark__sheet"
        style={{
          width: side,
          height: side,
          backgroundImage: `url("${tile.url}")`,
          backgroundSize: `${tile.width}px ${tile.height}px`,
          transform: `translate(-50%, -50%) rotate(${WATERMARK_ANGLE_DEG}deg)`,
        }}
      />
    </span>
  );
}
