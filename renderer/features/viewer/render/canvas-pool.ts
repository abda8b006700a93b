/**
 * Page canvases are the viewer's big memory cost (~3.5 MB each at 100 %), so a page that scrolls out of
 * view gives its canvas back: the backing store is released (0×0) and the element reused for the next page.
 */
export class CanvasPool {
  private free: HTMLCanvasElement[] = [];
  /** Canvases currently holding pixels (visible pages). */
  inUse = 0;

  constructor(private readonly maxFree = 16) {}

  acquire(): HTMLCanvasElement {
    this.inUse++;
    return this.free.pop() ?? document.createElement('canvas');
  }

  release(c: HTMLCanvasElement): void {
    this.inUse--;
    c.remove();
    c.width = 0;
    c.height = 0;
    if (this.free.length < this.maxFree) this.free.push(c);
  }

  drain(): void {
    this.free = [];
  }
}

/** Browsers refuse (or silently blank) canvases beyond this many pixels; pdf.js uses the same cap. */
export const MAX_CANVAS_PIXELS = 16_777_216;

/** Device pixels per CSS pixel for a page canvas, capped so huge zooms stay under the canvas limit. */
export function outputScale(cssWidth: number, cssHeight: number): number {
  const dpr = window.devicePixelRatio || 1;
  const pixels = cssWidth * cssHeight * dpr * dpr;
  return pixels > MAX_CANVAS_PIXELS ? Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight)) : dpr;
}
