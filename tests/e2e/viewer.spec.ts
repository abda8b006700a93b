import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, MeetingSummary } from '../../shared/model/types';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { apiClient, CORPUS, openDocument, shot, signIn, watchFakeWorker } from './viewer-helpers';
import { checkA11y } from './a11y';

/**
 * The viewer story end to end in Chromium against a real laptop (services + SQLite behind the browser-mode
 * host, demo meeting): read the longest document, find a phrase typed without diacritics, highlight it,
 * add a note, restart the laptop, and find everything where it was. Then a password-protected and a
 * damaged file.
 */

const DELEGATE = { username: 'daibieu01', password: 'daibieu' };
const NOTE_TEXT = 'Đề nghị bổ sung số liệu năm 2024';

let laptop: Laptop | null = null;
test.afterEach(async () => {
  await laptop?.stop();
  laptop = null;
});

async function longestDocument(url: string): Promise<{ meeting: MeetingSummary; doc: DocumentMeta }> {
  const api = await apiClient(url);
  try {
    await api.must('auth:login', DELEGATE);
    const [meeting] = await api.must('meetings:list', undefined as never);
    const detail = await api.must('meetings:get', { meetingId: meeting!.id });
    const doc = [...detail.documents].sort((a, b) => b.pages - a.pages)[0]!;
    return { meeting: meeting!, doc };
  } finally {
    api.close();
  }
}

const canvases = (page: Page) => page.locator('.pv-page canvas').count();
const currentPage = async (page: Page) => Number(await page.getByLabel('Đi tới trang').inputValue());

