import { PageSizes, degrees, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { RunStyle } from './spec';
import type { Line, Measure } from './wrap';

export type Fonts = { regular: PDFFont; bold: PDFFont };

const MM_TO_PT = 72 / 25.4;

export type LayoutConfig = {
  /** Nghị định 30/2020/NĐ-CP margins: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  bodySize: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** First-line indent of body paragraphs, points. */
  indent: number;
  /** Space after a paragraph, points. */
  paraSpace: number;
  /** Small grey note printed in every footer. */
  footerNote: string;
};

export const DEFAULT_LAYOUT: LayoutConfig = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 20,
  bodySize: 11.5,
  leading: 1.42,
  indent: 28,
  paraSpace: 4,
  footerNote: 'Tài liệu mô phỏng phục vụ trình diễn phần mềm — số hiệu và nhân sự là hư cấu',
};

/** Synthetic italic: DejaVu Sans Oblique is not in fonts-dejavu-core, so slant the upright face. */
const ITALIC_SKEW_DEG = 11;
export const BLACK = rgb(0, 0, 0);

/**
 * The write position on the current page. All block renderers draw through one cursor so pagination
 * is decided in a single place.
 */
export type Cursor = {
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  readonly cfg: LayoutConfig;
  readonly left: number;
  readonly right: number;
  readonly textWidth: number;
  /** Top of the next line box, in PDF user space (origin bottom-left). */
  y: number;
  page(): PDFPage;
  pageIndex(): number;
  /** Start a new page when fewer than `height` points remain above the bottom margin. */
  ensureSpace(height: number): void;
  newPage(): void;
  /** True when nothing has been drawn on the current page yet. */
  atPageTop(): boolean;
  font(style: RunStyle): PDFFont;
  measure(size: number): Measure;
  drawLine(line: Line, x: number, baseline: number, size: number, color?: RGB): void;
  /** Draw one wrapped line box at the cursor and move down. */
  emitLine(line: Line, x: number, size: number, lineHeight: number, color?: RGB): void;
};

export function createCursor(doc: PDFDocument, fonts: Fonts, cfg: LayoutConfig): Cursor {
  const [pageW, pageH] = PageSizes.A4;
  const top = pageH - cfg.marginTopMm * MM_TO_PT;
  const bottom = cfg.marginBottomMm * MM_TO_PT;
  const left = cfg.marginLeftMm * MM_TO_PT;
  const right = pageW - cfg.marginRightMm * MM_TO_PT;
  let current: PDFPage | null = null;
  let pages = 0;

  const font = (style: RunStyle): PDFFont => (style.bold ? fonts.bold : fonts.regular);
  // widthOfTextAtSize runs fontkit's full shaping each call; Vietnamese syllables repeat a lot, so cache.
  const widths = new Map<string, number>();
  const measure =
    (size: number): Measure =>
    (text, style) => {
      const key = `${style.bold ? 'b' : 'r'}${size}|${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = font(style).widthOfTextAtSize(text, size);
        widths.set(key, w);
      }
      return w;
    };

  const cursor: Cursor = {
    doc,
    fonts,
    cfg,
    left,
    right,
    textWidth: right - left,
    y: top,
    page() {
      if (!current) cursor.newPage();
      return current!;
    },
    pageIndex() {
      cursor.page();
      return pages - 1;
    },
    ensureSpace(height) {
      if (!current || cursor.y - height < bottom) cursor.newPage();
    },
    newPage() {
      current = doc.addPage([pageW, pageH]);
      pages += 1;
      cursor.y = top;
    },
    atPageTop() {
      return current === null || cursor.y === top;
    },
    font,
    measure,
    drawLine(line, x, baseline, size, color = BLACK) {
      const page = cursor.page();
      for (const seg of line.segments) {
        page.drawText(seg.text, {
          x: x + seg.x,
          y: baseline,
          size,
          font: font(seg.style),
          color,
          ...(seg.style.italic ? { ySkew: degrees(ITALIC_SKEW_DEG) } : {}),
        });
      }
    },
    emitLine(line, x, size, lineHeight, color) {
      cursor.ensureSpace(lineHeight);
      const baseline = cursor.y - (lineHeight - size) / 2 - size * 0.82;
      cursor.drawLine(line, x, baseline, size, color);
      cursor.y -= lineHeight;
    },
  };
  return cursor;
}
