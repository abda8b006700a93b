import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { relayCode, trustRelayCertificate } from './relay-certificate';
import { buildLiveMeeting, credentials, ITEMS, PEOPLE, type LiveMeeting, type PersonKey } from './live-fixture';
import { SHOTS } from './viewer-helpers';
import { checkA11y } from './a11y';

/**
 * The running meeting end to end: one real relay process (the CLI on an empty data dir, loaded with a small
 * published meeting), four laptops (a chair and three delegates: separate service hosts, SQLite files and
 * browser contexts) and the big screen. Check-in, following the chair through two agenda items, a request
 * for the floor, a public and a secret vote, results on every screen.
 */

type Seat = { who: PersonKey; laptop: Laptop; context: BrowserContext; page: Page };

let relay: RelayProcess | null = null;
const seats: Seat[] = [];

test.afterAll(async () => {
  for (const s of seats) await s.context.close().catch(() => {});
  await Promise.all(seats.map((s) => s.laptop.stop()));
  await relay?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

const PUBLIC_QUESTION = 'Thông qua Nghị quyết về Chương trình chuyển đổi số tỉnh giai đoạn 2021 - 2025';
const SECRET_QUESTION = 'Bỏ phiếu kín: đề nghị bổ sung chỉ tiêu hạ tầng số vào Nghị quyết';
const TOPIC = 'Về chỉ tiêu phủ sóng 5G đến năm 2025';

async function signInThroughRelay(page: Page, url: string, fx: LiveMeeting, who: PersonKey, shotName?: string) {
  const { username, password } = credentials(fx, who);
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Máy chủ phòng họp').fill(relay!.url.replace(/^https:\/\//, ''));
  if (shotName) await shot(page, shotName);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The relay serves HTTPS (as in a real room): each laptop confirms its certificate's code once.
  await trustRelayCertificate(page, relayCode(relay!));
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await expect(page.getByTestId('connection-badge')).toHaveText(/Trực tuyến/);
}

async function seat(browser: Browser, fx: LiveMeeting, who: PersonKey): Promise<Seat> {
  const laptop = await startLaptop({ demo: false });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const s: Seat = { who, laptop, context, page };
  seats.push(s);
  await signInThroughRelay(page, laptop.url, fx, who, who === 'd1' ? 'live-00-sign-in-relay' : undefined);
  await page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await page.getByTestId('enter-live').click();
  await expect(page.getByTestId(who === 'chair' ? 'chair-console' : 'delegate-live')).toBeVisible();
  return s;
}

/** Casts a ballot through the UI: big option button, confirmation, then the relay's acknowledgement. */
async function vote(page: Page, option: string) {
  const ballot = page.getByTestId('ballot');
  await ballot.getByRole('button', { name: option, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(ballot.getByTestId('ballot-recorded')).toContainText('Đã ghi nhận phiếu');
}

async function openVote(chairPage: Page, question: string, kind: string) {
  await chairPage.getByRole('tab', { name: /^Biểu quyết/ }).click();
  const form = chairPage.getByTestId('vote-form');
  await form.getByLabel('Nội dung biểu quyết').fill(question);
  await form.getByRole('radio', { name: kind }).check();
  await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(chairPage.getByTestId('vote-monitor')).toContainText(question);
}

async function closeVote(chairPage: Page) {
  await chairPage.getByTestId('vote-monitor').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await chairPage.getByRole('dialog').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await expect(chairPage.getByTestId('vote-monitor')).toHaveCount(0);
}

const resultRows = (page: Page, question: string) =>
  page.getByTestId('vote-result').filter({ hasText: question }).first().getByTestId('result-row');

test('chair and three delegates run a meeting: check-in, follow the chair, speakers, public and secret votes', async ({ browser }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-live-relay-')), packageDir: fx.packageDir, tls: true });

  const [chair, d1, d2, d3] = await Promise.all((['chair', 'd1', 'd2', 'd3'] as const).map((w) => seat(browser, fx, w)));
  const delegates = [d1!, d2!, d3!];
  const everyone = [chair!, ...delegates];
  const c = chair!.page;

  // Before the opening: nobody can check in yet.
  await expect(d1!.page.getByTestId('checkin')).toContainText('Điểm danh mở khi chủ tọa khai mạc phiên họp.');
  await checkA11y(d1!.page, 'delegate live screen before the opening');
  await checkA11y(c, 'chair console before the opening');

  // --- Open and check in -------------------------------------------------------------------------------
  await c.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  for (const s of everyone) await expect(s.page.getByTestId('live-phase')).toHaveText('Đang họp');
  for (const s of everyone) {
    await s.page.getByTestId('checkin').getByRole('button', { name: 'Điểm danh' }).click();
    await expect(s.page.getByTestId('checkin-done')).toContainText('Đã điểm danh lúc');
  }
  await expect(c.getByTestId('quorum-count')).toHaveText('4/4');
  await expect(c.getByTestId('quorum')).toContainText('Đủ điều kiện tiến hành');
  await c.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(c.getByTestId('attendance-row')).toHaveCount(4);
  await expect(c.getByTestId('attendance-counts')).toContainText('Có mặt: 4 (điểm danh trên máy: 4');
  await shot(c, 'live-02-chair-attendance');
  await checkA11y(c, 'chair tab: attendance');

  // --- Follow the chair through two agenda items -----------------------------------------------------
  await c.getByRole('tab', { name: 'Điều hành' }).click();
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  for (const s of delegates) {
    await expect(s.page.getByTestId('live-item-title')).toHaveText(`1. ${ITEMS[0].title}`);
    await expect(s.page.getByTestId('follow-state')).toHaveText('Màn hình của bạn tự chuyển theo chủ tọa.');
  }
  await shot(d2!.page, 'live-03-delegate-following-item1');
  await checkA11y(d2!.page, 'delegate live screen following the chair');

  // Hà browses to item 3 on her own: following stops and the chair's next push does not move her.
  await d3!.page.getByTestId('live-agenda-item').filter({ hasText: ITEMS[2].title }).click();
  await expect(d3!.page.getByTestId('follow-state')).toHaveText('Bạn đang xem riêng.');

  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  const docRow = c.locator('.doc-push').filter({ hasText: 'Tờ trình số 125/TTr-UBND' });
  await docRow.getByLabel('Trang').fill('2');
  await docRow.getByRole('button', { name: 'Trình chiếu cho đại biểu' }).click();
  await expect(c.getByTestId('agenda-control')).toContainText(
    'Đang trình chiếu: Tờ trình số 125/TTr-UBND về Chương trình chuyển đổi số, trang 2',
  );
  await shot(c, 'live-04-chair-pushes-document');
  await checkA11y(c, 'chair tab: agenda control with a pushed document');

  for (const s of [d1!, d2!]) {
    const doc = s.page.getByTestId('live-document');
    await expect(doc).toHaveAttribute('data-document-id', 'doc-to-trinh');
    await expect(doc.locator('[data-first-page-rendered]')).toBeVisible();
    await expect(s.page.getByLabel('Đi tới trang')).toHaveValue('2');
  }
  await shot(d1!.page, 'live-05-delegate-follows-document');
  await checkA11y(d1!.page, 'delegate live screen with the followed document');
  await expect(d3!.page.getByTestId('live-item-title')).toHaveText(`3. ${ITEMS[2].title}`);
  await expect(d3!.page.getByTestId('follow-bar')).toContainText(`Chủ tọa đang ở: 2. ${ITEMS[1].title} — Tờ trình số 125/TTr-UBND`);
  await shot(d3!.page, 'live-06-delegate-browsing-away');
  // One click back.
  await d3!.page.getByTestId('follow-return').click();
  await expect(d3!.page.getByTestId('live-document')).toHaveAttribute('data-document-id', 'doc-to-trinh');
  await expect(d3!.page.getByLabel('Đi tới trang')).toHaveValue('2');
  await expect(d3!.page.getByTestId('follow-state')).toHaveText('Màn hình của bạn tự chuyển theo chủ tọa.');

  // --- The big screen ------------------------------------------------------------------------------------
  const [projector] = await Promise.all([chair!.context.waitForEvent('page'), c.getByTestId('open-projector').click()]);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await expect(projector.getByTestId('projector-item')).toContainText(ITEMS[1].title);
  await expect(projector.getByTestId('projector-quorum')).toContainText('Có mặt 4/4');
  await checkA11y(projector, 'big screen: current item');

  // --- A delegate requests and is given the floor (another asks, then withdraws) -----------------------
  const floor2 = d2!.page.getByTestId('floor');
  await floor2.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  await expect(d2!.page.getByTestId('floor-queued')).toContainText('Bạn đang ở vị trí 1 trong danh sách chờ');
  await d2!.page.getByTestId('floor-queued').getByRole('button', { name: 'Rút đăng ký' }).click();
  await expect(floor2.getByRole('button', { name: 'Đăng ký phát biểu' })).toBeVisible();
  const floor = d1!.page.getByTestId('floor');
  await floor.getByText('Chất vấn', { exact: true }).click();
  await floor.getByLabel('Nội dung (không bắt buộc)').fill(TOPIC);
  await floor.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  await expect(d1!.page.getByTestId('floor-queued')).toContainText('Bạn đang ở vị trí 1 trong danh sách chờ');
  await c.getByRole('tab', { name: /^Phát biểu/ }).click();
  const row = c.getByTestId('queue-row').filter({ hasText: PEOPLE.d1.fullName });
  await expect(row).toContainText('Chất vấn');
  await expect(row).toContainText(TOPIC);
  await shot(c, 'live-07-chair-speaker-queue');
  await checkA11y(c, 'chair tab: speakers');
  await row.getByRole('button', { name: `Mời phát biểu: ${PEOPLE.d1.fullName}` }).click();
  await expect(d1!.page.getByTestId('floor-speaking')).toHaveText('Mời bạn phát biểu');
  await expect(d1!.page.getByTestId('live-announcer')).toHaveText('Mời bạn phát biểu');
  await checkA11y(d1!.page, 'delegate given the floor');
  for (const p of [d2!.page, d3!.page, projector]) await expect(p.getByTestId('current-speaker-name')).toHaveText(PEOPLE.d1.fullName);
  // The timer runs on every screen (relay clock).
  await expect(projector.getByTestId('speaker-elapsed')).not.toHaveText('00:00', { timeout: 5_000 });
  await expect(d2!.page.getByTestId('speaker-elapsed')).not.toHaveText('00:00', { timeout: 5_000 });
  await shot(projector, 'live-08-projector-speaker');
  await checkA11y(projector, 'big screen: speaker');
  await shot(d2!.page, 'live-09-delegate-sees-speaker');
  await c.getByRole('button', { name: 'Kết thúc lượt' }).click();
  await expect(c.locator('.speaker-stats')).toContainText(PEOPLE.d1.fullName);
  await expect(d2!.page.getByTestId('floor')).toContainText('Chưa có ai phát biểu.');

  // --- Public vote ------------------------------------------------------------------------------------
  await c.getByRole('tab', { name: 'Điều hành' }).click();
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  for (const s of delegates) await expect(s.page.getByTestId('live-item-title')).toHaveText(`3. ${ITEMS[2].title}`);
  await openVote(c, PUBLIC_QUESTION, 'Biểu quyết công khai');
  for (const s of delegates) await expect(s.page.getByTestId('ballot')).toContainText(PUBLIC_QUESTION);
  await shot(d1!.page, 'live-10-delegate-ballot');
  await expect(d1!.page.getByTestId('live-announcer')).toContainText(`Biểu quyết đã mở: ${PUBLIC_QUESTION}`);
  await checkA11y(d1!.page, 'delegate ballot: public vote');
  await checkA11y(c, 'chair tab: vote monitor');
  await d1!.page.getByTestId('ballot').getByRole('button', { name: 'Tán thành', exact: true }).click();
  await expect(d1!.page.getByRole('dialog')).toContainText('Bạn chọn: Tán thành');
  await checkA11y(d1!.page, 'confirm dialog: ballot');
  await d1!.page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await expect(d1!.page.getByRole('dialog')).toHaveCount(0);
  await vote(d1!.page, 'Tán thành');
  await expect(d1!.page.getByTestId('ballot-recorded')).toContainText('Bạn đã chọn: Tán thành');
  await vote(d2!.page, 'Tán thành');
  await expect(projector.getByTestId('projector-cast')).toHaveText('2/4');
  await shot(projector, 'live-11-projector-vote-progress');
  await checkA11y(projector, 'big screen: vote in progress');
  await vote(d3!.page, 'Không tán thành');
  await vote(c, 'Tán thành');
  await expect(c.getByTestId('vote-progress').first()).toHaveText('Đã bỏ phiếu: 4/4');
  await expect(c.getByTestId('vote-monitor')).toContainText('Số phiếu hiện tại');
  await shot(c, 'live-12-chair-vote-monitor');
  await closeVote(c);

  for (const p of [...everyone.map((s) => s.page)]) {
    const rows = resultRows(p, PUBLIC_QUESTION);
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText(/Tán thành\s*3\s*75,00 %/);
    await expect(rows.nth(1)).toContainText(/Không tán thành\s*1\s*25,00 %/);
    await expect(rows.nth(2)).toContainText(/Không biểu quyết\s*0\s*0,00 %/);
    await expect(p.getByTestId('vote-result').filter({ hasText: PUBLIC_QUESTION }).first().getByTestId('vote-outcome')).toHaveText(
      'Thông qua',
    );
  }
  await expect(projector.getByTestId('projector-outcome')).toHaveText('Thông qua');
  await shot(projector, 'live-13-projector-public-result');
  await shot(d2!.page, 'live-14-delegate-public-result');
  await expect(d2!.page.getByTestId('live-announcer')).toContainText(`Biểu quyết đã kết thúc: ${PUBLIC_QUESTION}`);
  await checkA11y(d2!.page, 'delegate: public vote result');
  await checkA11y(projector, 'big screen: public vote result');

  // --- Secret ballot: no live counts, no choice shown back, a late ballot refused verbatim ----------------
  await openVote(c, SECRET_QUESTION, 'Bỏ phiếu kín');
  await expect(c.getByTestId('vote-monitor')).toContainText('Bỏ phiếu kín: chỉ hiển thị số phiếu đã bỏ');
  await expect(c.getByTestId('vote-monitor')).not.toContainText('Số phiếu hiện tại');
  await vote(d1!.page, 'Không tán thành');
  await expect(d1!.page.getByTestId('ballot-recorded')).toContainText('Phiếu kín');
  await expect(d1!.page.getByTestId('ballot-recorded')).not.toContainText('Bạn đã chọn');
  await checkA11y(d1!.page, 'delegate ballot: secret vote recorded');
  await checkA11y(d2!.page, 'delegate ballot: secret vote open');
  await vote(d2!.page, 'Không tán thành');
  await vote(c, 'Không biểu quyết');
  // Hà hesitates in the confirmation while the chair closes the vote.
  await d3!.page.getByTestId('ballot').getByRole('button', { name: 'Tán thành', exact: true }).click();
  await expect(d3!.page.getByRole('dialog')).toContainText('Bạn chọn: Tán thành');
  await expect(projector.getByTestId('projector-cast')).toHaveText('3/4');
  await shot(c, 'live-15-chair-secret-monitor');
  await checkA11y(c, 'chair tab: secret vote monitor');
  await closeVote(c);
  await d3!.page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(d3!.page.getByTestId('ballot-error')).toContainText('Biểu quyết đã kết thúc lúc');
  await shot(d3!.page, 'live-16-late-ballot-refused');
  await checkA11y(d3!.page, 'delegate: late ballot refused');

  for (const p of everyone.map((s) => s.page)) {
    const card = p.getByTestId('vote-result').filter({ hasText: SECRET_QUESTION }).first();
    await expect(card.getByTestId('vote-outcome')).toHaveText('Không thông qua');
    await expect(card.getByTestId('result-n')).toHaveText('4');
    await expect(card.getByTestId('result-cast')).toHaveText('3');
    const rows = resultRows(p, SECRET_QUESTION);
    await expect(rows.nth(0)).toContainText(/Tán thành\s*0\s*0,00 %/);
    await expect(rows.nth(1)).toContainText(/Không tán thành\s*2\s*50,00 %/);
    await expect(rows.nth(2)).toContainText(/Không biểu quyết\s*1\s*25,00 %/);
  }
  await expect(projector.getByTestId('projector-outcome')).toHaveText('Không thông qua');
  await shot(projector, 'live-17-projector-secret-result');
  await c.getByRole('tab', { name: /^Kết quả/ }).click();
  await shot(c, 'live-18-chair-results');
  await checkA11y(c, 'chair tab: results');

  // The same console in English (Vietnamese stays the default everywhere else).
  await c.getByRole('button', { name: 'English' }).click();
  await expect(c.getByRole('tab', { name: /^Results/ })).toBeVisible();
  await expect(c.getByTestId('vote-result').first().getByTestId('vote-outcome')).toHaveText('Not passed');
  await shot(c, 'live-19-chair-results-en');
  await c.getByRole('button', { name: 'Tiếng Việt' }).click();
});
