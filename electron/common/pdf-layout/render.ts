import { rgb, type PDFDocument } from 'pdf-lib';
import { drawAdminHeader, drawStamp } from './admin-header';
import { createCursor, type Cursor, type Fonts, type LayoutConfig } from './cursor';
import type { Block, CenteredBlock, HeadingBlock, ParagraphBlock, Run, SignatureBlock, TocBlock } from './spec';
import { drawTable } from './table';
import { wrapRuns } from './wrap';

/** Where an outline heading landed: feeds the bookmarks and the table of contents. */
export type OutlineMark = { title: string; level: 1 | 2 | 3; pageIndex: number; y: number };

const GREY = rgb(0.35, 0.35, 0.35);

function drawParagraph(c: Cursor, p: ParagraphBlock): void {
  const size = p.size ?? c.cfg.bodySize;
  const lh = size * c.cfg.leading;
  const align = p.align ?? 'left';
  const leftIndent = p.leftIndent ?? 0;
  const width = c.textWidth - leftIndent;
  const first = align === 'left' ? (p.indent ?? c.cfg.indent) : 0;
  const lines = wrapRuns(p.runs, width, c.measure(size), first);
  if (p.keepWithNext !== undefined) c.ensureSpace(lines.length * lh + p.keepWithNext);
  for (const line of lines) {
    const dx = align === 'center' ? (width - line.width) / 2 : align === 'right' ? width - line.width : 0;
    c.emitLine(line, c.left + leftIndent + dx, size, lh);
  }
  c.y -= p.spaceAfter ?? c.cfg.paraSpace;
}

const HEADING_SIZE_DELTA: Record<HeadingBlock['level'], number> = { 1: 1.5, 2: 0.5, 3: 0 };
const HEADING_SPACE_BEFORE: Record<HeadingBlock['level'], number> = { 1: 10, 2: 6, 3: 3 };

/** Height that must fit below a heading so it never ends a page alone (a table needs its header and a row). */
function keepWithNext(c: Cursor, next: Block | undefined): number {
  const lh = c.cfg.bodySize * c.cfg.leading;
  return next?.kind === 'table' ? 4 * lh : 2 * lh;
}

function drawHeading(c: Cursor, h: HeadingBlock, marks: OutlineMark[], follow: number): void {
  const size = c.cfg.bodySize + HEADING_SIZE_DELTA[h.level];
  const lh = size * c.cfg.leading;
  const runs: Run[] = [{ text: h.text, bold: true, italic: h.level === 3 }];
  const lines = wrapRuns(runs, c.textWidth, c.measure(size));
  if (h.newPage && !c.atPageTop()) c.newPage();
  c.ensureSpace(HEADING_SPACE_BEFORE[h.level] + lines.length * lh + follow);
  if (!c.atPageTop()) c.y -= HEADING_SPACE_BEFORE[h.level];
  if (h.outline) marks.push({ title: h.text, level: h.level, pageIndex: c.pageIndex(), y: c.y });
  const align = h.align ?? 'left';
  for (const line of lines) {
    const dx = align === 'center' ? (c.textWidth - line.width) / 2 : align === 'right' ? c.textWidth - line.width : 0;
    c.emitLine(line, c.left + dx, size, lh);
  }
  c.y -= 3;
}

function drawCentered(c: Cursor, b: CenteredBlock): void {
  drawParagraph(c, { kind: 'paragraph', runs: b.runs, align: 'center', size: b.size ?? c.cfg.bodySize, spaceAfter: b.spaceAfter ?? 2 });
}

function drawSignature(c: Cursor, s: SignatureBlock): void {
  const recSize = c.cfg.bodySize - 2;
  const recLh = recSize * 1.3;
  const sigSize = c.cfg.bodySize;
  const sigLh = sigSize * c.cfg.leading;
  const half = c.textWidth / 2;
  const leftLines = s.recipients.length > 0 ? s.recipients.length + 1 : 0;
  const height = Math.max(leftLines * recLh, s.lines.length * sigLh) + 6;
  c.ensureSpace(height + 6);
  c.y -= 6;
  const top = c.y;
  if (s.recipients.length > 0) {
    const label = wrapRuns([{ text: 'Nơi nhận:', bold: true, italic: true }], half, c.measure(recSize + 1))[0]!;
    c.emitLine(label, c.left, recSize + 1, recLh);
    for (const rec of s.recipients) {
      for (const line of wrapRuns([{ text: rec }], half - 10, c.measure(recSize))) c.emitLine(line, c.left, recSize, recLh);
    }
  }
  if (s.leftLines) {
    c.y = top;
    for (const runs of s.leftLines) {
      if (runs.length === 0) {
        c.y -= sigLh;
        continue;
      }
      for (const line of wrapRuns(runs, half, c.measure(sigSize))) c.emitLine(line, c.left + (half - line.width) / 2, sigSize, sigLh);
    }
  }
  const leftBottom = c.y;
  c.y = top;
  for (const runs of s.lines) {
    if (runs.length === 0) {
      c.y -= sigLh;
      continue;
    }
    for (const line of wrapRuns(runs, half, c.measure(sigSize))) {
      c.emitLine(line, c.left + half + (half - line.width) / 2, sigSize, sigLh);
    }
  }
  c.y = Math.min(c.y, leftBottom) - 6;
}

