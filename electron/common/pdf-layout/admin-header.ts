import { rgb } from 'pdf-lib';
import type { Cursor } from './cursor';
import type { AdminHeaderBlock, RunStyle, StampBlock } from './spec';

const HEADER_SIZE = 11;
const MOTTO_SIZE = 12;
const ROW_GAP = 1.3;

const REGULAR: RunStyle = { bold: false, italic: false };
const BOLD: RunStyle = { bold: true, italic: false };
const ITALIC: RunStyle = { bold: false, italic: true };

/** Largest size ≤ `size` at which `text` fits `width` (long agency names shrink instead of wrapping). */
function fitSize(c: Cursor, text: string, style: RunStyle, size: number, width: number): number {
  const w = c.measure(size)(text, style);
  return w <= width ? size : Math.floor((size * width * 10) / w) / 10;
}

function centred(c: Cursor, text: string, style: RunStyle, size: number, colX: number, colW: number, baseline: number): number {
  const s = fitSize(c, text, style, size, colW);
  const w = c.measure(s)(text, style);
  c.drawLine({ segments: [{ text, style, x: 0, width: w }], width: w }, colX + (colW - w) / 2, baseline, s);
  return w;
}

/**
 * The two-column heading of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * issuing body and number on the left, national name, motto and place/date on the right.
 */
export function drawAdminHeader(c: Cursor, h: AdminHeaderBlock): void {
  c.ensureSpace(90);
  const leftW = c.textWidth * 0.42;
  const rightX = c.left + leftW;
  const rightW = c.textWidth - leftW;
  const step = HEADER_SIZE * ROW_GAP;
  const top = c.y - HEADER_SIZE;
  const page = c.page();

  // Left column: governing body (regular), issuing body (bold) with a short rule, then the number.
  let y = top;
  const leftLines: [string, RunStyle][] = [
    ...(h.parentAgency ? [[h.parentAgency, REGULAR] as [string, RunStyle]] : []),
    ...h.agency.map((a) => [a, BOLD] as [string, RunStyle]),
  ];
  let lastW = 0;
  for (const [text, style] of leftLines) {
    lastW = centred(c, text, style, HEADER_SIZE, c.left, leftW, y);
    y -= step;
  }
  const ruleW = Math.max(lastW / 3, 40);
  const midL = c.left + leftW / 2;
  page.drawLine({ start: { x: midL - ruleW / 2, y: y + step - 4 }, end: { x: midL + ruleW / 2, y: y + step - 4 }, thickness: 0.6 });
  const leftBottom = y;

  // Right column: national name, motto underlined over its full width (Party documents: the Party's name).
  let ry = top;
  const midR = rightX + rightW / 2;
  if (h.style === 'party') {
    const partyW = centred(c, 'ĐẢNG CỘNG SẢN VIỆT NAM', BOLD, MOTTO_SIZE, rightX, rightW, ry);
    page.drawLine({ start: { x: midR - partyW / 2, y: ry - 4 }, end: { x: midR + partyW / 2, y: ry - 4 }, thickness: 0.6 });
    ry -= step * 2;
  } else {
    centred(c, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', BOLD, HEADER_SIZE, rightX, rightW, ry);
    ry -= step + 1;
    const mottoW = centred(c, 'Độc lập - Tự do - Hạnh phúc', BOLD, MOTTO_SIZE, rightX, rightW, ry);
    page.drawLine({ start: { x: midR - mottoW / 2, y: ry - 4 }, end: { x: midR + mottoW / 2, y: ry - 4 }, thickness: 0.6 });
    ry -= step;
  }

  // Number and place/date share one row, below whichever column is taller.
  const row = Math.min(leftBottom, ry) - 6;
  if (h.number) centred(c, h.number, REGULAR, HEADER_SIZE, c.left, leftW, row);
  if (h.dateLine) centred(c, h.dateLine, ITALIC, HEADER_SIZE + 0.5, rightX, rightW, row);
  c.y = row - HEADER_SIZE - 14;
}

const STAMP_SIZE = 12;

/** A boxed marker above the heading: "MẬT" (red, left) or "DỰ THẢO" (right). */
export function drawStamp(c: Cursor, s: StampBlock): void {
  c.ensureSpace(40);
  const w = c.measure(STAMP_SIZE)(s.text, BOLD);
  const padX = 8;
  const boxW = w + padX * 2;
  const boxH = STAMP_SIZE + 10;
  const x = s.side === 'left' ? c.left + 30 : c.right - boxW;
  const yTop = c.y;
  const color = s.color === 'red' ? rgb(0.78, 0.08, 0.08) : rgb(0, 0, 0);
  c.page().drawRectangle({ x, y: yTop - boxH, width: boxW, height: boxH, borderColor: color, borderWidth: 1.2 });
  c.drawLine({ segments: [{ text: s.text, style: BOLD, x: 0, width: w }], width: w }, x + padX, yTop - boxH + 6, STAMP_SIZE, color);
  c.y = yTop - boxH - 8;
}
