import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { relayCode, trustRelayCertificate } from './relay-certificate';
import { checkA11y, rootFontPx, smallTargets, smallText } from './a11y';
import { buildLiveMeeting, credentials, type LiveMeeting, type PersonKey } from './live-fixture';
import { SHOTS } from './viewer-helpers';

/**
 * Delegates in their fifties and sixties: text sizes, target sizes, the large-text setting, 200 % zoom
 * (a 1366x768 screen at 200 % is a 683x384 CSS px window), the keyboard path to the ballot. A real relay
 * and three laptops (the chair and two delegates, enough for quorum: 3 of 4).
 */

const WIDE = { width: 1366, height: 768 };
const ZOOMED = { width: 683, height: 384 };
const MIN_TEXT_PX = 13;
const BODY_TEXT_PX = 16;
const MIN_TARGET_PX = 24;
const MAIN_TARGET_PX = 44;
/** Every control (the switch and segmented choices are drawn by their labels; their inputs are invisible). */
const CONTROLS =
  'button, a[href], select, input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), [role="tab"], summary, label.switch, label.segmented__opt, label.choice';
/** What delegates use most: ballot options, agenda entries, documents. */
const MAIN_TARGETS = '.ballot__option, .live-agenda__link, .live-docs__item .btn, .doc__open';
const QUESTION = 'Thông qua Nghị quyết về Chương trình chuyển đổi số tỉnh giai đoạn 2021 - 2025';

type Seat = { laptop: Laptop; context: BrowserContext; page: Page };
let relay: RelayProcess | null = null;
const seats: Seat[] = [];

test.afterAll(async () => {
  for (const s of seats) await s.context.close().catch(() => {});
  await Promise.all(seats.map((s) => s.laptop.stop()));
  await relay?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

async function seat(
  browser: Browser,
  fx: LiveMeeting,
  who: PersonKey,
  viewport: { width: number; height: number },
  shotName?: string,
): Promise<Seat> {
  const laptop = await startLaptop({ demo: false });
  const context = await browser.newContext({ locale: 'vi-VN', viewport });
  const page = await context.newPage();
  const s = { laptop, context, page };
  seats.push(s);
  const { username, password } = credentials(fx, who);
  await page.goto(laptop.url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Máy chủ phòng họp').fill(relay!.url.replace(/^https:\/\//, ''));
  if (shotName) {
    await shot(page, shotName);
    await checkA11y(page, `sign-in at ${viewport.width}x${viewport.height}`);
  }
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The relay serves HTTPS (as in a real room): each laptop confirms its certificate's code once.
  await trustRelayCertificate(page, relayCode(relay!));
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await expect(page.getByTestId('enter-live')).toBeVisible();
  return s;
}

async function enterLive(page: Page, testId: 'chair-console' | 'delegate-live') {
  await page.getByTestId('enter-live').click();
  await expect(page.getByTestId(testId)).toBeVisible();
}

/** Sizes on a delegate screen, against the numbers of the accessibility issue. */
async function expectReadableAndTouchable(page: Page, state: string) {
  expect(await smallText(page, MIN_TEXT_PX), `text under ${MIN_TEXT_PX} px on ${state}`).toEqual([]);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), `body text on ${state}`).toBeGreaterThanOrEqual(
    BODY_TEXT_PX,
  );
  expect(await smallTargets(page, CONTROLS, MIN_TARGET_PX), `controls under ${MIN_TARGET_PX}x${MIN_TARGET_PX} px on ${state}`).toEqual([]);
  expect(
    await smallTargets(page, MAIN_TARGETS, MAIN_TARGET_PX),
    `main targets under ${MAIN_TARGET_PX}x${MAIN_TARGET_PX} px on ${state}`,
  ).toEqual([]);
}

/** The nearest ancestor that scrolls by itself (a nested scroll pane), or null when only the page scrolls. */
const nestedScroller = (target: Locator) =>
  target.evaluate((el) => {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const o = getComputedStyle(p).overflowY;
      if ((o === 'auto' || o === 'scroll') && p.scrollHeight > p.clientHeight + 1) return p.className || p.tagName;
    }
    return null;
  });

