import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { dataPaths } from '../../electron/laptop/paths';
import type { MeetingPackage } from '../../shared/model/package';
import { blobShas, dbFilesContain, relayDbFile, roomsWithText } from '../helpers/e2e-relay-db';
import { startRelayGate, type RelayGate } from '../helpers/e2e-relay-gate';
import { repoRoot, startLaptop, type Laptop } from '../helpers/laptop';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { checkA11y } from './a11y';
import { relayCode, trustRelayCertificate } from './relay-certificate';

/**
 * Offline-first end to end: one real relay process serving the demo meeting over HTTPS/WSS, three laptops
 * (secretariat, daibieu01, daibieu20: separate service hosts, SQLite files and browser contexts) signing in
 * through the relay address field, each confirming the relay's certificate code. The meeting and its PDFs arrive with visible progress (a pass-through gate in front
 * of the relay, presenting the relay's own certificate, holds PDF bodies part-way until the progress is on screen, then cuts them: the laptops retry
 * and resume by themselves); each delegate gets exactly the documents they may see, on screen and on disk;
 * a shared highlight crosses to the other delegate live. The relay is killed (-9): delegates keep opening
 * documents and annotating. It restarts on the same data and port: every laptop comes back online by itself,
 * shared notes made offline converge both ways, and a private note never reaches the other delegate's disk.
 * Finally the secretariat recalls the confidential documents and sees each laptop that held them confirm.
 */

