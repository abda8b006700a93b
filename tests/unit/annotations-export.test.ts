import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/annotations/types';
import type { DocumentId, UserId } from '../../shared/model/ids';
import { exportAnnotatedPdf } from '../../electron/laptop/annotations/export-pdf';

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
let pdfjs: PdfJs;

beforeAll(async () => {
  // pdf.js under Node runs its worker code on this thread; registering it avoids resolving workerSrc.
  // @ts-expect-error -- the worker bundle ships without type declarations
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

async function twoPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const label of ['One', 'Two']) pdf.addPage([595, 842]).drawText(`Page ${label}`, { x: 50, y: 780, size: 18, font });
  return pdf.save();
}

const base = {
  documentId: 'doc' as DocumentId,
  color: 'yellow' as const,
  authorId: 'u1' as UserId,
  authorName: 'Nguyễn Văn Đức',
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:05:00.000Z',
  sharedAt: null,
};
const annotations: Annotation[] = [
  {
    ...base,
    id: 'h1',
    kind: 'highlight',
    page: 1,
    text: 'Cần làm rõ chuyển đổi số',
    rects: [
      [50, 775, 150, 797],
      [50, 750, 120, 770],
    ],
    quote: 'Page One',
  },
  { ...base, id: 'i1', kind: 'ink', page: 2, color: 'blue', text: '', strokes: [[100, 500, 150, 520, 200, 480]], width: 2 },
  { ...base, id: 'n1', kind: 'note', page: 2, color: 'orange', text: 'Đề nghị bổ sung số liệu', at: [300, 700] },
];

describe('export with annotations', () => {
  it('writes real PDF annotations that pdf.js reads back', async () => {
    const original = await twoPagePdf();
    const out = await exportAnnotatedPdf(original, annotations);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.added).toBe(3);

    const doc = await pdfjs.getDocument({ data: out.value.bytes, isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const p1 = await (await doc.getPage(1)).getAnnotations();
      const p2 = await (await doc.getPage(2)).getAnnotations();
      expect(p1).toHaveLength(1);
      const h = p1[0];
      expect(h.subtype).toBe('Highlight');
      expect(h.contentsObj.str).toBe('Cần làm rõ chuyển đổi số');
      expect(h.titleObj.str).toBe('Nguyễn Văn Đức');
      expect(h.quadPoints).toHaveLength(16);
      expect(h.hasAppearance).toBe(true);
      expect(Array.from(h.rect as number[]).map(Math.round)).toEqual([50, 750, 150, 797]);

      const ink = p2.find((a: { subtype: string }) => a.subtype === 'Ink');
      expect(ink.inkLists).toHaveLength(1);
      expect(ink.inkLists[0]).toHaveLength(6);
      const note = p2.find((a: { subtype: string }) => a.subtype === 'Text');
      expect(note.contentsObj.str).toBe('Đề nghị bổ sung số liệu');
      // pdf.js reports NoIcon when it draws our appearance stream instead of its own icon.
      expect(note.hasAppearance).toBe(true);
      expect(Array.from(note.rect as number[]).map(Math.round)).toEqual([300, 680, 320, 700]);
    } finally {
      await doc.destroy();
    }
  });

  it('leaves the original untouched and skips annotations on pages that do not exist', async () => {
    const original = await twoPagePdf();
    const copy = original.slice();
    const out = await exportAnnotatedPdf(original, [{ ...annotations[0]!, page: 9 } as Annotation]);
    expect(out.ok && out.value.added).toBe(0);
    expect(original).toEqual(copy);
  });

  it('refuses a file that is not a PDF with a Vietnamese message', async () => {
    const out = await exportAnnotatedPdf(new TextEncoder().encode('not a pdf'), annotations);
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.error).toMatchObject({ key: 'error.export.unreadable', message: expect.stringMatching(/Không đọc được tệp PDF/) });
  });
});