test('large text, sizes, 200 % zoom and the keyboard path to the ballot', async ({ browser }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-a11y-relay-')), packageDir: fx.packageDir, tls: true });

  const [chair, zoomed, wide] = await Promise.all([
    seat(browser, fx, 'chair', WIDE),
    seat(browser, fx, 'd1', ZOOMED, 'a11y-01-sign-in-683x384'),
    seat(browser, fx, 'd2', WIDE, 'a11y-02-sign-in-1366x768'),
  ]);
  const c = chair!.page;
  const z = zoomed!.page;
  const w = wide!.page;

  // --- The delegate's meeting page: sizes at 1366x768, then the large-text setting -----------------------
  await expect(w.getByTestId('delegate-agenda-item')).toHaveCount(3);
  await shot(w, 'a11y-03-delegate-meeting-1366x768');
  await expectReadableAndTouchable(w, 'delegate meeting page');
  expect(await rootFontPx(w)).toBe(16);
  await w.getByTestId('text-size').getByRole('button', { name: 'Cỡ chữ 150 %' }).click();
  await expect(w.getByTestId('text-size').getByRole('button', { name: 'Cỡ chữ 150 %' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontPx(w)).toBe(24);
  const itemTitle = w.locator('.agenda-block__title').first();
  expect(parseFloat(await itemTitle.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
  // Kept for this user on this laptop: a reload resumes the session with the same size.
  await w.reload();
  await expect(w.getByTestId('delegate-agenda-item')).toHaveCount(3);
  await expect(w.getByTestId('text-size').getByRole('button', { name: 'Cỡ chữ 150 %' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontPx(w)).toBe(24);
  await shot(w, 'a11y-04-delegate-meeting-150pct-1366x768');
  await checkA11y(w, 'delegate meeting page at 150 % text');
  await w.getByTestId('text-size').getByRole('button', { name: 'Cỡ chữ 100 %' }).click();
  expect(await rootFontPx(w)).toBe(16);

  // The zoomed delegate's meeting page: one column, the viewer's side panel starts closed.
  await shot(z, 'a11y-05-delegate-meeting-683x384');
  await checkA11y(z, 'delegate meeting page at 683x384');
  expect(await z.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ZOOMED.width);

  // --- Live: open, check in ---------------------------------------------------------------------------------
  await Promise.all([enterLive(c, 'chair-console'), enterLive(z, 'delegate-live'), enterLive(w, 'delegate-live')]);
  await c.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  for (const p of [c, z, w]) {
    await expect(p.getByTestId('live-phase')).toHaveText('Đang họp');
    await p.getByTestId('checkin').getByRole('button', { name: 'Điểm danh' }).click();
    await expect(p.getByTestId('checkin-done')).toContainText('Đã điểm danh lúc');
  }
  // Item 2 carries two documents.
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  await expect(w.getByTestId('live-item-title')).toHaveText(/^1\. /);
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  await expect(w.getByTestId('live-item-title')).toHaveText(/^2\. /);
  for (const p of [z, w]) await expect(p.locator('.live-docs__item')).toHaveCount(2);
  await shot(w, 'a11y-06-delegate-live-1366x768');
  await expectReadableAndTouchable(w, 'delegate live screen');
  await shot(z, 'a11y-07-delegate-live-683x384');
  expect(await z.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ZOOMED.width);
  await checkA11y(z, 'delegate live screen at 683x384');

  // --- A public vote: the zoomed delegate sees the ballot first, every option on the page itself ---------------
  await c.getByRole('tab', { name: /^Biểu quyết/ }).click();
  const form = c.getByTestId('vote-form');
  await form.getByLabel('Nội dung biểu quyết').fill(QUESTION);
  await form.getByRole('radio', { name: 'Biểu quyết công khai' }).check();
  await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(c.getByTestId('vote-monitor')).toContainText(QUESTION);

  const ballot = z.getByTestId('ballot');
  await expect(ballot).toContainText(QUESTION);
  await expect(z.getByTestId('live-announcer')).toContainText(`Biểu quyết đã mở: ${QUESTION}`);
  // The ballot comes before the other cards and the agenda in the single column.
  const ballotTop = await ballot.evaluate((el) => el.getBoundingClientRect().top);
  for (const other of ['checkin', 'floor'])
    expect(await z.getByTestId(other).evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(ballotTop);
  expect(await z.locator('.live-grid__agenda').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(ballotTop);
  const options = ballot.locator('.ballot__option');
  await expect(options).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const o = options.nth(i);
    expect(await nestedScroller(o), 'ballot option inside a nested scroll pane').toBeNull();
    await o.scrollIntoViewIfNeeded();
    await expect(o).toBeInViewport({ ratio: 1 });
    const box = (await o.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(MAIN_TARGET_PX);
    expect(box.width).toBeGreaterThanOrEqual(MAIN_TARGET_PX);
  }
  await ballot.scrollIntoViewIfNeeded();
  await shot(z, 'a11y-08-ballot-683x384');
  await checkA11y(z, 'delegate ballot at 683x384');
  await options.nth(0).click();
  await expect(z.getByRole('dialog')).toContainText('Bạn chọn: Tán thành');
  await shot(z, 'a11y-09-confirm-683x384');
  await z.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(ballot.getByTestId('ballot-recorded')).toContainText('Đã ghi nhận phiếu');

  // --- Keyboard only: from anywhere on the live screen, Alt+B, Enter, Enter ---------------------------------
  await expect(w.getByTestId('ballot-shortcut')).toContainText('Alt+B');
  await w.locator('.live-agenda__link').first().focus();
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await w.keyboard.press(key);
  };
  await press('Alt+KeyB');
  await expect(w.getByTestId('ballot').locator('.ballot__option').first()).toBeFocused();
  await press('Enter');
  await expect(w.getByRole('dialog')).toContainText('Bạn chọn: Tán thành');
  await expect(w.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' })).toBeFocused();
  await press('Enter');
  await expect(w.getByTestId('ballot-recorded')).toContainText('Đã ghi nhận phiếu');
  expect(presses).toBeLessThanOrEqual(3);

  // --- Close: the result chart has a real size on the zoomed screen ----------------------------------------------
  await c.getByTestId('vote-monitor').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await c.getByRole('dialog').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await expect(c.getByTestId('vote-monitor')).toHaveCount(0);
  await expect(z.getByTestId('live-announcer')).toContainText(`Biểu quyết đã kết thúc: ${QUESTION}`);
  const chart = z.getByTestId('delegate-live').locator('.live-item').getByTestId('result-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  const chartBox = (await chart.locator('svg').boundingBox())!;
  expect(chartBox.width).toBeGreaterThanOrEqual(300);
  expect(chartBox.height).toBeGreaterThanOrEqual(100);
  expect(await smallText(z, MIN_TEXT_PX), 'chart and result text at 683x384').toEqual([]);
  await shot(z, 'a11y-10-result-683x384');
  await checkA11y(z, 'delegate result at 683x384');
  await w.locator('.live-item').getByTestId('result-chart').first().scrollIntoViewIfNeeded();
  await shot(w, 'a11y-11-result-1366x768');
  await expectReadableAndTouchable(w, 'delegate live screen with a result');

  // --- The viewer at 683x384: the side panel is closed, the page has the room ----------------------------------
  await z.locator('.live-docs__item .btn').first().click();
  await expect(z.getByTestId('live-document').locator('[data-first-page-rendered]')).toBeVisible();
  await expect(z.locator('.pv-sidebar')).toHaveCount(0);
  await shot(z, 'a11y-12-viewer-683x384');
  await checkA11y(z, 'viewer at 683x384');
});
