import fontkit from '@pdf-lib/fontkit';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { join } from 'node:path';
import { repoRoot } from '../helpers/laptop';

/** DejaVu covers every precomposed Vietnamese letter (fonts-dejavu-core). */
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const LINES_PER_PAGE = 44;
const FONT_SIZE = 10.5;
const LINE_WIDTH_PT = 495;

/** Sentences of the seed articles, for realistic Vietnamese text. */
export function seedSentences(): string[] {
  const dir = join(repoRoot, 'seeds', 'articles');
  const names = [
    '01-de-cao-vai-tro-nguoi-dung-dau.txt',
    '02-phat-huy-truyen-thong-cach-mang.txt',
    '03-thong-qua-nghi-quyet-chuyen-doi-so.txt',
    '04-day-manh-chuyen-doi-so.txt',
    '05-chu-trong-nhiem-vu-trong-tam.txt',
  ];
  return names
    .flatMap((n) => readFileSync(join(dir, n), 'utf8').split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 20);
}

/** A text-only PDF of `pages` A4 pages in Vietnamese (the benchmark's "300-page text PDF"). */
export async function textPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const words = seedSentences().join(' ').split(' ');
  // Word widths measured once: measuring each growing line made generation take minutes.
  const widths = new Map<string, number>();
  const widthOf = (word: string) => {
    let v = widths.get(word);
    if (v === undefined) widths.set(word, (v = font.widthOfTextAtSize(word, FONT_SIZE)));
    return v;
  };
  const space = font.widthOfTextAtSize(' ', FONT_SIZE);
  let w = 0;
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Trang ${p}/${pages} — Tài liệu thử nghiệm chuyển đổi số`, { x: 50, y: 800, size: 13, font, color: rgb(0.1, 0.1, 0.3) });
    for (let l = 0; l < LINES_PER_PAGE; l++) {
      const line: string[] = [];
      let width = 0;
      for (;;) {
        const word = words[w % words.length]!;
        const next = width + (line.length ? space : 0) + widthOf(word);
        if (next > LINE_WIDTH_PT && line.length) break;
        line.push(word);
        width = next;
        w++;
      }
      page.drawText(line.join(' '), { x: 50, y: 770 - l * 16.5, size: FONT_SIZE, font });
    }
  }
  return pdf.save();
}

/** Bump when textPdf's output changes, so cached files are regenerated. */
const TEXT_PDF_VERSION = 1;

/** textPdf, kept in tests/.artifacts/bench between runs (generation takes ~10 s for 300 pages). */
export async function cachedTextPdf(pages: number): Promise<Uint8Array> {
  const dir = join(repoRoot, 'tests', '.artifacts', 'bench');
  const file = join(dir, `text-${pages}p-v${TEXT_PDF_VERSION}.pdf`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const bytes = await textPdf(pages);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}
