import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { join } from 'node:path';
import { repoRoot } from '../helpers/laptop';

/** DejaVu covers every precomposed Vietnamese letter (fonts-dejavu-core). */
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const LINES_PER_PAGE = 44;

/** Sentences of the seed articles, for realistic Vietnamese text. */
export function seedSentences(): string[] {
  const dir = join(repoRoot, 'seeds', 'articles');
  const names = ['01-de-cao-vai-tro-nguoi-dung-dau.txt', '02-phat-huy-truyen-thong-cach-mang.txt', '03-thong-qua-nghi-quyet-chuyen-doi-so.txt', '04-day-manh-chuyen-doi-so.txt', '05-chu-trong-nhiem-vu-trong-tam.txt'];
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
  let w = 0;
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Trang ${p}/${pages} — Tài liệu thử nghiệm chuyển đổi số`, { x: 50, y: 800, size: 13, font, color: rgb(0.1, 0.1, 0.3) });
    for (let l = 0; l < LINES_PER_PAGE; l++) {
      let line = '';
      while (font.widthOfTextAtSize(`${line} ${words[w % words.length]}`, 10.5) < 495) line += `${line ? ' ' : ''}${words[w++ % words.length]}`;
      page.drawText(line, { x: 50, y: 770 - l * 16.5, size: 10.5, font });
    }
  }
  return pdf.save();
}
