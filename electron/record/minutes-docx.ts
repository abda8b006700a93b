import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Align, Block, Run } from '../common/pdf-layout/spec';
import { assertNever } from '../../shared/util/result';
import { minutesDocSpec } from './minutes-doc';
import type { Minutes } from './minutes-types';

/*
 * The minutes as DOCX (the `docx` library), from the same blocks as the PDF: Times New Roman 13 pt, the
 * Nghị định 30/2020/NĐ-CP margins (top/bottom 20 mm, left 30 mm, right 20 mm), a borderless two-column header.
 */

const MM_TO_TWIP = 1440 / 25.4;
const BODY_HALF_POINTS = 26;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const run = (x: Run, size?: number): TextRun =>
  new TextRun({ text: x.text, bold: x.bold === true, italics: x.italic === true, ...(size ? { size } : {}) });
const centred = (runs: Run[], size?: number, underline = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: runs.map(
      (x) =>
        new TextRun({
          text: x.text,
          bold: x.bold === true,
          italics: x.italic === true,
          ...(size ? { size } : {}),
          ...(underline ? { underline: {} } : {}),
        }),
    ),
  });

function twoColumns(left: Paragraph[], right: Paragraph[], leftPct = 42): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftPct, type: WidthType.PERCENTAGE }, children: left }),
          new TableCell({ width: { size: 100 - leftPct, type: WidthType.PERCENTAGE }, children: right }),
        ],
      }),
    ],
  });
}

function blockToDocx(bl: Block): (Paragraph | Table)[] {
  switch (bl.kind) {
    case 'adminHeader': {
      const left = [
        ...(bl.parentAgency ? [centred([{ text: bl.parentAgency }], 24)] : []),
        ...bl.agency.map((a, idx) => centred([{ text: a, bold: true }], 24, idx === bl.agency.length - 1)),
        centred([{ text: bl.number }], 24),
      ];
      const right =
        bl.style === 'party'
          ? [
              centred([{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true }], 26, true),
              centred([{ text: '' }]),
              centred([{ text: bl.dateLine, italic: true }], 24),
            ]
          : [
              centred([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], 24),
              centred([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], 26, true),
              centred([{ text: bl.dateLine, italic: true }], 24),
            ];
      return [twoColumns(left, right), new Paragraph({ children: [] })];
    }
    case 'stamp':
      return [new Paragraph({ children: [new TextRun({ text: bl.text, bold: true })] })];
    case 'title':
      return bl.lines.map((l) => centred([{ text: l, bold: true }], 28));
    case 'centered':
      return [centred(bl.runs)];
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 160, after: 80 },
          alignment: bl.align ? ALIGN[bl.align] : AlignmentType.LEFT,
          children: [new TextRun({ text: bl.text, bold: true, size: bl.level === 1 ? 28 : BODY_HALF_POINTS })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[bl.align ?? 'left'],
          indent: { left: Math.round((bl.leftIndent ?? 0) * 20), firstLine: Math.round((bl.indent ?? 28) * 20) },
          spacing: { after: 80 },
          children: bl.runs.map((x) => run(x)),
        }),
      ];
    case 'table': {
      const total = bl.columns.reduce((s, c) => s + c.width, 0);
      const cell = (text: string, idx: number, head: boolean) =>
        new TableCell({
          width: { size: Math.round((bl.columns[idx]!.width / total) * 100), type: WidthType.PERCENTAGE },
          children: [
            new Paragraph({
              alignment: head ? AlignmentType.CENTER : ALIGN[bl.columns[idx]!.align ?? 'left'],
              children: [new TextRun({ text, bold: head, size: 22 })],
            }),
          ],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: bl.columns.map((c, idx) => cell(c.title, idx, true)) }),
            ...bl.rows.map((row) => new TableRow({ children: row.map((t, idx) => cell(t, idx, false)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'signature': {
      const col = (lines: Run[][]) => lines.map((l) => centred(l));
      return [twoColumns(col(bl.leftLines ?? bl.recipients.map((t) => [{ text: t }])), col(bl.lines), 50)];
    }
    case 'spacer':
      return [new Paragraph({ children: [] })];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'toc':
      return [];
    default:
      return assertNever(bl, 'block');
  }
}

export async function renderMinutesDocx(m: Minutes): Promise<Uint8Array> {
  const spec = minutesDocSpec(m);
  const doc = new Document({
    creator: spec.creator ?? '',
    title: spec.title,
    subject: spec.subject,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY_HALF_POINTS } } } },
    sections: [
      {
        properties: {
          page: {
            margin: {
              top: Math.round(20 * MM_TO_TWIP),
              bottom: Math.round(20 * MM_TO_TWIP),
              left: Math.round(30 * MM_TO_TWIP),
              right: Math.round(20 * MM_TO_TWIP),
            },
          },
        },
        children: spec.blocks.flatMap(blockToDocx),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
