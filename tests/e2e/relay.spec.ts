import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { buildLiveMeeting, credentials, PEOPLE, type LiveMeeting, type PersonKey } from './live-fixture';
import { SHOTS } from './viewer-helpers';
import { checkA11y } from './a11y';

/**
 * The relay from the laptops' side: the published meeting and its PDFs arrive (with progress), the relay
 * goes away and delegates keep reading and annotating, it comes back and shared annotations converge.
 * Then the secretariat hosts a meeting from its own app (over HTTPS) and a delegate joins at the address it shows,
 * after comparing the certificate code the hosting screen shows; a changed certificate is a warning.
 */

type Seat = { who: string; laptop: Laptop; context: BrowserContext; page: Page };
const seats: Seat[] = [];
let relay: RelayProcess | null = null;

test.afterEach(async () => {
  for (const s of seats.splice(0)) {
    await s.context.close().catch(() => {});
    await s.laptop.stop();
  }
  await relay?.stop();
  relay = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const DOC = 'Tờ trình số 125/TTr-UBND về Chương trình chuyển đổi số';
/** The laptops retry the relay at most this often, so a restart is noticed quickly. */
const RETRY_ARGS = ['--relay-retry-max-ms', '500'];

async function newSeat(browser: Browser, who: string, laptopArgs: string[] = RETRY_ARGS, demo = false): Promise<Seat> {
  const laptop = await startLaptop({ demo, extraArgs: laptopArgs });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  const s = { who, laptop, context, page: await context.newPage() };
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

async function joinThroughRelay(browser: Browser, fx: LiveMeeting, who: PersonKey): Promise<Seat> {
  const s = await newSeat(browser, who);
  const { username, password } = credentials(fx, who);
  if (who === 'd1') {
    // A wrong password is refused by the relay, and said so on the sign-in screen.
    await signIn(s.page, s.laptop.url, username, 'sai-mat-khau', relay!.url);
    await expect(s.page.getByRole('alert')).toContainText('mật khẩu');
    await shot(s.page, 'relay-00-wrong-password');
    await checkA11y(s.page, 'sign-in through the relay: wrong password');
  }
  await signIn(s.page, s.laptop.url, username, password, relay!.url);
  await expect(s.page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await expect(s.page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title })).toBeVisible();
  return s;
}

const badge = (page: Page) => page.getByTestId('connection-badge');

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

test('the meeting and its documents arrive; the relay stops, delegates read and annotate; it restarts and they converge', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  const relayDir = mkdtempSync(path.join(tmpdir(), 'phg-relay-e2e-'));
  relay = await spawnRelay({ dataDir: relayDir, packageDir: fx.packageDir });
  const port = relay.port;

  const [secretary, ngoc, hung] = await Promise.all([
    joinThroughRelay(browser, fx, 'secretary'),
    joinThroughRelay(browser, fx, 'd1'),
    joinThroughRelay(browser, fx, 'd2'),
  ]);

  // Every laptop holds the whole package: the badge's details give the package progress.
  for (const s of [secretary!, ngoc!, hung!]) {
    await badge(s.page).click();
    await expect(s.page.getByTestId('connection-download')).toContainText('2/2 tài liệu');
    await shot(s.page, `relay-01-${s.who}-online`);
    await badge(s.page).click();
  }

  // Both delegates read the same document.
  for (const s of [ngoc!, hung!]) {
    await s.page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
    await s.page.getByRole('button', { name: DOC }).first().click();
    await expect(s.page.getByTestId('document-viewer').locator('[data-first-page-rendered]')).toBeVisible();
  }

  // --- The relay goes away -------------------------------------------------------------------------------
  await relay.stop();
  relay = null;
  for (const s of [secretary!, ngoc!, hung!]) await expect(badge(s.page)).toHaveText(/Ngoại tuyến — đang thử lại/);

  // Offline, Ngọc highlights a phrase and shares the highlight; Hùng keeps reading.
  const p1 = ngoc!.page;
  await p1.getByTestId('viewer-scroll').focus();
  await p1.keyboard.press('Control+f');
  await p1.getByTestId('viewer-find').getByRole('searchbox').fill('chuyen doi so');
  await expect(p1.getByTestId('viewer-find-status')).toHaveText(/^\d+\/\d+$/);
  await p1.getByRole('button', { name: /Tô sáng kết quả này/ }).click();
  await expect(p1.locator('.an-layer [data-kind="highlight"]')).toHaveCount(1);
  await p1.keyboard.press('Escape');
  await p1.getByRole('tab', { name: /Ghi chú/ }).click();
  await p1.getByTestId('annotation-panel').locator('.an-item').first().click();
  await p1.getByTestId('annotation-editor').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await p1.getByRole('dialog').getByRole('button', { name: 'Chia sẻ với cuộc họp' }).click();
  await expect(p1.getByTestId('annotation-panel').locator('.an-item').first()).toContainText('Đã chia sẻ');
  await shot(p1, 'relay-02-offline-annotating');

  const p2 = hung!.page;
  await p2.getByLabel('Đi tới trang').fill('3');
  await p2.getByLabel('Đi tới trang').press('Enter');
  await expect(p2.getByLabel('Đi tới trang')).toHaveValue('3');
  await expect(p2.locator('.pv-page[data-page-number="3"] canvas').first()).toBeVisible();
  await shot(p2, 'relay-03-offline-reading');

  // --- The relay comes back on the same port and data --------------------------------------------------
  relay = await spawnRelay({ dataDir: relayDir, port, packageDir: fx.packageDir });
  for (const s of [secretary!, ngoc!, hung!]) await expect(badge(s.page)).toHaveAttribute('data-state', 'online', { timeout: 20_000 });

  // Hùng now sees Ngọc's shared highlight, with her name.
  await p2.getByRole('tab', { name: /Ghi chú/ }).click();
  const shared = p2.getByTestId('annotation-panel').locator('.an-item').filter({ hasText: PEOPLE.d1.fullName });
  await expect(shared).toHaveCount(1, { timeout: 20_000 });
  await expect(shared).toContainText('Đã chia sẻ');
  await shot(p2, 'relay-04-converged');
});

test('the secretariat hosts the meeting from its own app; a delegate joins at the address shown', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  // The secretariat's laptop has the demo meeting (published); its embedded relay listens on loopback here.
  const sec = await newSeat(browser, 'secretariat', ['--relay-bind', '127.0.0.1', ...RETRY_ARGS], true);
  const page = sec.page;
  await page.goto(sec.laptop.url);
  await page.getByLabel('Tên đăng nhập').fill('thuky');
  await page.getByLabel('Mật khẩu').fill('thuky');
  await page.getByLabel('Máy chủ phòng họp').fill('');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(badge(page)).toHaveText(/Làm việc trên máy này/);
  await page.getByTestId('meeting-row').first().getByRole('link').click();

  const port = await freePort();
  await page.getByTestId('hosting-open').click();
  await page.getByLabel('Cổng').fill(String(port));
  await page.getByRole('button', { name: 'Bắt đầu chủ trì' }).click();
  // The hosting screen gives the https address and the certificate's code the secretariat reads out.
  const address = `https://127.0.0.1:${port}`;
  await expect(page.getByTestId('hosting-url')).toHaveText(address);
  const hostCode = page.getByTestId('hosting-cert-code');
  await expect(hostCode).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  const code = (await hostCode.textContent())!;
  await expect(page.getByTestId('hosting-panel')).toContainText(`Mã xác nhận chứng chỉ: ${code}`);
  await shot(page, 'relay-05-secretariat-hosting');
  await checkA11y(page, 'secretariat hosting the meeting');

  // A delegate signs in at that address: the laptop shows the same code to compare before trusting the relay.
  const d = await newSeat(browser, 'delegate');
  await signIn(d.page, d.laptop.url, 'daibieu01', 'daibieu', address);
  const dialog = d.page.getByRole('dialog', { name: 'Xác nhận máy chủ phòng họp' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByTestId('certificate-relay')).toHaveText(address);
  await expect(dialog.getByTestId('certificate-code')).toHaveText(code);
  const trust = dialog.getByRole('button', { name: 'Tin cậy và kết nối' });
  const cancel = dialog.getByRole('button', { name: 'Hủy' });
  // Keyboard: focus starts on "trust", Tab stays inside the dialog, Escape cancels.
  await expect(trust).toBeFocused();
  await d.page.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  await d.page.keyboard.press('Shift+Tab');
  await expect(trust).toBeFocused();
  await d.page.keyboard.press('Tab');
  await d.page.keyboard.press('Tab');
  await expect(trust).toBeFocused();
  await shot(d.page, 'relay-05b-delegate-confirms-certificate');
  await checkA11y(d.page, 'first sign-in: the relay certificate dialog');
  await d.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(d.page.getByText(`Chưa kết nối: bạn chưa xác nhận chứng chỉ của máy chủ phòng họp ${address}.`)).toBeVisible();
  await expect(badge(d.page)).toHaveCount(0);
  // Asked again, trusted with Enter on the focused button: signed in through the relay.
  await d.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(dialog.getByTestId('certificate-code')).toHaveText(code);
  await expect(trust).toBeFocused();
  await d.page.keyboard.press('Enter');
  await expect(badge(d.page)).toHaveAttribute('data-state', 'online');
  await d.page.getByTestId('meeting-row').first().getByRole('link').click();
  await expect(d.page.getByTestId('enter-live')).toBeVisible();

  // The secretariat's live screen: the delegate is online; the secretariat records an excused absence.
  await page.getByTestId('enter-live').click();
  await expect(page.getByTestId('secretariat-live')).toBeVisible();
  const panel = page.getByTestId('attendance-panel');
  await expect(panel.getByTestId('attendance-row')).toHaveCount(51);
  // daibieu01's laptop is connected: the relay's heartbeat shows it online (not yet counted: not checked in).
  await panel.getByRole('searchbox').fill('nguyen van duc');
  await expect(panel.getByTestId('attendance-row')).toHaveCount(1);
  await expect(panel.getByTestId('attendance-row')).toContainText('Trực tuyến');
  await expect(panel.getByTestId('attendance-row')).toContainText('Chưa điểm danh');
  // daibieu02 (Hoàng Quốc Ân) is away on duty: an excused absence with its reason.
  await panel.getByRole('searchbox').fill('Hoàng Quốc Ân');
  const name = 'Hoàng Quốc Ân';
  await panel.getByRole('button', { name: `Vắng có lý do: ${name}` }).click();
  await page.getByRole('dialog').getByLabel('Lý do vắng mặt').fill('Đi công tác theo phân công của Thường trực HĐND');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(panel.getByTestId('attendance-row').filter({ hasText: name })).toContainText(
    'Vắng có lý do — Đi công tác theo phân công của Thường trực HĐND',
  );
  await expect(panel.getByTestId('attendance-counts')).toContainText('Vắng có lý do: 1');
  await panel.getByRole('searchbox').fill('');
  await panel.getByRole('button', { name: 'Vắng có lý do', exact: true }).click();
  await shot(page, 'relay-06-secretariat-attendance');
  await checkA11y(page, 'secretariat live screen: attendance with an excused absence');

  await page.getByRole('button', { name: 'Dừng chủ trì' }).click();
  await expect(badge(d.page)).toHaveText(/Ngoại tuyến — đang thử lại/);

  // --- The secretariat's laptop lost its relay certificate and hosts again at the same address ------------
  rmSync(path.join(sec.laptop.dataDir, 'relay', 'tls'), { recursive: true });
  await page.getByTestId('hosting-open').click();
  await page.getByLabel('Cổng').fill(String(port));
  await page.getByRole('button', { name: 'Bắt đầu chủ trì' }).click();
  await expect(hostCode).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  const newCode = (await hostCode.textContent())!;
  expect(newCode).not.toBe(code);
  // The delegate's laptop refuses the other certificate instead of reconnecting, and says why.
  await expect(badge(d.page)).toHaveText(/Chứng chỉ máy chủ đã thay đổi/);
  // Signing in again shows the warning with both codes; focus starts on "cancel"; declining keeps the warning.
  await d.page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(d.page, d.laptop.url, 'daibieu01', 'daibieu', address);
  const warning = d.page.getByRole('dialog', { name: 'Cảnh báo: chứng chỉ máy chủ đã thay đổi' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Có thể có kẻ giả mạo máy chủ phòng họp');
  await expect(warning.getByTestId('certificate-previous-code')).toHaveText(code);
  await expect(warning.getByTestId('certificate-code')).toHaveText(newCode);
  await expect(warning.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await shot(d.page, 'relay-05c-delegate-certificate-changed');
  await checkA11y(d.page, 'sign-in: the relay certificate changed');
  await d.page.keyboard.press('Escape');
  await expect(warning).toBeHidden();
  await expect(d.page.getByRole('alert')).toContainText('CẢNH BÁO: chứng chỉ của máy chủ phòng họp');
  // The technical staff confirm the change and read out the new code: trusted on purpose, the delegate is back.
  await d.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(warning.getByTestId('certificate-code')).toHaveText(newCode);
  await warning.getByRole('button', { name: 'Tin cậy và kết nối' }).click();
  await expect(badge(d.page)).toHaveAttribute('data-state', 'online');
});
