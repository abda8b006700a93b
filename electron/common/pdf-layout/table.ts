import { rgb } from 'pdf-lib';
import type { Cursor } from './cursor';
import type { Align, TableBlock } from './spec';
import { wrapRuns, type Line } from './wrap';

const PAD = 4;
const HEADER_FILL = rgb(0.9, 0.9, 0.9);

type Cell = { lines: Line[]; align: Align };

function layoutRow(c: Cursor, texts: string[], widths: number[], aligns: Align[], size: number, bold: boolean): Cell[] {
  return widths.map((w, i) => ({
    lines: wrapRuns([{ text: texts[i] ?? '', bold }], w - PAD * 2, c.measure(size)),
    align: aligns[i] ?? 'left',
  }));
}

function rowHeight(cells: Cell[], lineH: number): number {
  return Math.max(...cells.map((cell) => Math.max(cell.lines.length, 1))) * lineH + PAD * 2;
}

function drawRow(c: Cursor, cells: Cell[], widths: number[], size: number, lineH: number, fill: boolean): void {
  const h = rowHeight(cells, lineH);
  const page = c.page();
  let x = c.left;
  cells.forEach((cell, i) => {
    const w = widths[i]!;
    page.drawRectangle({
      x,
      y: c.y - h,
      width: w,
      height: h,
      borderColor: rgb(0, 0, 0),
      borderWidth: 0.5,
      ...(fill ? { color: HEADER_FILL } : {}),
    });
    cell.lines.forEach((line, li) => {
      const inner = w - PAD * 2;
      const dx = cell.align === 'center' ? (inner - line.width) / 2 : cell.align === 'right' ? inner - line.width : 0;
      const baseline = c.y - PAD - li * lineH - (lineH - size) / 2 - size * 0.82;
      c.drawLine(line, x + PAD + dx, baseline, size);
    });
    x += w;
  });
  c.y -= h;
}

/** A bordered table; rows never split, the header row repeats on every page the table spans. */
export function drawTable(c: Cursor, t: TableBlock): void {
  const size = t.size ?? c.cfg.bodySize - 1.5;
  const lineH = size * 1.3;
  const total = t.columns.reduce((s, col) => s + col.width, 0);
  const widths = t.columns.map((col) => (col.width / total) * c.textWidth);
  const header = layoutRow(
    c,
    t.columns.map((col) => col.title),
    widths,
    t.columns.map(() => 'center'),
    size,
    true,
  );
  const headerH = rowHeight(header, lineH);
  const aligns = t.columns.map((col) => col.align ?? 'left');
  const rows = t.rows.map((row) => layoutRow(c, row, widths, aligns, size, false));
  c.ensureSpace(headerH + (rows[0] ? rowHeight(rows[0], lineH) : 0));
  drawRow(c, header, widths, size, lineH, true);
  for (const row of rows) {
    const h = rowHeight(row, lineH);
    const before = c.pageIndex();
    c.ensureSpace(h);
    if (c.pageIndex() !== before) drawRow(c, header, widths, size, lineH, true);
    drawRow(c, row, widths, size, lineH, false);
  }
  c.y -= 8;
}
