/**
 * The watermark's picture: one small tile with the line twice (the second row shifted by half a tile, wrapping
 * round), repeated by CSS over a rotated sheet. Pixels, not text: nothing to select or copy, and the same few
 * kilobytes whatever the number or size of pages. Cached per text, size and pixel ratio.
 */

const COLOR = 'rgba(176, 30, 30, 0.28)';
const MAX_TILES = 24;
const tiles = new Map<string, WatermarkTile>();

export type WatermarkTile = { url: string; width: number; height: number };

const fontFamily = () =>
  getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || "'Noto Sans', 'DejaVu Sans', sans-serif";

/** Device pixels per CSS pixel for the tile: sharp on high-density screens, bounded. */
export const tilePixelRatio = (): number => Math.min(2, Math.max(1, window.devicePixelRatio || 1));

export function watermarkTile(text: string, fontPx: number, pixelRatio: number): WatermarkTile {
  const key = `${fontPx}|${pixelRatio}|${text}`;
  const cached = tiles.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return { url: '', width: 1, height: 1 };
  const font = `700 ${fontPx}px ${fontFamily()}`;
  ctx.font = font;
  const width = Math.ceil(ctx.measureText(text).width + fontPx * 5);
  const height = Math.ceil(fontPx * 11);
  canvas.width = Math.ceil(width * pixelRatio);
  canvas.height = Math.ceil(height * pixelRatio);
  ctx.scale(pixelRatio, pixelRatio);
  ctx.font = font; // resizing the canvas reset it
  ctx.fillStyle = COLOR;
  ctx.textBaseline = 'middle';
  const x = fontPx * 2.5;
  ctx.fillText(text, x, height * 0.25);
  ctx.fillText(text, x + width / 2, height * 0.75);
  ctx.fillText(text, x + width / 2 - width, height * 0.75);
  const tile = { url: canvas.toDataURL('image/png'), width, height };
  canvas.width = canvas.height = 0;
  if (tiles.size >= MAX_TILES) tiles.delete(tiles.keys().next().value as string);
  tiles.set(key, tile);
  return tile;
}
