import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import type { Channel } from '../../shared/ipc/contract';
import { decodeWire, encodeWire, type WireResponse } from '../../shared/ipc/wire';
import type { MeetingDetail } from '../../shared/model/types';
import type { Result } from '../../shared/util/result';
import { compareByGivenName } from '../../shared/util/vn-collate';
import { repoRoot, startLaptop, type Laptop } from '../helpers/laptop';
import { checkA11y } from './a11y';

/**
 * The foundation story end to end: real renderer in Chromium, real services and SQLite behind the
 * browser-mode host, a restart on the same data folder, then delegates who see only their documents.
 */

const CORPUS = path.resolve(repoRoot, 'tests', 'fixtures', 'pdf-corpus');
const SHOTS = path.join(repoRoot, 'tests', '.artifacts', 'screenshots');
const VALID_PDF = path.join(CORPUS, 'tracemonkey.pdf');
const BROKEN_PDF = path.join(CORPUS, 'poppler-395-0-fuzzed.pdf');
/** Password-protected corpus file; its user password is "abc" (pdf.js test manifest). */
const ENCRYPTED_PDF = path.join(CORPUS, 'issue6010_1.pdf');
const SEED_PDF = path.join(repoRoot, 'seeds', 'pdfs', 'to-trinh-chuyen-doi-so.pdf');
const SEED_PDF_V2 = path.join(repoRoot, 'seeds', 'pdfs', 'du-thao-nghi-quyet-chuyen-doi-so.pdf');
const ROSTER_CSV = path.join(repoRoot, 'seeds', 'roster-sample.csv');

const SECRETARY = { username: 'thuky', password: 'thuky' };
const NGOC = { fullName: 'Nguyễn Thị Bích Ngọc', username: 'ngoc.ntb', password: 'matkhau1', group: 'Tổ đại biểu số 1' };
const HUNG = { fullName: 'Trần Văn Hùng', username: 'hung.tv', password: 'matkhau2', group: 'Tổ đại biểu số 2' };

const ITEMS = [
  { title: 'Khai mạc kỳ họp', presenter: 'Chủ tọa kỳ họp', duration: '15' },
  { title: 'Tờ trình về Chương trình chuyển đổi số tỉnh', presenter: 'Phó Chủ tịch UBND tỉnh', duration: '45' },
  { title: 'Thảo luận và biểu quyết thông qua Nghị quyết', presenter: 'Chủ tọa kỳ họp', duration: '30' },
];
const TITLES = ITEMS.map((i) => i.title);
const RESTRICTED_DOC = 'Báo cáo nghiên cứu TraceMonkey';
const PUBLIC_DOC = 'Tờ trình số 125/TTr-UBND về Chương trình chuyển đổi số';
const ENCRYPTED_DOC = 'Tài liệu tham khảo có mật khẩu';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

/** Calls the services the way the renderer does (WebSocket + wire encoding), for exact before/after comparison. */
async function callApi(url: string, calls: [Channel, unknown][]): Promise<Result<unknown>[]> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/api', { origin: url });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const results: Result<unknown>[] = [];
  try {
    for (const [i, [channel, req]] of calls.entries()) {
      const answer = new Promise<WireResponse>((resolve) => {
        const onMessage = (data: WebSocket.RawData) => {
          const msg = decodeWire(data.toString()) as WireResponse;
          if (msg.id === i + 1) {
            ws.off('message', onMessage);
            resolve(msg);
          }
        };
        ws.on('message', onMessage);
      });
      ws.send(encodeWire({ id: i + 1, channel, req }));
      results.push((await answer).result as Result<unknown>);
    }
  } finally {
    ws.close();
  }
  return results;
}

async function meetingSnapshot(url: string, meetingId: string): Promise<MeetingDetail> {
  const [login, detail] = await callApi(url, [
    ['auth:login', SECRETARY],
    ['meetings:get', { meetingId }],
  ]);
  expect(login?.ok).toBe(true);
  if (!detail?.ok) throw new Error(`meetings:get failed: ${JSON.stringify(detail)}`);
  return detail.value as MeetingDetail;
}

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Cuộc họp của tôi' })).toBeVisible();
}