/** Table of contents: `pages` holds the 1-based page of each entry, or null in the sizing pass. */
function drawToc(c: Cursor, t: TocBlock, entries: { title: string; level: number }[], pages: number[] | null): void {
  drawHeading(c, { kind: 'heading', text: t.title, level: 1, align: 'center' }, [], 0);
  c.y -= 6;
  const size = c.cfg.bodySize;
  const lh = size * c.cfg.leading;
  const numW = 34;
  const measure = c.measure(size);
  entries.forEach((e, idx) => {
    const indent = (e.level - 1) * 18;
    const runs: Run[] = [{ text: e.title, bold: e.level === 1 }];
    const lines = wrapRuns(runs, c.textWidth - indent - numW - 12, measure);
    lines.forEach((line, li) => {
      const isLast = li === lines.length - 1;
      if (isLast) {
        const num = pages ? String(pages[idx]) : '00';
        const dotW = measure('.', { bold: false, italic: false });
        const from = c.left + indent + line.width + 4;
        const to = c.right - numW + 4;
        const dots = '.'.repeat(Math.max(0, Math.floor((to - from) / dotW)));
        const numWidth = measure(num, { bold: false, italic: false });
        const withTail = {
          segments: [...line.segments, { text: ` ${dots}`, style: { bold: false, italic: false }, x: line.width + 2, width: 0 }],
          width: line.width,
        };
        c.ensureSpace(lh);
        const baseline = c.y - (lh - size) / 2 - size * 0.82;
        c.drawLine(withTail, c.left + indent, baseline, size);
        c.drawLine(
          { segments: [{ text: num, style: { bold: false, italic: false }, x: 0, width: numWidth }], width: numWidth },
          c.right - numWidth,
          baseline,
          size,
        );
        c.y -= lh;
      } else {
        c.emitLine(line, c.left + indent, size, lh);
      }
    });
    if (e.level === 1) c.y -= 2;
  });
}

function drawFooters(doc: PDFDocument, fonts: Fonts, cfg: LayoutConfig, left: number, right: number): void {
  const pages = doc.getPages();
  const n = pages.length;
  pages.forEach((page, idx) => {
    const label = `Trang ${idx + 1}/${n}`;
    const size = 9;
    const w = fonts.regular.widthOfTextAtSize(label, size);
    const y = (cfg.marginBottomMm / 2) * (72 / 25.4);
    page.drawLine({ start: { x: left, y: y + 12 }, end: { x: right, y: y + 12 }, thickness: 0.4, color: GREY });
    page.drawText(label, { x: right - w, y, size, font: fonts.regular, color: GREY });
    if (cfg.footerNote) page.drawText(cfg.footerNote, { x: left, y, size: 7, font: fonts.regular, color: GREY });
  });
}

/** The outline headings of a block list, in order (known before layout, so the TOC can be sized). */
export function outlineEntries(blocks: Block[]): { title: string; level: 1 | 2 | 3 }[] {
  return blocks.flatMap((bl) => (bl.kind === 'heading' && bl.outline ? [{ title: bl.text, level: bl.level }] : []));
}

/**
 * Lay out `blocks` into `doc` and add page footers. `tocPages` carries the page numbers found by a
 * previous pass; without it the table of contents is drawn with placeholders of the same size.
 */
export function renderBlocks(doc: PDFDocument, fonts: Fonts, cfg: LayoutConfig, blocks: Block[], tocPages: number[] | null): OutlineMark[] {
  const c = createCursor(doc, fonts, cfg);
  const marks: OutlineMark[] = [];
  const entries = outlineEntries(blocks);
  blocks.forEach((bl, idx) => {
    switch (bl.kind) {
      case 'adminHeader':
        drawAdminHeader(c, bl);
        break;
      case 'stamp':
        drawStamp(c, bl);
        break;
      case 'title':
        c.ensureSpace(60);
        c.y -= 6;
        for (const text of bl.lines)
          drawCentered(c, { kind: 'centered', runs: [{ text, bold: true }], size: cfg.bodySize + 2, spaceAfter: 0 });
        c.y -= 8;
        break;
      case 'centered':
        drawCentered(c, bl);
        break;
      case 'heading':
        drawHeading(c, bl, marks, keepWithNext(c, blocks[idx + 1]));
        break;
      case 'paragraph':
        drawParagraph(c, bl);
        break;
      case 'table':
        drawTable(c, bl);
        break;
      case 'signature':
        drawSignature(c, bl);
        break;
      case 'spacer':
        c.y -= bl.height;
        break;
      case 'pageBreak':
        if (!c.atPageTop()) c.newPage();
        break;
      case 'toc':
        drawToc(c, bl, entries, tocPages);
        break;
      default: {
        const never: never = bl;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  });
  drawFooters(doc, fonts, cfg, c.left, c.right);
  return marks;
}
