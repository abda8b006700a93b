import { expect, test, type Page } from '@playwright/test';
import type { DocumentMeta, MeetingSummary } from '../../shared/model/types';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { decodePng } from '../helpers/png';
import { checkA11y } from './a11y';
import { apiClient, openDocument, shot, signIn } from './viewer-helpers';

/**
 * Leak deterrence for confidential ("mật") documents (issue 13), in Chromium against a real laptop with the
 * demo meeting: every page, thumbnail and zoom level carries the reader's watermark; printing (Ctrl+P, the
 * browser's print), saving (Ctrl+S, the annotated export) and copying text are refused with a message. An
 * ordinary document is neither marked nor refused.
 */

const DELEGATE = { username: 'daibieu01', password: 'daibieu' };
const READER = 'Nguyễn Văn Đức';

let laptop: Laptop | null = null;
test.afterEach(async () => {
  await laptop?.stop();
  laptop = null;
});

async function demoDocuments(url: string): Promise<{ meeting: MeetingSummary; secret: DocumentMeta; ordinary: DocumentMeta }> {
  const api = await apiClient(url);
  try {
    await api.must('auth:login', DELEGATE);
    const [meeting] = await api.must('meetings:list', undefined as never);
    const docs = (await api.must('meetings:get', { meetingId: meeting!.id })).documents;
    const secret = docs.find((d) => d.confidentiality === 'mat')!;
    const ordinary = docs.filter((d) => d.confidentiality === 'thuong').sort((a, b) => a.pages - b.pages)[0]!;
    return { meeting: meeting!, secret, ordinary };
  } finally {
    api.close();
  }
}

const renderedPages = (page: Page) => page.locator('.pv-page[data-active]:has(canvas.pv-canvas)');
const refusal = (page: Page) => page.getByTestId('viewer-refused');

/** Pixels of page 1 that change when its watermark is hidden (gray levels differing by more than 8). */
async function watermarkPixels(page: Page): Promise<{ changed: number; total: number }> {
  const first = page.locator('.pv-page[data-page-number="1"]');
  const marks = first.getByTestId('viewer-watermark');
  const withMark = decodePng(await first.screenshot());
  await marks.evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  const without = decodePng(await first.screenshot());
  await marks.evaluate((el) => ((el as HTMLElement).style.visibility = ''));
  let changed = 0;
  for (let i = 0; i < withMark.gray.length; i++) if (Math.abs(withMark.gray[i]! - without.gray[i]!) > 8) changed++;
  return { changed, total: withMark.gray.length };
}

/** What Chromium's print of the page produces: the text of the PDF it would send to the printer. */
async function printedText(page: Page): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await page.pdf()), isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  }
  await pdf.destroy();
  return text;
}

