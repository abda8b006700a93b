import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/laptop';
import { trustRelayCertificate } from './relay-certificate';
import { SHOTS } from './viewer-helpers';

/**
 * A real meeting room, started with the documented commands: `npm run relay:demo` (the demo meeting) and
 * `npm run laptop` for the chair and two delegates. Sign-in checks a mistyped address first; the chair
 * pushes a document that a delegate reads in reading mode; the floor banner; the relay goes away and comes
 * back (every stale message clears, in both languages); the meeting closes. At 1366x768, one delegate at
 * 150 % zoom (deviceScaleFactor 1.5).
 */

const RETRY_MS = '300';

type Proc = { child: ChildProcess; out: () => string; stop(): Promise<void> };

/** `npm run <script> -- <args>` in its own process group (npm → tsx → node), stopped as a whole. */
function npmRun(script: string, args: string[], ready: RegExp): Promise<Proc & { match: RegExpExecArray }> {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve({ child, out: () => out, stop, match: m });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then(() => reject(new Error(`npm run ${script} exited before it was ready:\n${out}`)));
  });
}

const startRelay = (dataDir: string, port: number) =>
  npmRun('relay:demo', ['--data', dataDir, '--port', String(port), '--no-quorum-for-votes'], /RELAY_URL=(\S+)/);
const startLaptop = (dataDir: string, demo = false) =>
  npmRun(
    'laptop',
    ['--data', dataDir, '--port', '0', ...(demo ? [] : ['--no-demo']), '--no-lan-discovery', '--relay-retry-max-ms', RETRY_MS],
    /^ready (http:\/\/\S+)$/m,
  );

type Seat = { laptop: Proc; url: string; context: BrowserContext; page: Page };
const procs: Proc[] = [];
const contexts: BrowserContext[] = [];

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await Promise.all(procs.map((p) => p.stop()));
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

