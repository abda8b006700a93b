import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import type { LayoutConfig, Fonts } from './cursor';
import type { FontBytes } from './fonts';
import { addOutline } from './outline';
import { renderBlocks, type OutlineMark } from './render';
import type { Block, DocSpec } from './spec';
import { toUtcDate } from './vn-date';

export type BuiltPdf = { fileName: string; bytes: Uint8Array; pages: number; title: string };

const PRODUCER = 'pdf-lib 1.17.1 + @pdf-lib/fontkit (seeds/build-seed-pdfs.ts)';

/** Every string a spec will draw, for the glyph-coverage check. */
function textsOf(blocks: Block[]): string[] {
  return blocks.flatMap((bl): string[] => {
    switch (bl.kind) {
      case 'adminHeader':
        return [bl.parentAgency, ...bl.agency, bl.number, bl.dateLine];
      case 'stamp':
        return [bl.text];
      case 'title':
        return bl.lines;
      case 'centered':
      case 'paragraph':
        return bl.runs.map((run) => run.text);
      case 'heading':
        return [bl.text];
      case 'table':
        return [...bl.columns.map((col) => col.title), ...bl.rows.flat()];
      case 'signature':
        return [...bl.recipients, ...[...bl.lines, ...(bl.leftLines ?? [])].flat().map((run) => run.text)];
      case 'toc':
        return [bl.title];
      case 'spacer':
      case 'pageBreak':
        return [];
      default: {
        const never: never = bl;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  });
}

/** Fail loudly instead of shipping a PDF with .notdef boxes where a letter should be. */
function assertCoverage(spec: DocSpec, fonts: Fonts, cfg: LayoutConfig): void {
  const sets = [new Set(fonts.regular.getCharacterSet()), new Set(fonts.bold.getCharacterSet())];
  const missing = new Set<string>();
  for (const text of [
    ...textsOf(spec.blocks),
    cfg.footerNote,
    'Trang 0123456789/',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
  ]) {
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      if (/\s/u.test(ch)) continue;
      if (!sets.every((s) => s.has(cp))) missing.add(`${ch} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
    }
  }
  if (missing.size > 0) throw new Error(`${spec.fileName}: phông chữ thiếu ký tự / font lacks glyphs: ${[...missing].join(', ')}`);
}

/** "ABCDEF+DejaVuSans": the six-letter tag marks a subset (ISO 32000-1 §9.6.4); derived, not random. */
function subsetName(fileName: string, face: string): string {
  const digest = createHash('sha256').update(`${fileName}:${face}`).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${face}`;
}

async function layoutOnce(
  spec: DocSpec,
  fontBytes: FontBytes,
  cfg: LayoutConfig,
  tocPages: number[] | null,
): Promise<{ doc: PDFDocument; marks: OutlineMark[] }> {
  // updateMetadata:false keeps pdf-lib from stamping the current time; dates are set from the spec.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Subsetting keeps each file small; pdf-lib's suffix RNG is seeded, so subset names are stable.
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true, customName: subsetName(spec.fileName, 'DejaVuSans') }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true, customName: subsetName(spec.fileName, 'DejaVuSans-Bold') }),
  };
  assertCoverage(spec, fonts, cfg);
  const marks = renderBlocks(doc, fonts, cfg, spec.blocks, tocPages);
  return { doc, marks };
}

function setMetadata(doc: PDFDocument, spec: DocSpec): void {
  const when = toUtcDate(spec.created);
  doc.setTitle(spec.title, { showInWindowTitleBar: true });
  doc.setAuthor(spec.author);
  doc.setSubject(spec.subject);
  // pdf-lib joins keywords with spaces, which would blur multi-word Vietnamese terms.
  doc.setKeywords([spec.keywords.join('; ')]);
  doc.setCreator(spec.creator ?? 'Phòng họp không giấy — dữ liệu trình diễn (seeds/build-seed-pdfs.ts)');
  doc.setProducer(PRODUCER);
  doc.setLanguage('vi-VN');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  // A fixed file identifier (trailer /ID) derived from the file name, so rebuilds are byte-identical.
  const id = createHash('sha256').update(`seed:${spec.fileName}`).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

/**
 * Build one document. A spec with a table of contents is laid out twice: the first pass finds the
 * pages of the headings, the second prints them (the TOC has the same height in both passes).
 */
export async function buildPdf(spec: DocSpec, fontBytes: FontBytes, baseCfg: LayoutConfig): Promise<BuiltPdf> {
  const cfg: LayoutConfig = { ...baseCfg, ...spec.layout };
  let { doc, marks } = await layoutOnce(spec, fontBytes, cfg, null);
  if (spec.blocks.some((bl) => bl.kind === 'toc')) {
    const pages = marks.map((m) => m.pageIndex + 1);
    ({ doc, marks } = await layoutOnce(spec, fontBytes, cfg, pages));
    const again = marks.map((m) => m.pageIndex + 1);
    if (again.join() !== pages.join()) throw new Error(`${spec.fileName}: table of contents changed the pagination`);
  }
  addOutline(doc, marks);
  setMetadata(doc, spec);
  const bytes = await doc.save({ useObjectStreams: true });
  return { fileName: spec.fileName, bytes, pages: doc.getPageCount(), title: spec.title };
}