test('read, find without diacritics, highlight, note, restart: annotations stay', async ({ page }) => {
  const fakeWorker = watchFakeWorker(page);
  laptop = await startLaptop();
  const { dataDir } = laptop;
  const { meeting, doc } = await longestDocument(laptop.url);
  expect(doc.pages).toBeGreaterThan(20);

  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  await openDocument(page, meeting.title, doc.title);
  const viewer = page.getByTestId('document-viewer');
  await expect(viewer.locator('[data-first-page-rendered]')).toBeVisible();
  await expect(page.getByTestId('viewer-page-count')).toContainText(String(doc.pages));
  await shot(page, 'viewer-01-opened');
  await checkA11y(page, 'viewer: opened');

  // Scroll towards the end: the page counter follows, and only pages near the screen hold a canvas.
  const scroller = page.getByTestId('viewer-scroll');
  for (let i = 0; i < 12; i++) await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight * 1.5));
  await expect.poll(() => currentPage(page)).toBeGreaterThan(8);
  await expect(page.locator('.pv-page[data-active] .pv-canvas').first()).toBeVisible();
  expect(await canvases(page)).toBeLessThanOrEqual(8);
  await shot(page, 'viewer-02-scrolled');

  // Zoom: steps, then Ctrl + / Ctrl −; the text layer follows.
  const scale = () => page.getByTestId('viewer-scale').innerText();
  const before = await scale();
  await page.getByRole('button', { name: 'Phóng to (Ctrl +)' }).click();
  await expect.poll(scale).not.toBe(before);
  await scroller.focus();
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Minus');
  await expect(page.locator('.pv-page[data-active] .textLayer span').first()).toBeAttached();
  await shot(page, 'viewer-03-zoomed');
  await page.getByLabel('Thu phóng').selectOption('page-width');

  // Find a phrase typed without diacritics; the match is marked on the page.
  await page.keyboard.press('Control+f');
  await page.getByTestId('viewer-find').getByRole('searchbox').fill('chuyen doi so');
  await expect(page.getByTestId('viewer-find-status')).toHaveText(/^\d+\/\d+$/);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('phg-find-current')?.size ?? 0)).toBe(1);
  const marked = await page.evaluate(() => {
    const r = [...(CSS.highlights.get('phg-find-current') as Highlight)][0] as Range;
    return r.toString();
  });
  expect(marked.normalize('NFC').toLowerCase()).toBe('chuyển đổi số');
  await shot(page, 'viewer-04-find');
  await checkA11y(page, 'viewer: find bar');

  // Highlight the match, then add a sticky note next to it.
  await page.getByRole('button', { name: /Tô sáng kết quả này/ }).click();
  const highlight = page.locator('.an-layer [data-kind="highlight"]');
  await expect(highlight).toHaveCount(1);
  const notePage = Number(await highlight.locator('xpath=ancestor::*[@data-page-number]').getAttribute('data-page-number'));
  await page.getByRole('button', { name: 'Ghi chú dán' }).click();
  // Next to the highlight (which is in view, the find scrolled to it), in the page's margin.
  const layer = page.locator(`.pv-page[data-page-number="${notePage}"] .an-layer`);
  const pageBox = (await layer.boundingBox())!;
  const hlBox = (await highlight.boundingBox())!;
  await page.mouse.click(pageBox.x + pageBox.width - 60, hlBox.y + hlBox.height + 20);
  const editor = page.getByTestId('annotation-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Nội dung ghi chú').fill(NOTE_TEXT);
  await editor.getByLabel('Nội dung ghi chú').blur();
  await expect(page.getByTestId('annotation-panel').locator('.an-item__text', { hasText: NOTE_TEXT })).toBeVisible();
  await expect(page.locator('.an-layer [data-kind="note"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await shot(page, 'viewer-05-annotated');
  await checkA11y(page, 'viewer: annotated, notes panel');

  // Undo steps back through the text, then the note itself; redo brings both back.
  const noteItem = page.getByTestId('annotation-panel').locator('.an-item__text', { hasText: NOTE_TEXT });
  await scroller.focus();
  await page.keyboard.press('Control+z');
  await expect(noteItem).toHaveCount(0);
  await expect(page.locator('.an-layer [data-kind="note"]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.an-layer [data-kind="note"]')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.an-layer [data-kind="note"]')).toHaveCount(1);
  await expect(noteItem).toBeVisible();

  // Rotation and zoom: the highlight stays on its words (both go through the page's viewport).
  const overlapsMatch = () =>
    page.evaluate(() => {
      const r = ([...(CSS.highlights.get('phg-find-current') as Highlight)][0] as Range).getBoundingClientRect();
      const h = document.querySelector('.an-layer [data-kind="highlight"] rect')!.getBoundingClientRect();
      const cx = h.left + h.width / 2;
      const cy = h.top + h.height / 2;
      return cx > r.left && cx < r.right && cy > r.top && cy < r.bottom;
    });
  expect(await overlapsMatch()).toBe(true);
  await page.getByRole('button', { name: 'Xoay trang' }).click();
  await expect.poll(overlapsMatch).toBe(true);
  await shot(page, 'viewer-05b-rotated');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Xoay trang' }).click();
  await page.getByRole('button', { name: 'Phóng to (Ctrl +)' }).click();
  await expect.poll(overlapsMatch).toBe(true);
  await page.getByLabel('Thu phóng').selectOption('page-width');

  // Select text with the mouse: the popup highlights it in the chosen colour.
  await page.keyboard.press('Escape');
  const span = page
    .locator(`.pv-page[data-page-number="${notePage}"] .textLayer span`)
    .filter({ hasText: /\S+ \S+ \S+ \S+/ })
    .nth(2);
  const sb = (await span.boundingBox())!;
  await page.mouse.move(sb.x + 2, sb.y + sb.height / 2);
  await page.mouse.down();
  await page.mouse.move(sb.x + sb.width - 2, sb.y + sb.height / 2, { steps: 5 });
  await page.mouse.up();
  const popup = page.getByTestId('selection-popup');
  await expect(popup).toBeVisible();
  await popup.getByRole('button', { name: 'Tô sáng: xanh lá' }).click();
  await expect(page.locator('.an-layer [data-kind="highlight"]')).toHaveCount(2);
  await expect(popup).toHaveCount(0);

  // Freehand pen: a stroke becomes an ink annotation; sharing one moves it to the shared room.
  await page.getByRole('button', { name: 'Bút vẽ tay' }).click();
  const inkLayer = page.locator(`.pv-page[data-page-number="${notePage}"] .an-layer`);
  const ib = (await inkLayer.boundingBox())!;
  const y0 = Math.max(ib.y + 20, 200);
  await page.mouse.move(ib.x + 60, y0);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(ib.x + 60 + i * 12, y0 + (i % 2) * 18);
  await page.mouse.up();
  await expect(page.locator('.an-layer [data-kind="ink"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Chọn, tô sáng văn bản' }).click();
  await page.getByTestId('annotation-editor').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  // Sharing asks once, and can be taken back.
  await page.getByRole('dialog', { name: 'Chia sẻ góp ý này với cuộc họp?' }).getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await expect(page.locator('.an-layer [data-kind="ink"][data-scope="shared"]')).toHaveCount(1);
  await page.getByTestId('annotation-editor').getByRole('button', { name: 'Hủy chia sẻ' }).click();
  await expect(page.locator('.an-layer [data-kind="ink"][data-scope="private"]')).toHaveCount(1);
  await page.getByTestId('annotation-editor').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await page.getByRole('dialog', { name: 'Chia sẻ góp ý này với cuộc họp?' }).getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await expect(page.locator('.an-layer [data-kind="ink"][data-scope="shared"]')).toHaveCount(1);
  await shot(page, 'viewer-05c-ink-shared');

  // Export: a PDF with my annotations downloads.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Xuất bản có ghi chú của tôi/ }).click();
  expect((await download).suggestedFilename()).toMatch(/ghi chu\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã xuất 4 ghi chú' })).toBeVisible();

  // Outline: the document's table of contents jumps to its section.
  await page.getByRole('tab', { name: 'Mục lục' }).click();
  const entries = page.locator('.pv-outline__item');
  await expect(entries.first()).toBeVisible();
  await entries.last().click();
  await expect.poll(() => currentPage(page)).toBeGreaterThan(20);

  // Go to page 6 and leave: reopening must come back here.
  await page.getByLabel('Đi tới trang').fill('6');
  await page.getByLabel('Đi tới trang').press('Enter');
  await expect.poll(() => currentPage(page)).toBe(6);
  const pageBeforeRestart = 6;

  // Closing saves where the delegate was.
  await page.getByTestId('viewer-close').click();
  await expect(page.getByTestId('document-viewer')).toHaveCount(0);

  // Restart the laptop on the same data folder (graceful stop, as when the app is quit).
  await laptop.stop();
  laptop = await startLaptop({ dataDir });
  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  await openDocument(page, meeting.title, doc.title);
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await expect.poll(() => currentPage(page)).toBe(pageBeforeRestart);
  await page.getByRole('tab', { name: /Ghi chú/ }).click();
  const items = page.getByTestId('annotation-panel').locator('.an-item');
  await expect(items).toHaveCount(4);
  await items.filter({ hasText: NOTE_TEXT }).click();
  await expect.poll(() => currentPage(page)).toBe(notePage);
  await expect(page.locator('.an-layer [data-kind="highlight"]')).toHaveCount(2);
  await expect(page.locator('.an-layer [data-kind="note"]')).toHaveCount(1);
  await expect(page.locator('.an-layer [data-kind="ink"][data-scope="shared"]')).toHaveCount(1);
  await shot(page, 'viewer-06-after-restart');

  // Meeting-wide search: typed without diacritics, a result in another document opens at its page.
  await page.getByRole('tab', { name: 'Tìm cả cuộc họp' }).click();
  // Indexing started with the meeting (not with this search); the panel says when every document is searchable.
  const indexProgress = page.getByTestId('meeting-search').getByTestId('search-index-progress');
  await expect(indexProgress).toHaveAttribute('data-state', 'ready');
  await expect(indexProgress.getByRole('status')).toHaveText(/^Tìm được trong \d+ tài liệu\.$/);
  await page.getByTestId('meeting-search').getByRole('searchbox').fill('phong hop khong giay');
  const hit = page.locator('[data-search-hit]').filter({ hasNotText: doc.title }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/^ph[òo]ng h[ọo]p kh[ôo]ng gi[ấa]y$/i);
  await shot(page, 'viewer-06b-meeting-search');
  await checkA11y(page, 'search: meeting-wide results');
  const [hitDoc, hitPage] = (await hit.getAttribute('data-search-hit'))!.split(':');
  await hit.click();
  await expect(page.getByTestId('document-viewer')).toHaveAttribute('data-document-id', hitDoc!);
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await expect.poll(() => currentPage(page)).toBe(Number(hitPage));
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('phg-find-current')?.size ?? 0)).toBe(1);
  await shot(page, 'viewer-06c-search-result-opened');

  expect(fakeWorker()).toEqual([]);
  await expect(page.locator('[data-error-code="fake-worker"]')).toHaveCount(0);
});

