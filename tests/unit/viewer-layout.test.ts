import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  displaySize,
  pageAt,
  pagesNear,
  PAGE_GAP_PX,
  PAGE_MARGIN_PX,
  type PageBox,
} from '../../renderer/features/viewer/layout/page-geometry';
import { MAX_SCALE, MIN_SCALE, resolveScale, stepZoom } from '../../renderer/features/viewer/layout/zoom';
import { createByteCache } from '../../renderer/features/viewer/pdf/byte-cache';
import { itemAt, pageTextOf } from '../../renderer/features/viewer/find/page-text';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

const A4: PageBox = { width: 595, height: 842, rotate: 0 };
const LANDSCAPE: PageBox = { width: 842, height: 595, rotate: 0 };

describe('page layout', () => {
  it('stacks pages with gaps and margins, rotated pages swap their sides', () => {
    const l = computeLayout([A4, LANDSCAPE, { ...A4, rotate: 90 }], 1, 0);
    expect(Array.from(l.tops)).toEqual([PAGE_MARGIN_PX, PAGE_MARGIN_PX + 842 + PAGE_GAP_PX, PAGE_MARGIN_PX + 842 + 595 + 2 * PAGE_GAP_PX]);
    expect(Array.from(l.widths)).toEqual([595, 842, 842]);
    expect(l.maxWidth).toBe(842);
    expect(displaySize(A4, 2, 90)).toEqual({ width: 1684, height: 1190 });
    expect(displaySize({ ...A4, rotate: 90 }, 1, 90)).toEqual({ width: 595, height: 842 });
  });

  it('finds the page under a scroll position and the pages of the first screen', () => {
    const l = computeLayout(
      Array.from({ length: 300 }, () => A4),
      1,
      0,
    );
    expect(pageAt(l, 0)).toBe(1);
    expect(pageAt(l, l.tops[41]! + 1)).toBe(42);
    expect(pageAt(l, l.totalHeight + 500)).toBe(300);
    expect(pagesNear(l, 1, 900)).toEqual([1, 2, 3]);
    expect(pagesNear(l, 150, 900)).toEqual([149, 150, 151, 152]);
    expect(pagesNear(l, 300, 900)).toEqual([299, 300]);
  });
});

describe('zoom', () => {
  it('fits the width or the whole page, within bounds', () => {
    const view = { width: 1100, height: 800 };
    const width = resolveScale('page-width', A4, 0, view);
    expect(width).toBeCloseTo((1100 - 2 * PAGE_MARGIN_PX - 16) / 595, 2);
    expect(resolveScale('page-fit', A4, 0, view)).toBeCloseTo((800 - 2 * PAGE_MARGIN_PX) / 842, 2);
    expect(resolveScale('page-width', A4, 90, view)).toBeCloseTo((1100 - 2 * PAGE_MARGIN_PX - 16) / 842, 2);
    expect(resolveScale(99, A4, 0, view)).toBe(MAX_SCALE);
    expect(resolveScale(0.01, A4, 0, view)).toBe(MIN_SCALE);
  });

  it('steps through the zoom levels', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.17, 1)).toBe(1.25);
    expect(stepZoom(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(stepZoom(MIN_SCALE, -1)).toBe(MIN_SCALE);
  });
});

describe('byte cache (reopen without a transfer)', () => {
  it('keeps the most recently used files within its budget', () => {
    const c = createByteCache(10);
    c.put('a', new Uint8Array(4));
    c.put('b', new Uint8Array(4));
    expect(c.get('a')).not.toBeNull();
    c.put('c', new Uint8Array(4));
    expect(c.get('b')).toBeNull();
    expect(c.get('a')).not.toBeNull();
    c.put('huge', new Uint8Array(11));
    expect(c.get('huge')).toBeNull();
  });
});

describe('page text for find', () => {
  it('joins text items like the text layer and maps offsets back to items', () => {
    const content = {
      items: [
        { str: 'Chuyển đổi ', hasEOL: false },
        { type: 'beginMarkedContent' },
        { str: 'số', hasEOL: true },
        { str: 'tỉnh Thái Nguyên', hasEOL: false },
      ],
      styles: {},
      lang: null,
    } as unknown as TextContent;
    const pt = pageTextOf(content);
    expect(pt.text).toBe('Chuyển đổi số\ntỉnh Thái Nguyên');
    expect(pt.itemStarts).toEqual([0, 11, 14]);
    expect(itemAt(pt, 0)).toBe(0);
    expect(itemAt(pt, 12)).toBe(1);
    expect(itemAt(pt, 13)).toBe(1);
    expect(itemAt(pt, 20)).toBe(2);
  });
});
