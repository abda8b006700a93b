import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildSeedPdfs, MAX_TOTAL_BYTES, type SeedManifest } from '../../seeds/lib/build-all';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${SEEDS}pdf-manifest.json`, 'utf8')) as SeedManifest;

/** Phrases (with diacritics) each generated PDF must yield through pdf.js text extraction. */
const EXPECTED: Record<string, string[]> = {
  'to-trinh-chuyen-doi-so.pdf': [
    'TỜ TRÌNH',
    'ỦY BAN NHÂN DÂN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 125/TTr-UBND',
    'Thái Nguyên, ngày 05 tháng 9 năm 2022',
    'Kính gửi: Hội đồng nhân dân tỉnh Thái Nguyên.',
    'chuyển đổi số',
    'phòng họp không giấy',
  ],
  'du-thao-nghi-quyet-chuyen-doi-so.pdf': [
    'DỰ THẢO',
    'NGHỊ QUYẾT',
    'QUYẾT NGHỊ:',
    'Điều 1. Phê duyệt',
    'Điều 4. Hiệu lực thi hành',
    'chuyển đổi số',
    'Thái Nguyên',
  ],
  'tai-lieu-tham-khao-chuyen-doi-so.pdf': [
    'TÀI LIỆU THAM KHẢO',
    'MỤC LỤC',
    'Đề cao vai trò người đứng đầu',
    'Trung đội Cứu quốc quân II',
    'Phòng họp không giấy',
    'chuyển đổi số',
    'Thái Nguyên',
  ],
  'bao-cao-tham-tra-chuyen-doi-so.pdf': ['BÁO CÁO THẨM TRA', 'BAN KINH TẾ - NGÂN SÁCH', 'chuyển đổi số', 'Thái Nguyên'],
  'bao-cao-phong-hop-khong-giay.pdf': ['SỞ THÔNG TIN', 'phòng họp không giấy', 'Tổng cộng', 'chuyển đổi số', 'Thái Nguyên'],
  'giai-trinh-tiep-thu-tham-tra.pdf': ['Tiếp thu', 'Ý kiến thẩm tra', 'chuyển đổi số', 'Thái Nguyên'],
  'to-trinh-nhan-su-mat.pdf': ['MẬT', 'Hà Minh Khôi', 'Ủy viên Ủy ban nhân dân tỉnh', 'Thái Nguyên'],
};

type Extracted = { pages: number; title: string; text: string; outline: { title: string; items: unknown[] }[] | null };

async function extract(bytes: Uint8Array): Promise<Extracted> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const parts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
      parts.push('\n');
      page.cleanup();
    }
    const info = (await doc.getMetadata()).info as { Title?: string };
    return { pages: doc.numPages, title: info.Title ?? '', text: parts.join(''), outline: await doc.getOutline() };
  } finally {
    await doc.destroy();
  }
}

const flat = (s: string): string => s.replace(/\s+/gu, ' ');

describe('seed PDFs', () => {
  it('are all listed in the manifest and fit the size budget', () => {
    expect(manifest.files.map((f) => f.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(manifest.totalBytes).toBeLessThan(MAX_TOTAL_BYTES);
  });

  for (const entry of manifest.files) {
    it(`${entry.file}: Vietnamese text, title, page numbers extract correctly with pdf.js`, async () => {
      const bytes = new Uint8Array(readFileSync(`${SEEDS}pdfs/${entry.file}`));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      const x = await extract(bytes);
      expect(x.pages).toBe(entry.pages);
      expect(x.title).toBe(entry.title);
      expect(x.text).not.toContain('\uFFFD');
      expect(x.text).toBe(x.text.normalize('NFC'));
      const text = flat(x.text);
      for (const phrase of EXPECTED[entry.file] ?? []) expect(text, phrase).toContain(phrase);
      expect(text).toContain(`Trang 1/${x.pages}`);
      expect(text).toContain(`Trang ${x.pages}/${x.pages}`);
    });
  }

  it('the reference document is the longest, 30–60 pages, with a nested outline', async () => {
    const ref = manifest.files.find((f) => f.file === 'tai-lieu-tham-khao-chuyen-doi-so.pdf')!;
    for (const f of manifest.files) expect(ref.pages).toBeGreaterThanOrEqual(f.pages);
    expect(ref.pages).toBeGreaterThanOrEqual(30);
    expect(ref.pages).toBeLessThanOrEqual(60);
    const x = await extract(new Uint8Array(readFileSync(`${SEEDS}pdfs/${ref.file}`)));
    const top = (x.outline ?? []).map((o) => o.title);
    expect(top).toContain('PHẦN I. BÀI VIẾT VÀ PHÁT BIỂU');
    expect(top.length).toBeGreaterThanOrEqual(4);
    expect(x.outline!.find((o) => o.title.startsWith('PHẦN I.'))!.items.length).toBeGreaterThanOrEqual(5);
  });

  it('rebuild is byte-identical (to the committed files when the same DejaVu version is installed)', async () => {
    const first = await buildSeedPdfs({ articlesDir: `${SEEDS}articles` });
    if (first.manifest.fontSha256 === manifest.fontSha256) {
      // Same fonts: the committed PDFs must be exactly what the generator produces now.
      expect(first.manifest.files).toEqual(manifest.files);
    } else {
      // Another font build changes glyph data; reproducibility must still hold run to run.
      const second = await buildSeedPdfs({ articlesDir: `${SEEDS}articles` });
      expect(second.manifest.files).toEqual(first.manifest.files);
    }
  }, 120_000);
});