test('a password-protected PDF asks for its password; a damaged one shows a clear message', async ({ page }) => {
  const fakeWorker = watchFakeWorker(page);
  laptop = await startLaptop();
  const api = await apiClient(laptop.url);
  const title = 'Kỳ họp kiểm thử tệp đặc biệt';
  try {
    await api.must('auth:login', { username: 'thuky', password: 'thuky' });
    const meeting = await api.must('meetings:create', {
      bodyKind: 'hdnd',
      title,
      date: '2025-06-01',
      time: '08:00',
      place: 'Phòng họp số 1',
      meetingType: 'ky_hop_chuyen_de',
    });
    await api.must('roster:upsert', {
      meetingId: meeting.id,
      participant: { fullName: 'Nguyễn Văn Đức', title: '', unit: '', group: '', role: 'delegate', username: DELEGATE.username },
    });
    const [item] = await api.must('agenda:add', {
      meetingId: meeting.id,
      parentId: null,
      item: { title: 'Tài liệu kiểm thử', presenter: '', durationMin: 10 },
    });
    const meta = (t: string) => ({
      title: t,
      docType: 'tai_lieu_khac' as const,
      confidentiality: 'thuong' as const,
      visibility: { kind: 'everyone' as const },
    });
    // The import validator checks the password; the viewer asks for it again (it is never stored).
    await api.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item!.id,
      importId: 'enc',
      fileName: 'issue6010_1.pdf',
      bytes: new Uint8Array(readFileSync(path.join(CORPUS, 'issue6010_1.pdf'))),
      meta: meta('Tài liệu có mật khẩu'),
      password: 'abc',
    });
    // A file damaged on this laptop's disk after import (what a bad sector or a cut-off copy leaves).
    const damaged = await api.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item!.id,
      importId: 'dmg',
      fileName: 'hong.pdf',
      bytes: new Uint8Array(readFileSync(path.join(CORPUS, 'basicapi.pdf'))),
      meta: meta('Tài liệu bị hỏng'),
    });
    const blob = path.join(laptop.dataDir, 'blobs', `${damaged.sha256}.pdf`);
    const bytes = readFileSync(blob);
    writeFileSync(blob, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x41), bytes.subarray(bytes.length - 64)]));
    await api.must('meetings:publish', { meetingId: meeting.id });
  } finally {
    api.close();
  }

  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  await openDocument(page, title, 'Tài liệu có mật khẩu');
  const prompt = page.getByTestId('viewer-password');
  await expect(prompt).toBeVisible();
  await shot(page, 'viewer-07-password');
  await checkA11y(page, 'viewer: password prompt');
  await prompt.getByLabel('Mật khẩu tài liệu').fill('sai-mat-khau');
  await prompt.getByRole('button', { name: 'Mở tài liệu' }).click();
  await expect(prompt.getByRole('alert')).toHaveText('Mật khẩu không đúng. Vui lòng thử lại.');
  await prompt.getByLabel('Mật khẩu tài liệu').fill('abc');
  await prompt.getByRole('button', { name: 'Mở tài liệu' }).click();
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await shot(page, 'viewer-08-password-opened');
  await page.getByTestId('viewer-close').click();

  await page.getByRole('button', { name: 'Tài liệu bị hỏng' }).first().click();
  const error = page.getByTestId('viewer-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-error-code', 'broken');
  await expect(error).toContainText('Tệp PDF bị hỏng');
  await shot(page, 'viewer-09-broken');
  await checkA11y(page, 'viewer: damaged document');
  // The app is still responsive: closing returns to the agenda.
  await error.getByRole('button', { name: 'Đóng tài liệu' }).click();
  await expect(page.getByRole('button', { name: 'Tài liệu có mật khẩu' }).first()).toBeVisible();
  expect(fakeWorker()).toEqual([]);
});