const agendaTitles = (page: Page) => page.locator('.agenda-editor .agenda-row__title');
const selectItem = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^Chọn mục [\\d.]+: ${title}$`) });
const itemPanel = (page: Page) => page.locator('.item-panel');

async function addItem(page: Page, item: (typeof ITEMS)[number]) {
  await page.getByRole('button', { name: '+ Thêm mục' }).click();
  const form = itemPanel(page);
  await expect(form.getByRole('heading', { name: 'Mục mới' })).toBeVisible();
  await form.getByLabel('Tên mục').fill(item.title);
  await form.getByLabel('Người trình bày').fill(item.presenter);
  await form.getByLabel('Thời lượng dự kiến (phút)').fill(item.duration);
  await form.getByRole('button', { name: 'Thêm mục', exact: true }).click();
  // The form stays open for the next item, empty, the focus back in the title; "Xong" selects the item added.
  await expect(form.getByTestId('agenda-added')).toContainText(item.title);
  await expect(form.getByLabel('Tên mục')).toBeFocused();
  await expect(form.getByLabel('Tên mục')).toHaveValue('');
  await form.getByTestId('agenda-add-done').click();
  await expect(itemPanel(page).getByRole('heading', { level: 2, name: item.title })).toBeVisible();
}

/** HTML5 drag of one agenda row onto the top or bottom edge of another. */
async function dragRow(page: Page, from: number, to: number, where: 'before' | 'after') {
  const rows = page.getByTestId('agenda-row');
  await expect(rows.nth(to)).toBeVisible();
  const box = await rows.nth(to).boundingBox();
  if (!box) throw new Error(`agenda row ${to} has no box`);
  await rows.nth(from).dragTo(rows.nth(to), { targetPosition: { x: box.width / 2, y: where === 'before' ? 3 : box.height - 3 } });
}

async function importPdf(page: Page, file: string, meta: { title?: string; docType?: string }): Promise<Locator> {
  const panel = itemPanel(page);
  await panel.getByLabel('Tệp PDF', { exact: true }).setInputFiles(file);
  if (meta.title) await panel.getByLabel('Tên tài liệu').fill(meta.title);
  if (meta.docType) await panel.getByLabel('Loại tài liệu').selectOption({ label: meta.docType });
  await panel.getByRole('button', { name: 'Nhập tài liệu' }).click();
  return panel;
}

async function addPerson(page: Page, p: typeof NGOC, title: string) {
  await page.getByRole('button', { name: '+ Thêm đại biểu' }).click();
  const form = page.getByRole('form', { name: 'Thêm đại biểu' });
  await form.getByLabel('Họ và tên').fill(p.fullName);
  await form.getByLabel('Chức vụ').fill(title);
  await form.getByLabel('Đơn vị').fill('HĐND tỉnh Thái Nguyên');
  await form.getByLabel('Tổ đại biểu').fill(p.group);
  await form.getByLabel('Vai trò').selectOption({ label: 'Đại biểu' });
  await form.getByLabel('Tên đăng nhập').fill(p.username);
  await form.getByLabel('Mật khẩu (bắt buộc với tài khoản mới)').fill(p.password);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã lưu thông tin ${p.fullName}.`)).toBeVisible();
}

