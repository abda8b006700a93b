import { expect, test, type Browser, type BrowserContext, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { decodePng } from '../helpers/png';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { checkA11y } from './a11y';
import { relayCode, trustRelayCertificate } from './relay-certificate';
import { buildLiveMeeting, credentials, ITEMS, PEOPLE, type LiveMeeting, type PersonKey } from './live-fixture';

/**
 * An election end to end (issue 10): one real relay process, five laptops (secretariat, chair, three delegates)
 * and the big screen. The secretariat prepares 4 candidates for 3 seats with a one-member counting board (the
 * relay first refuses a floor nomination, which the HĐND's election rules do not have); the chair opens the round; the delegates mark
 * strike-out ballots (one with the keyboard only), the chair too; the chair closes; the board member confirms
 * the count; the chair announces; the big screen then shows the elected — and nothing before.
 */

type Seat = { who: PersonKey; laptop: Laptop; context: BrowserContext; page: Page };

let relay: RelayProcess | null = null;
const seats: Seat[] = [];
const SHOTS = path.join(tmpdir(), 'phg-elections');

test.afterAll(async () => {
  for (const s of seats) await s.context.close().catch(() => {});
  await Promise.all(seats.map((s) => s.laptop.stop()));
  await relay?.stop();
});

const OFFICE = 'Ủy viên Thường trực Hội đồng nhân dân tỉnh';
/** Line 1 is the delegate Nguyễn Thị Bích Ngọc (her account); line 4 is first entered as a floor nomination. */
const CANDIDATES = [PEOPLE.d1.fullName, 'Hoàng Thị Duyên', 'Đặng Quốc Việt', 'Lưu Văn Khánh'];

async function seat(browser: Browser, fx: LiveMeeting, who: PersonKey): Promise<Seat> {
  const laptop = await startLaptop({ demo: false });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const s: Seat = { who, laptop, context, page };
  seats.push(s);
  const { username, password } = credentials(fx, who);
  await page.goto(laptop.url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Máy chủ phòng họp').fill(relay!.url.replace(/^https:\/\//, ''));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The relay serves HTTPS (as in a real room): each laptop confirms its certificate's code once.
  await trustRelayCertificate(page, relayCode(relay!));
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await page.getByTestId('enter-live').click();
  const screen = who === 'chair' ? 'chair-console' : who === 'secretary' ? 'secretariat-live' : 'delegate-live';
  await expect(page.getByTestId(screen)).toBeVisible();
  return s;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const nameButton = (page: Page, name: string) => page.getByTestId('election-ballot').getByRole('button', { name: `Gạch tên: ${name}` });

/** Sends the marked ballot with the mouse: "Gửi phiếu", then "Xác nhận gửi phiếu"; the relay's ack shows "Đã bỏ phiếu". */
async function sendBallot(page: Page) {
  const ballot = page.getByTestId('election-ballot');
  await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận gửi phiếu' }).click();
  await expect(ballot.getByTestId('election-recorded')).toContainText('Đã bỏ phiếu');
}

test('the secretariat prepares a list, members mark strike-out ballots (one by keyboard), the board confirms, the chair announces, the big screen shows the elected', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-elections-relay-')), packageDir: fx.packageDir, tls: true });
  const [sec, chair, d1, d2, d3] = (
    await Promise.all((['secretary', 'chair', 'd1', 'd2', 'd3'] as const).map((w) => seat(browser, fx, w)))
  ).map((s) => s.page) as [Page, Page, Page, Page, Page];

  // Open the meeting, everyone checks in, the chair moves to the item of the election.
  await chair.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  for (const p of [chair, d1, d2, d3]) {
    await p.getByTestId('checkin').getByRole('button', { name: 'Điểm danh' }).click();
    await expect(p.getByTestId('checkin-done')).toContainText('Đã điểm danh lúc');
  }
  for (const [i, item] of ITEMS.entries()) {
    await chair.getByRole('button', { name: 'Mục tiếp theo →' }).click();
    await expect(d1.getByTestId('live-item-title')).toHaveText(`${i + 1}. ${item.title}`);
  }

  // --- The secretariat prepares the list and the counting board -------------------------------------------
  await sec.getByRole('tab', { name: /^Bầu cử/ }).click();
  const form = sec.getByTestId('election-prepare');
  await expect(form.getByLabel('Mục chương trình')).toHaveValue(ITEMS[2].id);
  await form.getByLabel('Chức danh hoặc nhóm bầu').fill(OFFICE);
  await form.getByLabel('Số lượng cần bầu').fill('3');
  await form.getByRole('button', { name: '+ Thêm người' }).click();
  await form.getByRole('button', { name: '+ Thêm người' }).click();
  // Line 1 by account (the name fills in); lines 2–4 typed, line 4 typed on line 3 first and moved down.
  await form.getByLabel('Tài khoản đại biểu, dòng 1').selectOption({ label: PEOPLE.d1.fullName });
  await expect(form.getByLabel('Họ và tên, dòng 1')).toHaveValue(PEOPLE.d1.fullName);
  await form.getByLabel('Họ và tên, dòng 2').fill(CANDIDATES[1]!);
  await form.getByLabel('Họ và tên, dòng 3').fill(CANDIDATES[3]!);
  await form.getByLabel('Họ và tên, dòng 4').fill(CANDIDATES[2]!);
  await form.getByRole('button', { name: 'Chuyển dòng 4 lên' }).click();
  await expect(form.getByLabel('Họ và tên, dòng 3')).toHaveValue(CANDIDATES[2]!);
  await expect(form.getByLabel('Họ và tên, dòng 4')).toHaveValue(CANDIDATES[3]!);
  await form.getByLabel('Nguồn giới thiệu, dòng 4').selectOption({ label: 'Đề cử tại hội nghị' });
  await form.getByLabel('Số đồng ý').fill('3');
  await form.getByLabel('trên tổng số').fill('4');
  await expect(form.getByTestId('prepare-form-hint')).toHaveText('4 người cho 3 chỗ: phiếu gạch tên.');
  // The board: a candidate's account cannot be picked.
  await expect(form.getByRole('checkbox', { name: new RegExp(PEOPLE.d1.fullName) })).toBeDisabled();
  await form.getByRole('checkbox', { name: PEOPLE.d3.fullName }).check();
  await shot(sec, 'election-00-prepare-form');
  await form.getByRole('button', { name: 'Lưu danh sách' }).click();
  // The HĐND's election rules have no floor nominations: the relay refuses, in its own words.
  await expect(form.getByRole('alert')).toContainText(`Quy định bầu cử của cơ quan này không có đề cử tại hội nghị (${CANDIDATES[3]}).`);
  await form.getByLabel('Nguồn giới thiệu, dòng 4').selectOption({ label: 'Danh sách giới thiệu' });
  await form.getByRole('button', { name: 'Lưu danh sách' }).click();
  await expect(form).toContainText('Đã lưu danh sách.');
  const secCard = sec.getByTestId('election-control');
  await expect(secCard).toContainText('Đã chuẩn bị danh sách');
  await expect(secCard).toContainText(`Ban kiểm phiếu: ${PEOPLE.d3.fullName}`);
  await checkA11y(sec, 'secretariat: elections tab');

  // --- The chair opens the round ---------------------------------------------------------------------------
  await chair.getByRole('tab', { name: /^Bầu cử/ }).click();
  const control = chair.getByTestId('election-control');
  await expect(control).toContainText('Bầu 3 người trong số 4 người');
  await control.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await expect(control.getByTestId('election-progress')).toHaveText('Đã nhận 0/4 phiếu');
  const [projector] = await Promise.all([chair.context().waitForEvent('page'), chair.getByTestId('open-projector').click()]);
  await projector.setViewportSize({ width: 1366, height: 768 });
  await expect(projector.getByTestId('projector-election-open')).toContainText(OFFICE);

  // --- Ngọc strikes one name with the mouse ------------------------------------------------------------------
  const b1 = d1.getByTestId('election-ballot');
  await expect(d1.getByTestId('live-announcer')).toContainText(`Bỏ phiếu bầu đã mở: ${OFFICE}. Nhấn Alt+B để tới phiếu.`);
  await expect(b1.getByRole('heading', { name: OFFICE })).toBeVisible();
  await expect(b1.getByTestId('ballot-seats')).toHaveText('Bầu 3 người · Lần bỏ phiếu thứ 1');
  await expect(b1.getByTestId('ballot-name')).toHaveText(CANDIDATES.map((n, i) => new RegExp(`^${i + 1}\\.${n}`)));
  await expect(b1.getByTestId('ballot-kept')).toHaveText('Giữ lại 4 / 4 tên');
  await expect(b1.getByTestId('ballot-warning')).toContainText('Phiếu sẽ không hợp lệ');
  await nameButton(d1, CANDIDATES[3]!).click();
  await expect(nameButton(d1, CANDIDATES[3]!)).toHaveAttribute('aria-pressed', 'true');
  await expect(b1.getByTestId('ballot-kept')).toHaveText('Giữ lại 3 / 4 tên');
  await expect(b1.getByTestId('ballot-warning')).toHaveCount(0);
  await b1.scrollIntoViewIfNeeded();
  await shot(d1, 'election-01-ballot');
  await checkA11y(d1, 'delegate: election ballot');
  await b1.getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(d1.getByRole('dialog')).toContainText('Giữ lại 3 / 4 tên');
  await checkA11y(d1, 'delegate: confirm the election ballot');
  await d1.getByRole('dialog').getByRole('button', { name: 'Xác nhận gửi phiếu' }).click();
  await expect(b1.getByTestId('election-recorded')).toContainText('Đã bỏ phiếu');
  // After the ack nothing of the choice is shown (or kept): no name is left on the card.
  await expect(b1.getByTestId('ballot-name')).toHaveCount(0);
  await shot(d1, 'election-02-ballot-recorded');

  // --- Hùng uses only the keyboard: Alt+B, arrows, Space, Tab, Enter, Enter -------------------------------------
  const b2 = d2.getByTestId('election-ballot');
  await expect(b2.getByTestId('ballot-kept')).toHaveText('Giữ lại 4 / 4 tên');
  await d2.keyboard.press('Alt+KeyB');
  await expect(nameButton(d2, CANDIDATES[0]!)).toBeFocused();
  for (let i = 0; i < 3; i++) await d2.keyboard.press('ArrowDown');
  await expect(nameButton(d2, CANDIDATES[3]!)).toBeFocused();
  await d2.keyboard.press('Space');
  await expect(nameButton(d2, CANDIDATES[3]!)).toHaveAttribute('aria-pressed', 'true');
  await d2.keyboard.press('ArrowUp');
  await d2.keyboard.press('Space');
  await d2.keyboard.press('Space'); // struck and restored again
  await expect(nameButton(d2, CANDIDATES[2]!)).toHaveAttribute('aria-pressed', 'false');
  await expect(b2.getByTestId('ballot-kept')).toHaveText('Giữ lại 3 / 4 tên');
  await shot(d2, 'election-03-ballot-keyboard');
  await d2.keyboard.press('Tab');
  await expect(b2.getByRole('button', { name: 'Gửi phiếu' })).toBeFocused();
  await d2.keyboard.press('Enter');
  await expect(d2.getByRole('dialog').getByRole('button', { name: 'Xác nhận gửi phiếu' })).toBeFocused();
  await d2.keyboard.press('Enter');
  await expect(b2.getByTestId('election-recorded')).toContainText('Đã bỏ phiếu');

  // --- Hà (the counting board) strikes Việt; the chair strikes Khánh ---------------------------------------------
  await expect(d3.getByTestId('counting-view')).toContainText('Kết quả kiểm phiếu hiện ra khi chủ tọa kết thúc bỏ phiếu.');
  // At 200 % zoom of a laptop screen the columns stack and the waiting ballot comes first.
  await d3.setViewportSize({ width: 683, height: 768 });
  const ballotBox = await d3.getByTestId('election-ballot').boundingBox();
  const checkinBox = await d3.getByTestId('checkin').boundingBox();
  expect(ballotBox!.y).toBeLessThan(checkinBox!.y);
  await shot(d3, 'election-03b-ballot-narrow');
  await d3.setViewportSize({ width: 1366, height: 768 });
  await nameButton(d3, CANDIDATES[2]!).click();
  await sendBallot(d3);
  await nameButton(chair, CANDIDATES[3]!).click();
  await sendBallot(chair);
  await expect(control.getByTestId('election-progress')).toHaveText('Đã nhận 4/4 phiếu');
  await expect(projector.getByTestId('projector-election-cast')).toHaveText('Đã nhận 4/4 phiếu');

  // --- Close: the count goes to the chair and the board, not to the room -----------------------------------------
  await control.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await expect(control.getByTestId('election-waiting-board')).toContainText('Chờ Ban kiểm phiếu xác nhận (còn 1 thành viên)');
  const counting = d3.getByTestId('counting-view');
  await expect(counting.getByTestId('count-valid')).toHaveText('4');
  await expect(counting.getByTestId('count-invalid')).toHaveText('0');
  await expect(counting.getByTestId('count-required')).toHaveText('3');
  const rows = counting.getByTestId('count-row');
  await expect(rows).toHaveText([
    new RegExp(`^${CANDIDATES[0]}4100,00 %Trúng cử`),
    new RegExp(`^${CANDIDATES[1]}4100,00 %Trúng cử`),
    new RegExp(`^${CANDIDATES[2]}375,00 %Trúng cử`),
    new RegExp(`^${CANDIDATES[3]}125,00 %Không trúng cử`),
  ]);
  // A delegate outside the board sees that the round closed, and no count yet.
  await expect(d1.getByTestId('election-ballot').getByText('Phiếu bầu kín · đã kết thúc')).toBeVisible();
  await expect(d1.getByTestId('election-count')).toHaveCount(0);
  await expect(projector.getByTestId('projector-election')).toHaveCount(0);
  await expect(projector.getByTestId('projector-election-open')).toHaveCount(0);
  await counting.scrollIntoViewIfNeeded();
  await shot(d3, 'election-04-counting-view');
  await checkA11y(d3, 'counting board: the count to confirm');

  await counting.getByRole('button', { name: 'Xác nhận kết quả kiểm phiếu' }).click();
  await expect(counting.getByTestId('counting-confirmed')).toHaveText('Bạn đã xác nhận kết quả kiểm phiếu.');
  await expect(control.getByTestId('board-confirmations')).toContainText('Ban kiểm phiếu xác nhận: 1/1');
  await expect(control.getByTestId('board-state')).toContainText('Đã xác nhận lúc');
  await shot(chair, 'election-05-chair-before-announce');
  await checkA11y(chair, 'chair: elections tab, board confirmed');
  await control.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(control.getByTestId('election-announced')).toContainText('Chủ tọa đã công bố kết quả lúc');

  // --- The big screen and every laptop show the elected ------------------------------------------------------
  const elected = projector.getByTestId('projector-elected-row');
  await expect(elected).toHaveText([
    new RegExp(`^${CANDIDATES[0]}4 phiếu · 100,00 %`),
    new RegExp(`^${CANDIDATES[1]}4 phiếu · 100,00 %`),
    new RegExp(`^${CANDIDATES[2]}3 phiếu · 75,00 %`),
  ]);
  await expect(projector.getByTestId('projector-election-figures')).toHaveText('Phiếu thu vào: 4 · hợp lệ: 4 · không hợp lệ: 0');
  await expect(projector.getByTestId('projector-election')).toContainText(`Không trúng cử: ${CANDIDATES[3]} (1)`);
  await shot(projector, 'election-06-projector-elected');
  await checkA11y(projector, 'big screen: election result');
  const result = d2.getByTestId('election-result');
  await expect(result.getByTestId('count-row').first()).toContainText('Trúng cử');
  await shot(d2, 'election-07-delegate-result');

  // --- The secretariat downloads the biên bản kiểm phiếu: its first page is a real page with every figure -----------
  const downloads: Download[] = [];
  sec.on('download', (d) => downloads.push(d));
  await secCard.getByTestId('count-record-download').click();
  await expect.poll(() => downloads.length).toBe(3);
  const pdfDownload = downloads.find((d) => d.suggestedFilename().endsWith('.pdf'))!;
  expect(pdfDownload.suggestedFilename()).toBe('bien-ban-kiem-phieu-1-lan-1.pdf');
  const work = mkdtempSync(path.join(tmpdir(), 'phg-count-record-e2e-'));
  const pdfFile = path.join(work, 'record.pdf');
  await pdfDownload.saveAs(pdfFile);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain(PEOPLE.d3.fullName); // the counting board signs
  const row = (name: string) => text.split('\n').find((l) => l.includes(name)) ?? '';
  expect(row(CANDIDATES[0]!)).toMatch(/\b4\b.*100,00/);
  expect(row(CANDIDATES[1]!)).toMatch(/\b4\b.*100,00/);
  expect(row(CANDIDATES[2]!)).toMatch(/\b3\b.*75,00/);
  expect(row(CANDIDATES[3]!)).toMatch(/\b1\b.*25,00/);
  expect(row('Số phiếu hợp lệ')).toMatch(/\b4\b/);
  expect(row('Số phiếu không hợp lệ')).toMatch(/\b0\b/);
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', pdfFile, path.join(work, 'page')]);
  const page1 = decodePng(readFileSync(path.join(work, 'page-1.png')));
  const ink = page1.gray.reduce((n, v) => n + (v < 128 ? 1 : 0), 0) / page1.gray.length;
  expect(ink).toBeGreaterThan(0.01); // text on the page
  expect(ink).toBeLessThan(0.3); // not a black page
  copyFileSync(path.join(work, 'page-1.png'), path.join(SHOTS, 'election-07b-count-record-page1.png'));
  rmSync(work, { recursive: true, force: true });

  // --- A confidence rating: one row per office-holder, three levels ---------------------------------------------
  const RATING = 'Lấy phiếu tín nhiệm người giữ chức vụ do HĐND tỉnh bầu';
  const HOLDERS = ['Vi Thị Hằng', 'Nông Văn Lộc'];
  await form.getByRole('radio', { name: 'Lấy phiếu tín nhiệm' }).check();
  await form.getByLabel('Tiêu đề lấy phiếu tín nhiệm').fill(RATING);
  await form.getByLabel('Họ và tên, dòng 1').fill(HOLDERS[0]!);
  await form.getByLabel('Họ và tên, dòng 2').fill(HOLDERS[1]!);
  await form.getByRole('checkbox', { name: PEOPLE.d3.fullName }).check();
  await form.getByRole('button', { name: 'Lưu danh sách' }).click();
  await expect(form).toContainText('Đã lưu danh sách.');
  const ratingControl = chair.getByTestId('election-control').filter({ hasText: RATING });
  await ratingControl.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  const rb = d1.getByTestId('election-ballot');
  await expect(rb.getByRole('heading', { name: RATING })).toBeVisible();
  await expect(rb.getByTestId('ballot-seats')).toHaveText('2 người được lấy phiếu tín nhiệm · Lần bỏ phiếu thứ 1');
  await rb.getByRole('group', { name: HOLDERS[0] }).getByRole('radio', { name: 'Tín nhiệm cao' }).check();
  await rb.getByRole('group', { name: HOLDERS[1] }).getByRole('radio', { name: 'Tín nhiệm thấp' }).check();
  await expect(rb.getByTestId('ballot-kept')).toHaveText('Đã đánh giá 2 / 2 người');
  await rb.scrollIntoViewIfNeeded();
  await shot(d1, 'election-08-rating-ballot');
  await checkA11y(d1, 'delegate: confidence rating ballot');
  await sendBallot(d1);
  await expect(ratingControl.getByTestId('election-progress')).toHaveText('Đã nhận 1/4 phiếu');
});