/** Opens a document (by clicking `open`) and tells, in order, what the viewer showed: recorded in the page by a MutationObserver. */
async function watchOpening(page: Page, open: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { openLog: string[] }).openLog = log;
    const note = (what: string) => !log.includes(what) && log.push(what);
    const mo = new MutationObserver(() => {
      const snap = document.querySelector('[data-testid="viewer-snapshot"]');
      // The viewer's first state on screen: with its picture already drawn, or not.
      if (!log.length && document.querySelector('[data-testid="document-viewer"]') && !snap?.hasAttribute('data-ready'))
        note('viewer without picture');
      const marked = snap?.querySelector('[data-testid="viewer-watermark"]') ? ' (watermarked)' : '';
      if (snap) note(snap.hasAttribute('data-ready') ? `picture of page ${snap.getAttribute('data-page')}${marked}` : 'picture placed');
      if (document.querySelector('[data-first-page-rendered]')) note('pdf.js page');
      if (!snap && log.some((w) => w.startsWith('picture'))) note('no picture');
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await open();
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await expect(page.getByTestId('viewer-snapshot')).toHaveCount(0);
  return page.evaluate(() => (window as unknown as { openLog: string[] }).openLog);
}

/** Keys of the page pictures kept on disk (IndexedDB). */
const storedPictures = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('phg-viewer-snapshots');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('snapshots')) return resolve([]);
          const r = db.transaction('snapshots').objectStore('snapshots').getAllKeys();
          r.onsuccess = () => {
            resolve(r.result.map(String));
            db.close();
          };
        };
      }),
  );