test.describe('foundation', () => {
  let laptop: Laptop | null = null;
  test.afterEach(async ({ page: _page }, testInfo) => {
    if (laptop && testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('laptop-output', { body: laptop.output(), contentType: 'text/plain' });
    await laptop?.stop();
    laptop = null;
  });

  test('secretariat prepares and publishes a meeting; after a restart delegates see only their documents', async ({ page, browser }) => {
    test.setTimeout(300_000);
    mkdirSync(SHOTS, { recursive: true });
    laptop = await startLaptop();
    const dataDir = laptop.dataDir;

    // Sign-in screen, language switch and a wrong password.
    await page.goto(laptop.url);
    await expect(page.getByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeVisible();
    await shot(page, 'foundation-01-sign-in');
    await checkA11y(page, 'sign-in');
    await page.getByLabel('Tên đăng nhập').fill('thuky');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await signIn(page, SECRETARY);
    await expect(page.getByTestId('header-role')).toHaveText('Thư ký');
    await checkA11y(page, 'meetings list');

    // Create a meeting: the body's preset shows its quorum and passing rules with the legal basis.
    await page.getByRole('button', { name: '+ Tạo cuộc họp' }).click();
    await page.getByLabel('Cơ quan').selectOption({ label: 'Ủy ban nhân dân tỉnh' });
    await expect(page.getByText('Ít nhất hai phần ba tổng số thành viên UBND tham dự', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Loại cuộc họp')).toHaveValue('phien_hop_thuong_ky');
    await page.getByLabel('Cơ quan').selectOption({ label: 'Hội đồng nhân dân tỉnh' });
    await expect(page.getByText('Quá nửa tổng số đại biểu HĐND', { exact: true })).toBeVisible();
    await expect(
      page.getByText(/Căn cứ: Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15, Điều 35: Nghị quyết của HĐND được thông qua/),
    ).toBeVisible();
    await page.getByLabel('Loại cuộc họp').selectOption({ label: 'Kỳ họp chuyên đề' });
    await page.getByLabel('Tên cuộc họp').fill('Kỳ họp chuyên đề về chuyển đổi số');
    await page.getByLabel('Ngày họp (dd/mm/yyyy)').fill('31/02/2025');
    await page.getByLabel('Giờ bắt đầu (HH:MM)').fill('08:30');
    await page.getByLabel('Địa điểm').fill('Hội trường tầng 3, trụ sở HĐND tỉnh');
    await page.getByRole('button', { name: 'Tạo cuộc họp', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Ngày họp không hợp lệ');
    await checkA11y(page, 'create meeting form with an error');
    await page.getByLabel('Ngày họp (dd/mm/yyyy)').fill('15/12/2025');
    await expect(page.getByText('33/300 ký tự')).toBeVisible();
    await page.getByRole('button', { name: 'Tạo cuộc họp', exact: true }).click();
    // A date already past is asked about once before the meeting is created.
    const past = page.getByRole('dialog', { name: 'Ngày họp đã qua' });
    await expect(past.getByTestId('past-date-question')).toContainText('15/12/2025');
    await past.getByRole('button', { name: 'Vẫn lưu với ngày này' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kỳ họp chuyên đề về chuyển đổi số' })).toBeVisible();
    await expect(page.getByTestId('meeting-date')).toHaveText('15/12/2025, lúc 08:30');
    const meetingId = decodeURIComponent(/#\/meetings\/([^/]+)/.exec(page.url())![1]!);

    // Agenda: three items, then reorder by keyboard (Alt+arrows) and by drag and drop.
    for (const item of ITEMS) await addItem(page, item);
    await expect(agendaTitles(page)).toHaveText(TITLES);
    await selectItem(page, TITLES[2]!).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(agendaTitles(page)).toHaveText([TITLES[0]!, TITLES[2]!, TITLES[1]!]);
    await expect(selectItem(page, TITLES[2]!)).toBeFocused();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.locator('.agenda-tree--sub .agenda-row__title')).toHaveText([TITLES[2]!]);
    await expect(selectItem(page, TITLES[2]!)).toHaveAccessibleName(`Chọn mục 1.1: ${TITLES[2]}`);
    await expect(selectItem(page, TITLES[2]!)).toBeFocused();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.locator('.agenda-tree--sub')).toHaveCount(0);
    await page.keyboard.press('Alt+ArrowDown');
    await expect(agendaTitles(page)).toHaveText(TITLES);
    await dragRow(page, 0, 2, 'after');
    await expect(agendaTitles(page)).toHaveText([TITLES[1]!, TITLES[2]!, TITLES[0]!]);
    await dragRow(page, 2, 0, 'before');
    await expect(agendaTitles(page)).toHaveText(TITLES);

    // Session survives a reload of the tab.
    await page.reload();
    await expect(agendaTitles(page)).toHaveText(TITLES);

    // Documents: two valid PDFs under item 2, then a broken one under item 3 is rejected and nothing else changes.
    await selectItem(page, TITLES[1]!).click();
    let panel = await importPdf(page, VALID_PDF, { title: RESTRICTED_DOC, docType: 'Báo cáo' });
    await expect(panel.getByRole('status').filter({ hasText: `Đã nhập “${RESTRICTED_DOC}” (14 trang).` })).toBeVisible();
    // Picking a PDF fills the title from its own metadata, and the type that title names.
    await itemPanel(page).getByLabel('Tệp PDF', { exact: true }).setInputFiles(SEED_PDF);
    await expect(itemPanel(page).getByTestId('import-defaults')).toContainText('lấy từ thông tin của tệp PDF');
    await expect(itemPanel(page).getByLabel('Tên tài liệu')).toHaveValue(/^Tờ trình về việc ban hành Nghị quyết về /);
    await expect(itemPanel(page).getByLabel('Loại tài liệu')).toHaveValue('to_trinh');
    await shot(page, 'foundation-02a-import-defaults-from-pdf');
    await itemPanel(page).getByLabel('Loại tài liệu').selectOption({ label: 'Báo cáo' });
    await expect(itemPanel(page).getByLabel('Loại tài liệu')).toHaveValue('bao_cao');
    panel = await importPdf(page, SEED_PDF, { title: PUBLIC_DOC, docType: 'Tờ trình' });
    await expect(panel.getByRole('status').filter({ hasText: `Đã nhập “${PUBLIC_DOC}”` })).toBeVisible();
    await expect(panel.getByTestId('document')).toHaveCount(2);

    await selectItem(page, TITLES[2]!).click();
    await itemPanel(page).getByLabel('Tên tài liệu').fill('Tài liệu bị hỏng');
    panel = await importPdf(page, BROKEN_PDF, {});
    const rejection = panel.getByRole('alert');
    await expect(rejection).toContainText('Không nhập được tệp “poppler-395-0-fuzzed.pdf”');
    await expect(rejection).toContainText('Tệp không phải là PDF hợp lệ hoặc đã bị hỏng');
    await expect(panel.getByLabel('Tên tài liệu')).toHaveValue('Tài liệu bị hỏng');
    await expect(panel.getByRole('button', { name: 'Nhập tài liệu' })).toBeEnabled();
    await expect(agendaTitles(page)).toHaveText(TITLES);
    await shot(page, 'foundation-02-import-rejected');
    await checkA11y(page, 'editor: agenda and documents tab, import rejected');

    // A password-protected PDF asks for its password and imports on retry.
    await panel.getByLabel('Tệp PDF', { exact: true }).setInputFiles(ENCRYPTED_PDF);
    await panel.getByLabel('Tên tài liệu').fill(ENCRYPTED_DOC);
    await panel.getByLabel('Loại tài liệu').selectOption({ label: 'Tài liệu khác' });
    await panel.getByLabel('Độ mật').selectOption({ label: 'Mật' });
    await panel.getByRole('button', { name: 'Nhập tài liệu' }).click();
    await expect(panel.getByRole('alert')).toContainText('Tệp PDF được đặt mật khẩu');
    await panel.getByLabel('Mật khẩu của tệp PDF').fill('abc');
    await panel.getByRole('button', { name: 'Nhập lại với mật khẩu' }).click();
    await expect(panel.getByRole('status').filter({ hasText: `Đã nhập “${ENCRYPTED_DOC}” (1 trang).` })).toBeVisible();
    await expect(panel.getByTestId('document')).toHaveCount(1);
    await selectItem(page, TITLES[1]!).click();
    await expect(itemPanel(page).getByTestId('document')).toHaveCount(2);

    // Roster: two delegates by form, more by CSV import; the list is in Vietnamese order by given name.
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    await addPerson(page, NGOC, 'Đại biểu HĐND tỉnh');
    await addPerson(page, HUNG, 'Ủy viên Ban Pháp chế');
    await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles(ROSTER_CSV);
    // A preview first (rows, what would change); nothing is imported before "Nhập danh sách".
    await expect(page.getByTestId('csv-preview')).toContainText(/Xem trước: \d+ dòng/);
    await expect(page.getByTestId('csv-preview-counts')).toHaveText(/^Sẽ thêm \d+ người, cập nhật \d+ người\.$/);
    await expect(page.locator('.roster-table__name').filter({ hasText: 'Trần Minh Âu' })).toHaveCount(0);
    await shot(page, 'foundation-03a-csv-preview');
    await page.getByTestId('csv-confirm').click();
    await expect(page.getByTestId('csv-result')).toHaveText(/^Đã thêm \d+ người, cập nhật \d+ người\.$/);
    const names = page.locator('.roster-table__name');
    await expect(names.filter({ hasText: 'Trần Minh Âu' })).toHaveCount(1);
    const shown = await names.allTextContents();
    expect(shown).toEqual([...shown].sort(compareByGivenName));
    expect(shown).toEqual(expect.arrayContaining([NGOC.fullName, HUNG.fullName, 'Hoàng Thị Đào']));
    await shot(page, 'foundation-03-roster');
    await checkA11y(page, 'editor: roster tab');
    await page.getByRole('tab', { name: 'Thông tin cuộc họp' }).click();
    await expect(page.getByLabel('Tên cuộc họp')).toHaveValue('Kỳ họp chuyên đề về chuyển đổi số');
    await checkA11y(page, 'editor: meeting details tab');

    // Restrict the research report to group 2.
    await page.getByRole('tab', { name: 'Chương trình và tài liệu' }).click();
    await selectItem(page, TITLES[1]!).click();
    await itemPanel(page)
      .getByRole('button', { name: `Sửa thông tin “${RESTRICTED_DOC}”` })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('radio', { name: 'Theo tổ đại biểu' })).toBeVisible();
    await checkA11y(page, 'editor: document visibility dialog');
    await dialog.getByRole('radio', { name: 'Theo tổ đại biểu' }).check();
    await dialog.getByRole('checkbox', { name: HUNG.group }).check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    const restricted = itemPanel(page).getByTestId('document').filter({ hasText: RESTRICTED_DOC });
    await expect(restricted).toContainText(`Chỉ dành cho: ${HUNG.group}`);
    await shot(page, 'foundation-04-meeting-editor');

    // Publish with confirmation; documents are then frozen except for new versions.
    await page.getByRole('button', { name: 'Phát hành cuộc họp' }).click();
    await expect(page.getByRole('dialog')).toContainText('Sau khi phát hành, tài liệu sẽ bị khóa');
    await page.getByRole('dialog').getByRole('button', { name: 'Phát hành' }).click();
    await expect(page.locator('.meeting-head__status')).toContainText('Đã phát hành');
    await expect(itemPanel(page).getByRole('button', { name: 'Nhập tài liệu' })).toHaveCount(0);
    await expect(itemPanel(page).getByRole('button', { name: /^Sửa thông tin/ })).toHaveCount(0);
    await expect(itemPanel(page).getByRole('button', { name: `Thêm phiên bản mới cho “${PUBLIC_DOC}”` })).toBeVisible();

    // A new version is the only change left: it supersedes the old one, which stays listed and marked.
    await itemPanel(page)
      .getByRole('button', { name: `Thêm phiên bản mới cho “${PUBLIC_DOC}”` })
      .click();
    const versionForm = page.getByRole('form', { name: `Thêm phiên bản mới cho “${PUBLIC_DOC}”` });
    await versionForm.getByLabel('Tệp PDF', { exact: true }).setInputFiles(SEED_PDF_V2);
    await versionForm.getByRole('button', { name: 'Thêm phiên bản mới' }).click();
    await expect(itemPanel(page).getByText('Đã thêm phiên bản 2.')).toBeVisible();
    const publicDoc = itemPanel(page).getByTestId('document').filter({ hasText: PUBLIC_DOC });
    await expect(publicDoc.locator('.doc__main')).toContainText('Phiên bản 2');
    await publicDoc.getByText('Các phiên bản trước (1)').click();
    await expect(publicDoc.locator('.doc--old')).toContainText('Phiên bản cũ');
    await shot(page, 'foundation-05-published');
    await checkA11y(page, 'editor: published meeting with versions');

    // Restart the services on the same data folder: the meeting is unchanged.
    const before = await meetingSnapshot(laptop.url, meetingId);
    await laptop.stop();
    laptop = await startLaptop({ dataDir });
    const after = await meetingSnapshot(laptop.url, meetingId);
    expect(after).toEqual(before);
    expect(after.agenda.map((a) => a.title)).toEqual(TITLES);
    expect(after.documents).toHaveLength(4);
    expect(after.meeting.status).toBe('published');

    // Delegate of group 1: sees the meeting, the agenda and only the documents visible to them.
    // A context of its own (axe needs one; browser.newPage makes a hidden one).
    const ngocContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const ngoc = await ngocContext.newPage();
    await ngoc.goto(laptop.url);
    await signIn(ngoc, NGOC);
    await ngoc.getByRole('link', { name: 'Kỳ họp chuyên đề về chuyển đổi số' }).click();
    await expect(ngoc.getByTestId('header-role')).toHaveText('Đại biểu');
    const items = ngoc.getByTestId('delegate-agenda-item');
    await expect(items).toHaveCount(3);
    await expect(items.locator('.agenda-block__title')).toHaveText(TITLES.map((t, i) => `${i + 1}. ${t}`));
    await expect(items.nth(1)).toContainText('Trình bày: Phó Chủ tịch UBND tỉnh · 45 phút');
    await expect(items.nth(1).getByTestId('document')).toHaveCount(1);
    await expect(items.nth(1).getByTestId('document').locator('.doc__main')).toContainText(`${PUBLIC_DOC}Tờ trìnhPhiên bản 2`);
    await expect(ngoc.getByText(RESTRICTED_DOC)).toHaveCount(0);
    await expect(items.nth(2).getByTestId('document')).toContainText(ENCRYPTED_DOC);
    await expect(items.nth(2).getByTestId('document').locator('.badge--secret')).toHaveText('Mật');
    await shot(ngoc, 'foundation-06-delegate-agenda');
    await checkA11y(ngoc, 'delegate meeting page');
    await ngoc.getByRole('button', { name: `Mở tài liệu ${PUBLIC_DOC}` }).click();
    await expect(ngoc.getByRole('region', { name: PUBLIC_DOC }).getByTestId('document-viewer')).toBeVisible();
    await expect(ngoc.getByTestId('viewer-loading')).toHaveCount(0);
    await shot(ngoc, 'foundation-07-document-open');
    await checkA11y(ngoc, 'viewer opened from the delegate meeting page');
    await ngocContext.close();

    // Delegate of group 2 sees the restricted report too.
    const hung = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await hung.goto(laptop.url);
    await signIn(hung, HUNG);
    await hung.getByRole('link', { name: 'Kỳ họp chuyên đề về chuyển đổi số' }).click();
    await expect(hung.getByTestId('delegate-agenda-item').nth(1).getByTestId('document')).toHaveCount(2);
    await expect(hung.getByText(RESTRICTED_DOC)).toBeVisible();
    await hung.close();
  });
});
