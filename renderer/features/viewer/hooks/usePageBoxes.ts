import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import type { PageBox } from '../layout/page-geometry';

/** Pages are measured in the background in batches of this many, after the first page is on screen. */
const SIZE_BATCH = 50;

export const boxOf = (page: { view: number[]; rotate: number; userUnit?: number }): PageBox => {
  const [x1, y1, x2, y2] = page.view as [number, number, number, number];
  const u = page.userUnit ?? 1;
  return { width: (x2 - x1) * u, height: (y2 - y1) * u, rotate: page.rotate };
};

/** Every page's box: page 1's size for all until the first page is on screen, then the real sizes (measured in the background). */
export function usePageBoxes(pdf: PDFDocumentProxy, firstPage: PDFPageProxy, firstRendered: boolean): PageBox[] {
  const n = pdf.numPages;
  const [boxes, setBoxes] = useState<PageBox[]>(() => Array.from({ length: n }, () => boxOf(firstPage)));
  useEffect(() => {
    if (!firstRendered) return;
    let live = true;
    void (async () => {
      const first = boxOf(firstPage);
      const all: PageBox[] = [];
      let differs = false;
      for (let i = 1; i <= n && live; i++) {
        const b = boxOf(await pdf.getPage(i));
        differs ||= b.width !== first.width || b.height !== first.height || b.rotate !== first.rotate;
        all.push(b);
        if (i % SIZE_BATCH === 0) await new Promise((r) => requestAnimationFrame(r));
      }
      if (live && differs) setBoxes(all);
    })();
    return () => {
      live = false;
    };
  }, [firstRendered, pdf, n, firstPage]);
  return boxes;
}