async function closeViewer(page: Page) {
  await page.getByTestId('viewer-close').click();
  await expect(page.getByTestId('document-viewer')).toHaveCount(0);
}

test('reopening shows the page last read at once, then the real page; confidential pictures never reach the disk', async ({ page }) => {
  laptop = await startLaptop();
  const { meeting, doc } = await longestDocument(laptop.url);
  const api = await apiClient(laptop.url);
  let secret: DocumentMeta;
  try {
    await api.must('auth:login', DELEGATE);
    secret = (await api.must('meetings:get', { meetingId: meeting.id })).documents.find((d) => d.confidentiality === 'mat')!;
  } finally {
    api.close();
  }
  expect(secret).toBeDefined();
  await signIn(page, laptop.url, DELEGATE.username, DELEGATE.password);
  const first = await watchOpening(page, () => openDocument(page, meeting.title, doc.title));
  // A first open has no picture to show.
  expect(first).toEqual(['viewer without picture', 'pdf.js page']);
  await page.getByLabel('Đi tới trang').fill('3');
  await page.getByLabel('Đi tới trang').press('Enter');
  await expect.poll(() => currentPage(page)).toBe(3);
  await expect(page.locator('.pv-page[data-page-number="3"] canvas.pv-canvas')).toBeAttached();
  await closeViewer(page);

  // The picture of page 3 is drawn as the viewer appears (the very first state the page shows), before
  // pdf.js draws anything, and is gone afterwards.
  const reopen = await watchOpening(page, () => page.getByRole('button', { name: doc.title }).first().click());
  expect(reopen[0]).toBe('picture of page 3');
  expect(reopen.indexOf('pdf.js page')).toBeGreaterThan(reopen.indexOf('picture of page 3'));
  expect(reopen.indexOf('no picture')).toBeGreaterThan(reopen.indexOf('picture of page 3'));
  await expect(page.locator('.pv-page[data-page-number="3"] canvas.pv-canvas')).toBeVisible();
  expect(await currentPage(page)).toBe(3);
  await shot(page, 'viewer-10-reopened');
  await closeViewer(page);

  // The confidential document: its picture is used from memory, never written to disk.
  await page.getByRole('button', { name: secret.title }).first().click();
  await expect(page.locator('[data-first-page-rendered]')).toBeVisible();
  await closeViewer(page);
  const secretAgain = await watchOpening(page, () => page.getByRole('button', { name: secret.title }).first().click());
  // Its picture carries the reader's watermark from the first frame.
  expect(secretAgain[0]).toBe('picture of page 1 (watermarked)');
  expect(secretAgain.indexOf('pdf.js page')).toBeGreaterThan(secretAgain.indexOf('picture of page 1 (watermarked)'));
  await closeViewer(page);
  await expect.poll(async () => (await storedPictures(page)).some((k) => k.includes(doc.id))).toBe(true);
  expect((await storedPictures(page)).filter((k) => k.includes(secret.id))).toEqual([]);

  // A new session (reload): the ordinary document's picture comes from the disk, the confidential one has none.
  await page.goto(laptop.url);
  await page.reload();
  await page.getByTestId('meeting-row').filter({ hasText: meeting.title }).getByRole('link').click();
  const fromDisk = await watchOpening(page, () => page.getByRole('button', { name: doc.title }).first().click());
  expect(fromDisk.indexOf('pdf.js page')).toBeGreaterThan(fromDisk.indexOf('picture of page 3'));
  await closeViewer(page);
  const secretNew = await watchOpening(page, () => page.getByRole('button', { name: secret.title }).first().click());
  expect(secretNew).toEqual(['viewer without picture', 'pdf.js page']);
});