test('a confidential document is watermarked with the reader and refuses print, save and copy', async ({ page }) => {
  laptop = await startLaptop();
  const { meeting, secret } = await demoDocuments(laptop.url);
  let downloads = 0;
  page.on('download', () => void downloads++);
  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  await openDocument(page, meeting.title, secret.title);
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();

  // Every rendered page carries the watermark: the reader's name, unit, group, date and time (Vietnam).
  await expect.poll(() => renderedPages(page).count()).toBeGreaterThan(0);
  const pages = await renderedPages(page).count();
  const marks = page.locator('.pv-page[data-active]:has(canvas.pv-canvas) [data-testid="viewer-watermark"]');
  await expect(marks).toHaveCount(pages);
  const line = (await marks.first().getAttribute('data-watermark')) ?? '';
  expect(line).toMatch(
    /^MẬT · Nguyễn Văn Đức · Ban Kinh tế - Ngân sách HĐND tỉnh · Tổ đại biểu phường Phan Đình Phùng · \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
  );
  // Pixels, not text: nothing to select or copy, no pointer events (annotating works through it).
  expect(await page.locator('body').innerText()).not.toContain(READER + ' · ');
  expect(await marks.first().evaluate((el) => [getComputedStyle(el).pointerEvents, getComputedStyle(el).userSelect])).toEqual([
    'none',
    'none',
  ]);
  // Above the page's pixels, below the text layer.
  const z = await page
    .locator('.pv-page[data-page-number="1"]')
    .evaluate((el) => ['.pv-watermark', '.textLayer'].map((s) => Number(getComputedStyle(el.querySelector(s)!).zIndex)));
  expect(z[0]).toBeLessThan(z[1]!);
  // Visible: hiding it changes a good share of the page's pixels.
  const seen = await watermarkPixels(page);
  expect(seen.changed / seen.total).toBeGreaterThan(0.02);
  await shot(page, 'confidential-01-watermark');

  // Thumbnails are marked too.
  await expect(page.locator('.pv-thumb canvas').first()).toBeVisible();
  expect(await page.locator('.pv-thumb [data-testid="viewer-watermark"]').count()).toBeGreaterThan(0);

  // Zoom in: the watermark follows the page's new size.
  await page.getByRole('button', { name: 'Phóng to (Ctrl +)' }).click();
  await page.getByRole('button', { name: 'Phóng to (Ctrl +)' }).click();
  const sizes = () =>
    page.locator('.pv-page[data-page-number="1"]').evaluate((el) => {
      const w = el.querySelector('.pv-watermark')!.getBoundingClientRect();
      const p = el.getBoundingClientRect();
      return [Math.round(w.width - p.width), Math.round(w.height - p.height), Math.round(p.width)];
    });
  await expect.poll(async () => (await sizes()).slice(0, 2)).toEqual([0, 0]);
  await expect(marks).toHaveCount(await renderedPages(page).count());
  await shot(page, 'confidential-02-zoomed');

  // Ctrl+P and Ctrl+S: refused, with the reason.
  await page.getByTestId('viewer-scroll').focus();
  await page.keyboard.press('Control+p');
  await expect(refusal(page)).toHaveAttribute('data-reason', 'print');
  await expect(refusal(page)).toContainText('Không được in tài liệu mật');
  await shot(page, 'confidential-03-print-refused');
  await checkA11y(page, 'viewer: confidential document, print refused');
  await page.keyboard.press('Control+s');
  await expect(refusal(page)).toHaveAttribute('data-reason', 'save');
  await expect(refusal(page)).toContainText('Không được lưu tài liệu mật');

  // The browser's own print (menu, window.print): the printed pages hold only the refusal.
  await refusal(page).getByRole('button', { name: 'Đóng' }).click();
  await expect(refusal(page)).toHaveCount(0);
  const printed = await printedText(page);
  expect(printed).toContain('Không được in tài liệu mật');
  expect(printed).not.toContain(READER);
  expect(printed.replace(/\s+/g, ' ').trim().length).toBeLessThan(200);
  await expect(refusal(page)).toHaveAttribute('data-reason', 'print');

  // Copying selected text is refused; selecting stays possible (highlights).
  const span = page.locator('.pv-page[data-page-number="1"] .textLayer span').first();
  await span.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  expect(await page.evaluate(() => document.getSelection()!.toString().length)).toBeGreaterThan(0);
  const copied = await page.evaluate(() => {
    let prevented = false;
    const seen = (e: Event) => (prevented = e.defaultPrevented);
    window.addEventListener('copy', seen);
    document.execCommand('copy');
    window.removeEventListener('copy', seen);
    return prevented;
  });
  expect(copied).toBe(true);
  await expect(refusal(page)).toHaveAttribute('data-reason', 'copy');
  // Highlighting that selection still works, through the watermark.
  await page.getByTestId('selection-popup').getByRole('button', { name: 'Tô sáng: vàng' }).click();
  await expect(page.locator('.an-layer [data-kind="highlight"]')).toHaveCount(1);

  // The annotated export: refused by the services, the reason shown, nothing downloaded.
  await page.getByRole('button', { name: 'Xuất bản có ghi chú của tôi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tài liệu mật không được xuất' })).toBeVisible();
  expect(downloads).toBe(0);
  await shot(page, 'confidential-04-export-refused');
});

test('an ordinary document is not watermarked and prints and exports as before', async ({ page }) => {
  laptop = await startLaptop();
  const { meeting, ordinary } = await demoDocuments(laptop.url);
  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  await openDocument(page, meeting.title, ordinary.title);
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await expect.poll(() => renderedPages(page).count()).toBeGreaterThan(0);
  await expect(page.getByTestId('viewer-watermark')).toHaveCount(0);

  await page.getByTestId('viewer-scroll').focus();
  await page.keyboard.press('Control+s');
  const printed = await printedText(page);
  expect(printed).not.toContain('Không được in');
  expect(printed.replace(/\s+/g, ' ').trim().length).toBeGreaterThan(200);
  await expect(refusal(page)).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản có ghi chú của tôi' }).click();
  expect((await download).suggestedFilename()).toMatch(/ghi chu\.pdf$/);
});
