import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';

/**
 * A page's text as pdf.js's text layer lays it out: the text items (one span each, in order) joined, with
 * a newline after items that end a line. `itemStarts[i]` is where item i begins in `text`.
 */
export type PageText = { text: string; itemStarts: number[]; itemLengths: number[] };

export function pageTextOf(content: TextContent): PageText {
  let text = '';
  const itemStarts: number[] = [];
  const itemLengths: number[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const t = item as TextItem;
    itemStarts.push(text.length);
    itemLengths.push(t.str.length);
    text += t.str;
    if (t.hasEOL) text += '\n';
  }
  return { text, itemStarts, itemLengths };
}

/** Page texts of one open document, fetched once each from the worker. */
export type PageTextCache = { get(page: number): Promise<PageText> };

export function createPageTextCache(pdf: PDFDocumentProxy): PageTextCache {
  const pages = new Map<number, Promise<PageText>>();
  return {
    get(page) {
      let p = pages.get(page);
      if (!p) {
        p = pdf
          .getPage(page)
          .then((proxy) => proxy.getTextContent())
          .then(pageTextOf)
          .catch(() => ({ text: '', itemStarts: [], itemLengths: [] }));
        pages.set(page, p);
      }
      return p;
    },
  };
}

/** The item holding text offset `offset` (binary search over item starts). */
export function itemAt(pt: PageText, offset: number): number {
  let lo = 0;
  let hi = pt.itemStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pt.itemStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