async function seat(browser: Browser, opts: { zoom?: boolean } = {}): Promise<Seat> {
  const laptop = await startLaptop(mkdtempSync(path.join(tmpdir(), 'phg-room-laptop-')));
  procs.push(laptop);
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
    ...(opts.zoom ? { deviceScaleFactor: 1.5, viewport: { width: 911, height: 512 } } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  return { laptop, url: laptop.match[1]!, context, page };
}

async function signIn(s: Seat, relayUrl: string, username: string, password: string) {
  await s.page.goto(s.url);
  await s.page.getByLabel('Tên đăng nhập').fill(username);
  await s.page.getByLabel('Mật khẩu').fill(password);
  await s.page.getByLabel('Máy chủ phòng họp').fill(relayUrl.replace(/^http:\/\//, ''));
  await s.page.getByRole('button', { name: 'Đăng nhập' }).click();
  // An https relay (relay:demo's default) is pinned on first use: the laptop's dialog shows the certificate's
  // short code and the delegate trusts it once.
  if (relayUrl.startsWith('https:')) await trustRelayCertificate(s.page);
  await expect(s.page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await s.page.getByTestId('meeting-row').first().getByRole('link').click();
  await s.page.getByTestId('enter-live').click();
}

test('a meeting room: sign-in checks the address, reading mode, the floor banner, offline and back, closing', async ({ browser }) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const relayDir = mkdtempSync(path.join(tmpdir(), 'phg-room-relay-'));
  let relay = await startRelay(relayDir, 0);
  procs.push(relay);
  const relayUrl = relay.match[1]!;
  const relayPort = Number(new URL(relayUrl).port);

  const [chair, d1, d2] = await Promise.all([seat(browser), seat(browser), seat(browser, { zoom: true })]);

  // --- A mistyped address is refused at the field, with its reason --------------------------------------
  const p1 = d1.page;
  await p1.goto(d1.url);
  await expect(p1.getByTestId('relay-finder-none')).toBeVisible();
  await p1.getByLabel('Tên đăng nhập').fill('daibieu01');
  await p1.getByLabel('Mật khẩu').fill('daibieu');
  // A closed port: nothing answers.
  await p1.getByLabel('Máy chủ phòng họp').fill('127.0.0.1:1');
  await p1.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(p1.getByTestId('relay-url-error')).toHaveAttribute('data-code', 'error.discovery.unreachable');
  await expect(p1.getByTestId('relay-url-error')).toContainText('Không kết nối được tới http://127.0.0.1:1');
  // The laptop's own page: it answers, but it is not a relay.
  await p1.getByLabel('Máy chủ phòng họp').fill(d2.url);
  await p1.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(p1.getByTestId('relay-url-error')).toHaveAttribute('data-code', 'error.discovery.notRelay');
  await expect(p1.getByLabel('Máy chủ phòng họp')).toHaveAttribute('aria-invalid', 'true');
  await shot(p1, 'room-01-mistyped-address');

  await Promise.all([
    signIn(chair, relayUrl, 'chutoa', 'chutoa'),
    signIn(d1, relayUrl, 'daibieu01', 'daibieu'),
    signIn(d2, relayUrl, 'daibieu02', 'daibieu'),
  ]);
  const c = chair.page;
  const p2 = d2.page;
  await expect(c.getByTestId('chair-console')).toBeVisible();
  await c.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  for (const p of [c, p1, p2]) {
    await expect(p.getByTestId('live-phase')).toHaveText('Đang họp');
    await p.getByTestId('checkin').getByRole('button', { name: 'Điểm danh' }).click();
    await expect(p.getByTestId('checkin-done')).toBeVisible();
  }

  // --- The chair pushes a document; reading mode fills the screen at fit-width -----------------------
  await c.getByRole('button', { name: /^Chuyển đến mục này: 2\. Tờ trình và dự thảo/ }).click();
  const docRow = c.locator('.doc-push').filter({ hasText: 'Tờ trình số 125/TTr-UBND' });
  await docRow.getByLabel('Trang').fill('2');
  await docRow.getByRole('button', { name: 'Trình chiếu cho đại biểu' }).click();
  const doc1 = p1.getByTestId('live-document');
  await expect(doc1.locator('[data-first-page-rendered]')).toBeVisible();
  await expect(p1.getByLabel('Đi tới trang')).toHaveValue('2');
  await p1.getByTestId('reading-toggle').click();
  await expect(doc1).toHaveAttribute('data-reading', 'true');
  await expect(p1.getByTestId('reading-follow-state')).toHaveAttribute('data-following', 'true');
  // The whole screen between the page-turn targets, the page at fit-width (beside the thumbnails).
  const viewerBox = (await doc1.locator('.live-doc__viewer').boundingBox())!;
  const pageBox = (await doc1.locator('.pv-page').first().boundingBox())!;
  expect(viewerBox.width).toBeGreaterThan(1366 - 2 * 72 - 40);
  await expect(doc1.locator('option:checked', { hasText: 'Vừa chiều rộng' })).toHaveCount(1);
  expect(pageBox.width).toBeGreaterThan(viewerBox.width * 0.65);
  await shot(p1, 'room-02-reading-mode-following');
  // A large page-turn target moves on; the screen is now away from the chair's page and offers the way back.
  await p1.getByTestId('page-next').click();
  await expect(p1.getByLabel('Đi tới trang')).toHaveValue('3');
  await expect(p1.getByTestId('reading-follow-state')).toHaveAttribute('data-following', 'false');
  await expect(p1.getByTestId('return-to-chair')).toHaveText('Về trang chủ tọa đang trình bày (trang 2)');
  await shot(p1, 'room-03-reading-mode-away');
  await p1.getByTestId('return-to-chair').click();
  await expect(p1.getByLabel('Đi tới trang')).toHaveValue('2');
  await expect(p1.getByTestId('reading-follow-state')).toHaveAttribute('data-following', 'true');
  await p1.getByTestId('reading-toggle').click();
  await expect(doc1).toHaveAttribute('data-reading', 'false');

  // --- Given the floor: an unmissable banner (150 % zoom seat) ------------------------------------------
  await p2.getByTestId('floor').getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  await expect(p2.getByTestId('floor-queued')).toBeVisible();
  await c.getByRole('tab', { name: /^Phát biểu/ }).click();
  await c.getByRole('button', { name: /^Mời phát biểu: Hoàng Quốc Ân/ }).click();
  const banner = p2.getByTestId('floor-banner');
  await expect(banner).toContainText('Mời bạn phát biểu');
  await expect(banner).toBeInViewport();
  await banner.getByTestId('floor-sound').click();
  await expect(banner.getByTestId('floor-sound')).toHaveText('Âm báo: tắt');
  await shot(p2, 'room-04-floor-banner-150pct');
  await c.getByRole('button', { name: 'Kết thúc lượt' }).click();
  await expect(banner).toHaveCount(0);

  // --- Offline and back: stale messages clear, in both languages ---------------------------------------
  await c.getByRole('tab', { name: /^Biểu quyết/ }).click();
  const form = c.getByTestId('vote-form');
  await form.getByLabel('Nội dung biểu quyết').fill('Thông qua Tờ trình số 125/TTr-UBND');
  await form.getByRole('radio', { name: 'Biểu quyết công khai' }).check();
  await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(p1.getByTestId('ballot')).toBeVisible();
  await relay.stop();
  await expect(p1.getByTestId('connection-badge')).toHaveAttribute('data-state', 'offline');
  // The ballot says why it cannot be used, and its buttons are disabled.
  await expect(p1.getByTestId('ballot-offline')).toContainText('Máy đang ngoại tuyến');
  await expect(p1.getByTestId('ballot').getByRole('button', { name: 'Tán thành', exact: true })).toBeDisabled();
  // A request for the floor while offline is queued, and says so.
  await p1.getByTestId('floor').getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  const floorAlert = p1.getByTestId('floor').getByRole('alert');
  await expect(floorAlert).toBeVisible();
  await shot(p1, 'room-05-offline-vi');
  const viText = await floorAlert.textContent();
  await p1.getByRole('button', { name: 'English' }).click();
  await expect(p1.getByTestId('ballot-offline')).toContainText('This computer is offline');
  await expect(floorAlert).not.toHaveText(viText ?? '');
  await expect(p1.getByTestId('connection-badge')).toContainText('Offline');
  await shot(p1, 'room-06-offline-en');
  relay = await startRelay(relayDir, relayPort);
  procs.push(relay);
  await expect(p1.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await expect(p1.getByTestId('connection-badge')).toContainText('Online');
  await expect(p1.getByTestId('floor').getByRole('alert')).toHaveCount(0);
  await expect(p1.getByTestId('ballot-offline')).toHaveCount(0);
  await expect(p1.getByTestId('ballot').getByRole('button', { name: 'Tán thành', exact: true })).toBeEnabled();
  await shot(p1, 'room-07-online-again-en');
  await p1.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(p1.getByTestId('connection-badge')).toContainText('Trực tuyến');
  await expect(p1.getByTestId('floor').getByRole('alert')).toHaveCount(0);
  await shot(p1, 'room-08-online-again-vi');

  // The ballot works again: cast, acknowledged; the chair ends the vote.
  const ballot = p1.getByTestId('ballot');
  await ballot.getByRole('button', { name: 'Tán thành', exact: true }).click();
  await p1.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(ballot.getByTestId('ballot-recorded')).toContainText('Đã ghi nhận phiếu');
  await c.getByTestId('vote-monitor').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await c.getByRole('dialog').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await expect(c.getByTestId('vote-monitor')).toHaveCount(0);

  // --- Closing: closed meetings read as closed -------------------------------------------------------
  await c.getByRole('tab', { name: 'Điều hành' }).click();
  await c.getByRole('button', { name: 'Bế mạc phiên họp' }).click();
  await c.getByRole('dialog').getByRole('button', { name: 'Bế mạc phiên họp' }).click();
  for (const p of [p1, p2]) {
    await expect(p.getByTestId('live-phase')).toHaveText('Đã bế mạc');
    await expect(p.getByTestId('meeting-closed')).toContainText('Phiên họp đã bế mạc.');
    await expect(p.getByTestId('floor-closed')).toBeVisible();
    await expect(p.locator('.live-agenda__here')).toHaveCount(0);
  }
  await shot(p2, 'room-09-closed-150pct');
  await shot(p1, 'room-10-closed');
});

test('the secretariat resets a password, disables an account and prints sign-in slips', async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const laptop = await startLaptop(mkdtempSync(path.join(tmpdir(), 'phg-room-sec-')), true);
  procs.push(laptop);
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(laptop.match[1]!);
  await page.getByLabel('Tên đăng nhập').fill('thuky');
  await page.getByLabel('Mật khẩu').fill('thuky');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('open-accounts').click();
  const row = (u: string) => page.locator(`[data-testid="account-row"][data-username="${u}"]`);
  await expect(row('daibieu01')).toBeVisible();
  await expect(page.getByTestId('print-slips')).toBeDisabled();
  await row('daibieu01').getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(row('daibieu01').getByTestId('new-password')).toHaveText(/^Mật khẩu mới: [a-z2-9]{8}$/);
  const password = (await row('daibieu01').getByTestId('new-password').textContent())!.replace('Mật khẩu mới: ', '');
  await expect(page.getByTestId('slips')).toContainText(`Mật khẩu: ${password}`);
  await expect(page.getByTestId('print-slips')).toBeEnabled();
  await row('daibieu02').getByRole('button', { name: 'Khóa' }).click();
  await expect(row('daibieu02')).toContainText('Đã khóa');
  await shot(page, 'room-11-accounts');
  // The disabled account cannot sign in here; the reset one signs in with its new password.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').fill('daibieu02');
  await page.getByLabel('Mật khẩu').fill('daibieu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Tài khoản này đã bị khóa trên máy này');
  await page.getByLabel('Tên đăng nhập').fill('daibieu01');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});