const SHOTS = path.join(repoRoot, 'tests', '.artifacts', 'screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `offline-sync-${name}.png`) });

/** The laptops retry the relay at most this often, so a restart is noticed quickly. */
const LAPTOP_ARGS = ['--relay-retry-max-ms', '500'];
/** Each PDF body stops at this share until the test has seen the progress. */
const HOLD_FRACTION = 0.4;

const TEXT = {
  sharedOnline: 'Đề nghị làm rõ nguồn vốn cho hạ tầng số (góp ý chia sẻ trực tuyến)',
  offlineSharedA: 'Bổ sung chỉ tiêu phủ sóng 5G — góp ý khi mất kết nối',
  offlineSharedB: 'Cần số liệu doanh nghiệp số huyện Đại Từ — ghi khi ngoại tuyến',
  privateA: 'Ghi chú riêng: hỏi Ban Kinh tế trước phiên thảo luận',
};

type Seat = {
  key: 'secretary' | 'a' | 'b';
  username: string;
  password: string;
  fullName: string;
  laptop: Laptop;
  context: BrowserContext;
  page: Page;
};

let relay: RelayProcess | null = null;
let gate: RelayGate | null = null;
const seats: Seat[] = [];
const tempDirs: string[] = [];

test.afterEach(async () => {
  for (const s of seats) await s.context.close().catch(() => {});
  await Promise.all(seats.map((s) => s.laptop.stop()));
  await gate?.close();
  await relay?.stop();
  relay = null;
  gate = null;
  for (const dir of [...seats.splice(0).map((s) => s.laptop.dataDir), ...tempDirs.splice(0)]) rmSync(dir, { recursive: true, force: true });
});

const badge = (page: Page) => page.getByTestId('connection-badge');
const panel = (page: Page) => page.getByTestId('annotation-panel');
const item = (page: Page, text: string) => panel(page).locator('.an-item').filter({ hasText: text });

async function seat(browser: Browser, key: Seat['key'], username: string, password: string, fullName: string): Promise<Seat> {
  const laptop = await startLaptop({ demo: false, extraArgs: LAPTOP_ARGS });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  const s: Seat = { key, username, password, fullName, laptop, context, page: await context.newPage() };
  seats.push(s);
  return s;
}

async function signInThroughRelay(s: Seat, relayAddress: string) {
  await s.page.goto(s.laptop.url);
  await s.page.getByLabel('Tên đăng nhập').fill(s.username);
  await s.page.getByLabel('Mật khẩu').fill(s.password);
  await s.page.getByLabel('Máy chủ phòng họp').fill(relayAddress);
  if (s.key === 'a') await shot(s.page, '00-sign-in');
  await s.page.getByRole('button', { name: 'Đăng nhập' }).click();
  // First contact with the relay over TLS (through the gate, which presents the relay's certificate): the
  // laptop shows the certificate's code, the same one the relay printed, and the user confirms it.
  await trustRelayCertificate(s.page, relayCode(relay!));
  await expect(badge(s.page)).toHaveAttribute('data-state', 'online');
  await expect(badge(s.page)).toHaveText(/Trực tuyến/);
}

/** A document entry of the meeting's agenda (agenda headings may contain a document's title too). */
const docEntry = (page: Page, title: string) => page.getByTestId('document').filter({ hasText: title });

async function openDocument(page: Page, title: string) {
  await docEntry(page, title).getByRole('button', { name: title }).first().click();
  await expect(page.getByTestId('document-viewer').locator('[data-first-page-rendered]')).toBeVisible();
}

async function closeDocument(page: Page) {
  await page.getByTestId('viewer-close').click();
  await expect(page.getByTestId('document-viewer')).toHaveCount(0);
}

async function showNotes(page: Page) {
  await page.getByRole('tab', { name: /Ghi chú/ }).click();
  await expect(panel(page)).toBeVisible();
}

/**
 * A sticky note on page 1 through the toolbar (in the right margin, `slot` places it lower), its text typed
 * in the editor; shared with the meeting or kept private.
 */
async function addNote(page: Page, text: string, share: boolean, slot: number) {
  await page.getByRole('button', { name: 'Ghi chú dán' }).click();
  const box = (await page.locator('.pv-page[data-page-number="1"] .an-layer').boundingBox())!;
  await page.mouse.click(box.x + box.width - 60, box.y + 150 + slot * 45);
  const editor = page.getByTestId('annotation-editor');
  await editor.getByLabel('Nội dung ghi chú').fill(text);
  await editor.getByLabel('Nội dung ghi chú').blur();
  await expect(item(page, text)).toContainText('Riêng tư');
  await page.getByRole('button', { name: 'Chọn, tô sáng văn bản' }).click();
  if (share) {
    await editor.getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
    await expect(item(page, text)).toContainText('Đã chia sẻ');
  }
}

/** Finds a phrase typed without diacritics, highlights the match, comments on it and shares it. */
async function shareHighlight(page: Page, phrase: string, comment: string) {
  await page.getByTestId('viewer-scroll').focus();
  await page.keyboard.press('Control+f');
  await page.getByTestId('viewer-find').getByRole('searchbox').fill(phrase);
  await expect(page.getByTestId('viewer-find-status')).toHaveText(/^1\/\d+$/);
  await page.getByRole('button', { name: /Tô sáng kết quả này/ }).click();
  await expect(page.locator('.an-layer [data-kind="highlight"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  const editor = page.getByTestId('annotation-editor');
  await editor.getByLabel('Góp ý cho đoạn tô sáng').fill(comment);
  await editor.getByLabel('Góp ý cho đoạn tô sáng').blur();
  await expect(item(page, comment)).toContainText('Riêng tư');
  await editor.getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await expect(item(page, comment)).toContainText('Đã chia sẻ');
}

test('the published meeting arrives with progress; offline reading and annotating; restart converges', async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const relayDir = mkdtempSync(path.join(tmpdir(), 'phg-relay-offline-'));
  tempDirs.push(relayDir);
  const [started, secretary, a, b] = await Promise.all([
    spawnRelay({ dataDir: relayDir, args: ['--demo'], tls: true }),
    seat(browser, 'secretary', 'thuky', 'thuky', 'Đỗ Thị Thu Hằng'),
    seat(browser, 'a', 'daibieu01', 'daibieu', 'Nguyễn Văn Đức'),
    seat(browser, 'b', 'daibieu20', 'daibieu', 'Hoàng Văn Đông'),
  ]);
  relay = started;
  const relayPort = relay.port;
  gate = await startRelayGate(relayPort, relay.tls!);
  expect(gate.url).toMatch(/^https:/);

  // What the relay published (its package on disk): the documents, and the two a delegate like daibieu20 may not see.
  const pkg = JSON.parse(readFileSync(path.join(relayDir, 'package.json'), 'utf8')) as MeetingPackage;
  const all = pkg.documents;
  const secret = all.find((d) => d.confidentiality === 'mat')!;
  const committee = all.find((d) => d.visibility.kind === 'delegates')!;
  expect(all).toHaveLength(7);
  const forB = all.filter((d) => d !== secret && d !== committee);
  const toTrinh = all.find((d) => d.title.startsWith('Tờ trình số 125'))!;
  const duThao = all.find((d) => d.title.startsWith('Dự thảo Nghị quyết'))!;
  const reference = all.find((d) => d.title.startsWith('Tài liệu tham khảo'))!;

  // --- Sign in through the relay; the package arrives with progress -------------------------------------------
  gate.hold(HOLD_FRACTION);
  await Promise.all([secretary, a, b].map((s) => signInThroughRelay(s, gate!.url)));
  const expected = new Map([
    [secretary, all.length],
    [a, all.length],
    [b, forB.length],
  ]);
  for (const s of [secretary, a, b]) {
    const p = s.page;
    await expect(p.getByTestId('meeting-row').filter({ hasText: pkg.meeting.title })).toBeVisible();
    const dl = p.getByTestId('download-panel');
    await expect(dl).toHaveAttribute('data-active', 'true');
    await expect(dl.getByTestId('download-doc')).toHaveCount(expected.get(s)!);
    // Bodies stopped at 40 %: the per-document bars say so, and the overall line counts no document done yet.
    await expect(dl.locator('[data-status="downloading"] [role="progressbar"]').first()).toHaveAttribute(
      'aria-valuenow',
      String(HOLD_FRACTION * 100),
    );
    await expect(dl).toContainText(`0/${expected.get(s)} tài liệu`);
    await expect(dl).toContainText('Đang tải tài liệu cuộc họp');
    await shot(p, `01-${s.key}-downloading`);
    await checkA11y(p, 'meeting page while the documents download');
  }
  // The transfers are cut mid-file (a Wi-Fi blip): each laptop says so in Vietnamese, stays online and
  // retries by itself, resuming every file from what it already has.
  gate.cut();
  for (const s of [secretary, a, b]) {
    const dl = s.page.getByTestId('download-panel');
    await expect(dl).toContainText(`${expected.get(s)} tài liệu tải không thành công; máy sẽ tự thử lại.`);
    await expect(dl).toContainText('Chưa tải đủ tài liệu cuộc họp');
    await expect(badge(s.page)).toHaveAttribute('data-state', 'online');
  }
  await shot(b.page, '02-b-transfer-cut');
  gate.release();
  for (const s of [secretary, a, b]) {
    const dl = s.page.getByTestId('download-panel');
    // It folds to a single line once done (and goes away by itself a few seconds later).
    await expect(dl).toHaveAttribute('data-active', 'false');
    await expect(dl).toContainText('Đã tải đủ tài liệu cuộc họp');
    await expect(dl).toContainText(`${expected.get(s)}/${expected.get(s)} tài liệu`);
  }
  await shot(a.page, '02-a-downloaded');
  // Resumed, not restarted: every file was asked for again from a byte offset past its start.
  const resumed = new Set(
    gate
      .blobRequests()
      .filter((r) => /^bytes=[1-9]\d*-$/.test(r.range ?? ''))
      .map((r) => r.path.split('/').pop()),
  );
  expect([...resumed].sort()).toEqual([...new Set(all.map((d) => d.sha256))].sort());

  // On disk: every laptop holds exactly the PDFs its user may see — daibieu20 never got the confidential one.
  const shas = (docs: typeof all) => [...new Set(docs.map((d) => d.sha256))].sort();
  const blobDir = (s: Seat) => dataPaths(s.laptop.dataDir).blobDir;
  expect(blobShas(blobDir(secretary))).toEqual(shas(all));
  expect(blobShas(blobDir(a))).toEqual(shas(all));
  expect(blobShas(blobDir(b))).toEqual(shas(forB));
  // The confidential PDF is sealed with the meeting key on the laptops of those who may see it (the secretariat's
  // own signed-in laptop included): never stored in clear.
  for (const s of [secretary, a]) expect(blobShas(blobDir(s), 'mat')).toEqual([secret.sha256]);
  expect(readdirSync(blobDir(b)).filter((f) => f.startsWith(secret.sha256) || f.startsWith(committee.sha256))).toEqual([]);
  // Nor does its database know the confidential document exists.
  const dbOf = (s: Seat) => dataPaths(s.laptop.dataDir).dbFile;
  for (const trace of [secret.id, secret.sha256, secret.title]) expect(dbFilesContain(dbOf(b), trace)).toBe(false);
  expect(dbFilesContain(dbOf(a), secret.sha256)).toBe(true);

  // On screen: both delegates open the meeting; only daibieu01 finds the confidential and committee documents.
  for (const s of [a, b]) await s.page.getByTestId('meeting-row').filter({ hasText: pkg.meeting.title }).getByRole('link').click();
  await expect(docEntry(a.page, secret.title)).toBeVisible();
  await expect(docEntry(a.page, committee.title)).toBeVisible();
  await expect(a.page.getByTestId('document')).toHaveCount(all.length);
  await expect(b.page.getByTestId('document')).toHaveCount(forB.length);
  await expect(docEntry(b.page, secret.title)).toHaveCount(0);
  await expect(docEntry(b.page, committee.title)).toHaveCount(0);
  await expect(b.page.getByText(secret.title)).toHaveCount(0);
  // The confidential document's agenda item is there, without it.
  const secretItem = pkg.agenda.find((i) => i.id === secret.agendaItemId)!;
  const block = b.page.getByTestId('delegate-agenda-item').filter({ hasText: secretItem.title });
  await block.scrollIntoViewIfNeeded();
  await expect(block).toContainText('Không có tài liệu dành cho bạn ở mục này.');
  await shot(b.page, '03-b-meeting-without-confidential');

  // --- Online: a shared highlight crosses to the other delegate without a reload -----------------------------------
  for (const s of [a, b]) {
    await openDocument(s.page, toTrinh.title);
    await showNotes(s.page);
  }
  await shareHighlight(a.page, 'chuyen doi so', TEXT.sharedOnline);
  await expect(item(b.page, TEXT.sharedOnline)).toContainText('Đã chia sẻ');
  await expect(item(b.page, TEXT.sharedOnline)).toContainText(a.fullName);
  await expect(item(b.page, TEXT.sharedOnline)).toContainText(/chuyển đổi số/i);
  await expect(b.page.locator('.an-layer [data-kind="highlight"]')).toHaveCount(1);
  await shot(a.page, '04-a-shared-highlight');
  await shot(b.page, '05-b-sees-shared-highlight');

  // --- The relay dies (kill -9) ---------------------------------------------------------------------------------
  await relay.kill9();
  relay = null;
  await gate.down();
  for (const s of [secretary, a, b]) await expect(badge(s.page)).toHaveAttribute('data-state', 'offline');
  await expect(badge(a.page)).toHaveText(/Ngoại tuyến — đang thử lại/);

  // Offline, daibieu01 opens another document and keeps a private note there, then shares a note on the Tờ trình.
  await closeDocument(a.page);
  await openDocument(a.page, duThao.title);
  await showNotes(a.page);
  await addNote(a.page, TEXT.privateA, false, 0);
  await shot(a.page, '06-a-offline-private-note');
  await closeDocument(a.page);
  await openDocument(a.page, toTrinh.title);
  await showNotes(a.page);
  await expect(item(a.page, TEXT.sharedOnline)).toBeVisible();
  await addNote(a.page, TEXT.offlineSharedA, true, 0);
  await shot(a.page, '07-a-offline-shared-note');

  // daibieu20 reads the 32-page reference document offline, then shares a note of its own on the Tờ trình.
  await closeDocument(b.page);
  await openDocument(b.page, reference.title);
  await b.page.getByLabel('Đi tới trang').fill('12');
  await b.page.getByLabel('Đi tới trang').press('Enter');
  await expect(b.page.locator('.pv-page[data-page-number="12"] canvas').first()).toBeVisible();
  await shot(b.page, '08-b-offline-reading');
  await checkA11y(b.page, 'viewer offline');
  await closeDocument(b.page);
  await openDocument(b.page, toTrinh.title);
  await showNotes(b.page);
  await addNote(b.page, TEXT.offlineSharedB, true, 1);
  await expect(item(b.page, TEXT.offlineSharedA)).toHaveCount(0);
  await shot(b.page, '09-b-offline-before-restart');

  // --- The relay restarts on the same data and port; the laptops reconnect by themselves -----------------------
  // Same data folder, so the same certificate: the laptops' pins still hold and nobody is asked again.
  relay = await spawnRelay({ dataDir: relayDir, port: relayPort, args: ['--demo'], tls: true });
  expect(relay.fingerprint256).toBe(started.fingerprint256);
  await gate.up(relay.port);
  for (const s of [secretary, a, b]) await expect(badge(s.page)).toHaveAttribute('data-state', 'online', { timeout: 20_000 });

  // Shared notes made offline converge both ways, on screen, without a reload.
  await expect(item(b.page, TEXT.offlineSharedA)).toContainText(a.fullName);
  await expect(item(a.page, TEXT.offlineSharedB)).toContainText(b.fullName);
  for (const s of [a, b]) {
    await expect(panel(s.page).locator('.an-item')).toHaveCount(3);
    await expect(s.page.locator('.pv-page[data-page-number="1"] .an-layer [data-kind="note"]')).toHaveCount(2);
  }
  await shot(b.page, '10-b-converged');
  await shot(a.page, '11-a-converged');

  // ... and on every disk: the relay and the secretariat's laptop hold both offline shared notes.
  const shared = `annotations-shared:${toTrinh.id}`;
  for (const text of [TEXT.offlineSharedA, TEXT.offlineSharedB]) {
    await expect.poll(() => roomsWithText(relayDbFile(relayDir), text)).toEqual([shared]);
    await expect.poll(() => roomsWithText(dbOf(secretary), text)).toEqual([shared]);
  }

  // The private note went to the relay (daibieu01's own room, for their other devices) and nowhere else.
  const privateA = `annotations-private:${pkg.participants.find((p) => p.username === 'daibieu01')!.userId}`;
  await expect.poll(() => roomsWithText(relayDbFile(relayDir), TEXT.privateA)).toEqual([privateA]);
  expect(roomsWithText(dbOf(a), TEXT.privateA)).toEqual([privateA]);
  expect(dbFilesContain(dbOf(a), TEXT.privateA)).toBe(true);
  for (const s of [b, secretary]) {
    expect(roomsWithText(dbOf(s), TEXT.privateA)).toEqual([]);
    expect(dbFilesContain(dbOf(s), TEXT.privateA)).toBe(false);
  }
  await expect(item(b.page, TEXT.privateA)).toHaveCount(0);

  // --- The secretariat recalls the confidential documents: listed per laptop ------------------------------------
  // Only daibieu01's laptop received them (the secretariat keeps the originals): it deletes its sealed copy at
  // once, being connected, and its confirmation shows with the person and the laptop's name.
  const sec = secretary.page;
  await sec.getByTestId('meeting-row').filter({ hasText: pkg.meeting.title }).getByRole('link').click();
  await sec.getByTestId('enter-live').click();
  await expect(sec.getByTestId('secretariat-live')).toBeVisible();
  await sec.getByTestId('recall-now').click();
  await sec.getByRole('dialog').getByRole('button', { name: 'Thu hồi tài liệu mật ngay' }).click();
  const recall = sec.getByTestId('recall-panel');
  await expect(recall.getByTestId('recall-row')).toHaveCount(1);
  const recallRow = recall.getByTestId('recall-row').filter({ hasText: a.fullName });
  await expect(recallRow.getByTestId('recall-laptop')).toContainText(hostname());
  await expect(recallRow).toHaveAttribute('data-confirmed', 'true');
  await expect(recallRow).toContainText('Đã xóa lúc');
  await expect(recall.getByTestId('recall-summary')).toHaveText('1/1 máy đã xác nhận xóa');
  await shot(sec, '12-secretary-recall-per-laptop');
  await checkA11y(sec, 'recall panel');
  expect(readdirSync(blobDir(a)).filter((f) => f.startsWith(secret.sha256))).toEqual([]);
});
