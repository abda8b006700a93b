import { expect, test, type Browser, type BrowserContext, type Download, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readTarGz, writeTarGz } from '../../electron/record/tar';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { trustRelayCertificate } from './relay-certificate';
import { SHOTS } from './viewer-helpers';

/**
 * The official record from the app: the secretariat hosts the demo meeting, the chair opens it, records a
 * conclusion and closes it; the secretariat edits a paragraph of the generated minutes, finalises them and
 * downloads the CSV/XLSX exports and the archive; the archive imported on a second (archive) laptop shows
 * the same meeting read-only with its verification, and a damaged copy of it is refused with the reason.
 */

type Seat = { laptop: Laptop; context: BrowserContext; page: Page };
const seats: Seat[] = [];

test.afterAll(async () => {
  for (const s of seats) await s.context.close().catch(() => {});
  await Promise.all(seats.map((s) => s.laptop.stop()));
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const badge = (page: Page) => page.getByTestId('connection-badge');
const CONCLUSION = 'Kỳ họp thống nhất chương trình làm việc như dự kiến.';
const EDITED = 'Đại biểu thảo luận và thống nhất khai mạc kỳ họp theo chương trình đã gửi.';

async function seat(browser: Browser, args: string[] = []): Promise<Seat> {
  const laptop = await startLaptop({ demo: true, extraArgs: args });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const s = { laptop, context, page: await context.newPage() };
  seats.push(s);
  return s;
}

async function signIn(page: Page, url: string, username: string, password: string, relayUrl: string) {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Máy chủ phòng họp').fill(relayUrl);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Clicks a download button and collects the `count` downloads it starts. */
async function downloads(page: Page, button: string, count: number): Promise<Download[]> {
  const got: Download[] = [];
  const onDownload = (d: Download) => void got.push(d);
  page.on('download', onDownload);
  try {
    await page.getByTestId('record-downloads').getByRole('button', { name: button }).click();
    await expect.poll(() => got.length).toBe(count);
  } finally {
    page.off('download', onDownload);
  }
  return got;
}

test('conclusion, edited and finalised minutes, exports, archive imported read-only on another laptop', async ({ browser }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'phg-record-e2e-'));

  // --- The secretariat hosts the meeting --------------------------------------------------------------
  const sec = await seat(browser, ['--relay-bind', '127.0.0.1']);
  const s = sec.page;
  await signIn(s, sec.laptop.url, 'thuky', 'thuky', '');
  await expect(badge(s)).toHaveText(/Làm việc trên máy này/);
  await s.getByTestId('meeting-row').first().getByRole('link').click();
  const port = await freePort();
  await s.getByTestId('hosting-open').click();
  await s.getByLabel('Cổng').fill(String(port));
  await s.getByRole('button', { name: 'Bắt đầu chủ trì' }).click();
  await expect(s.getByTestId('hosting-url')).toHaveText(`https://127.0.0.1:${port}`);
  const certificateCode = (await s.getByTestId('hosting-cert-code').textContent())!;
  await s.getByTestId('enter-live').click();
  await expect(s.getByTestId('secretariat-live')).toBeVisible();

  // --- The chair opens the meeting, records a conclusion, closes it -------------------------------------
  const ch = await seat(browser);
  const c = ch.page;
  await signIn(c, ch.laptop.url, 'chutoa', 'chutoa', `https://127.0.0.1:${port}`);
  await trustRelayCertificate(c, certificateCode);
  await expect(badge(c)).toHaveAttribute('data-state', 'online');
  await c.getByTestId('meeting-row').first().getByRole('link').click();
  await c.getByTestId('enter-live').click();
  await expect(c.getByTestId('chair-console')).toBeVisible();
  await c.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  await expect(c.getByTestId('live-phase')).toHaveText('Đang họp');
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  const conclusion = c.getByTestId('conclusion-form');
  await conclusion.getByRole('textbox').fill(CONCLUSION);
  await conclusion.getByRole('button', { name: 'Ghi kết luận' }).click();
  await expect(conclusion).toContainText('Đã ghi kết luận vào biên bản.');
  await shot(c, 'record-01-chair-conclusion');
  await c.getByRole('button', { name: 'Bế mạc phiên họp' }).click();
  await c.getByRole('dialog').getByRole('button', { name: 'Bế mạc phiên họp' }).click();
  await expect(c.getByTestId('live-phase')).toHaveText('Đã bế mạc');

  // --- The secretariat edits a paragraph, finalises, downloads ------------------------------------------
  await expect(s.getByTestId('live-phase')).toHaveText('Đã bế mạc');
  await s.getByRole('tab', { name: 'Biên bản' }).click();
  const editor = s.getByTestId('minutes-editor');
  await expect(editor.getByTestId('minutes-status')).toHaveText('Phiên bản 1 — Dự thảo');
  const opening = editor.locator('[data-section="opening"]');
  await expect(opening.getByRole('textbox')).toHaveValue(
    /^Cuộc họp khai mạc lúc \d+ giờ \d+ phút, ngày .* do .+ chủ trì, với \d+ mục chương trình\.$/,
  );
  await opening.getByRole('textbox').fill(EDITED);
  await opening.getByRole('button', { name: 'Lưu đoạn này' }).click();
  await expect(editor.locator('[data-section="opening"]')).toContainText('đã sửa');
  await expect(editor.locator('[data-section="opening"]').getByRole('textbox')).toHaveValue(EDITED);
  await shot(s, 'record-02-secretariat-edits');
  await editor.getByRole('button', { name: 'Hoàn thành biên bản' }).click();
  await expect(editor.getByTestId('minutes-status')).toHaveText('Phiên bản 1 — Đã hoàn thành');
  await expect(editor.locator('[data-section="opening"]').getByRole('textbox')).not.toBeEditable();
  await expect(editor.getByRole('button', { name: 'Lưu đoạn này' })).toHaveCount(0);
  await shot(s, 'record-03-finalised');

  const [pdf] = await downloads(s, 'Biên bản (PDF)', 1);
  expect(pdf!.suggestedFilename()).toMatch(/^bien-ban-.*-v1\.pdf$/);
  const csvs = await downloads(s, 'Số liệu (CSV)', 5);
  const results = csvs.find((d) => /ket-qua|bieu-quyet/.test(d.suggestedFilename())) ?? csvs[0]!;
  const csvText = readFileSync((await results.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const [xlsx] = await downloads(s, 'Số liệu (XLSX)', 1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await xlsx!.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.length).toBeGreaterThanOrEqual(3);
  const [archive] = await downloads(s, 'Hồ sơ lưu trữ (.tar.gz)', 1);
  const archiveFile = path.join(work, archive!.suggestedFilename());
  await archive!.saveAs(archiveFile);
  await expect(s.getByTestId('record-downloads')).toContainText('Đã tải về');
  await shot(s, 'record-04-downloads');

  // --- The archive laptop: a damaged copy is refused, the archive opens read-only -----------------------
  const arc = await seat(browser);
  const a = arc.page;
  await signIn(a, arc.laptop.url, 'thuky', 'thuky', '');
  await expect(badge(a)).toHaveText(/Làm việc trên máy này/);
  const importer = a.getByTestId('archive-import');
  const damaged = readFileSync(archiveFile);
  const mid = Math.floor(damaged.length / 2);
  damaged[mid] = damaged[mid]! ^ 0xff;
  const damagedFile = path.join(work, 'hong.tar.gz');
  writeFileSync(damagedFile, damaged);
  await importer.getByLabel('Tệp hồ sơ lưu trữ (.tar.gz)').setInputFiles(damagedFile);
  await importer.getByRole('button', { name: 'Kiểm tra và mở hồ sơ' }).click();
  await expect(importer.getByRole('alert')).toContainText('Hồ sơ bị từ chối: Tệp lưu trữ hong.tar.gz bị hỏng');
  await expect(a.getByTestId('archive-view')).toHaveCount(0);
  // A well-formed archive with one exported figure changed: the manifest names the file.
  const entries = readTarGz(readFileSync(archiveFile)).map((e) =>
    e.name === 'exports/diem-danh.csv'
      ? { ...e, data: Buffer.concat([Buffer.from(e.data), Buffer.from('99,Người thêm vào,,Có mặt\r\n', 'utf8')]) }
      : e,
  );
  const alteredFile = path.join(work, 'sua.tar.gz');
  writeFileSync(alteredFile, writeTarGz(entries, 0));
  await importer.getByLabel('Tệp hồ sơ lưu trữ (.tar.gz)').setInputFiles(alteredFile);
  await importer.getByRole('button', { name: 'Kiểm tra và mở hồ sơ' }).click();
  await expect(importer.getByRole('alert')).toContainText('Hồ sơ bị từ chối: Lưu trữ: tệp exports/diem-danh.csv không khớp danh mục');
  await expect(a.getByTestId('archive-view')).toHaveCount(0);
  await shot(a, 'record-05-archive-refused');

  await importer.getByLabel('Tệp hồ sơ lưu trữ (.tar.gz)').setInputFiles(archiveFile);
  await importer.getByRole('button', { name: 'Kiểm tra và mở hồ sơ' }).click();
  const view = a.getByTestId('archive-view');
  await expect(view).toBeVisible();
  await expect(view).toContainText('Hồ sơ toàn vẹn: mọi kiểm tra đều đạt.');
  await expect(view).toContainText('Chỉ xem — hồ sơ lưu trữ không sửa được.');
  await expect(view.getByTestId('archive-minutes').getByTestId('minutes-status')).toHaveText('Phiên bản 1 — Đã hoàn thành');
  await expect(view.getByTestId('archive-minutes')).toContainText(EDITED);
  await expect(view).toContainText(`Kết luận: ${CONCLUSION}`);
  await expect(view.getByTestId('archive-minutes')).toContainText('Cuộc họp kết thúc lúc');
  await expect(view.locator('textarea, input')).toHaveCount(0);
  await shot(a, 'record-06-archive-read-only');
});
