import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AgendaItemId, UserId } from '../../shared/model/ids';
import type { BodyId, Membership, MembershipId, TermId } from '../../shared/model/roster';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { makeMeetingFixture, writeExportedPackage, type MeetingFixture } from '../helpers/relay-fixture';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { relayCode, trustRelayCertificate } from './relay-certificate';
import { checkA11y } from './a11y';

/**
 * Votes that stand up legally, end to end: a real relay loaded with a meeting whose package carries the
 * HĐND's term roster (two members out of office, one member without an account), the secretariat's laptop and
 * the chair's laptop. Only the chair's laptop checks in, so the laptops alone cannot reach quorum; the
 * secretariat records three members present by hand (they have no laptop), the chair opens the vote, and the
 * result shows the frozen N with its exclusions by name and reason and the citation of the rule applied.
 */

const TERM = 'term-2026' as TermId;
const ITEM = 'a-nghi-quyet' as AgendaItemId;
const QUESTION = 'Thông qua Nghị quyết về kế hoạch đầu tư công năm 2027';

let relay: RelayProcess | null = null;
const laptops: Laptop[] = [];
const contexts: BrowserContext[] = [];

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await Promise.all(laptops.map((l) => l.stop()));
  await relay?.stop();
});

const NAMES: Record<string, string> = {
  thuky: 'Đỗ Minh Thư',
  chutoa: 'Triệu Văn Khải',
  an: 'Nguyễn Thị An',
  binh: 'Lý Văn Bình',
  cuong: 'Hà Thị Cúc',
  duc: 'Ma Văn Đức',
  khach: 'Vũ Hải Nam',
};

function membership(id: string, fullName: string, userId: string | null, over: Partial<Membership> = {}): Membership {
  return {
    id: id as MembershipId,
    termId: TERM,
    userId: userId as UserId | null,
    fullName,
    position: 'Đại biểu HĐND tỉnh',
    isHead: false,
    startDate: '2026-03-20',
    startKind: 'elected',
    formerBody: null,
    endDate: null,
    endKind: null,
    endReason: null,
    liftedOn: null,
    ...over,
  };
}

async function buildMeeting(): Promise<MeetingFixture> {
  const fx = await makeMeetingFixture({
    meetingId: 'm-hdnd-2026',
    users: [
      { key: 'thuky', role: 'secretariat' },
      { key: 'chutoa', role: 'chair' },
      { key: 'an', role: 'delegate' },
      { key: 'binh', role: 'delegate' },
      { key: 'cuong', role: 'delegate' },
      { key: 'duc', role: 'delegate' },
      // a guest invited to the session: never part of N
      { key: 'khach', role: 'guest' },
    ],
    docs: [],
  });
  for (const p of fx.pkg.participants) p.fullName = NAMES[p.username]!;
  fx.pkg.meeting.title = 'Kỳ họp thứ hai HĐND tỉnh Thái Nguyên khóa XV, nhiệm kỳ 2026–2031';
  fx.pkg.meeting.date = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  fx.pkg.meeting.meetingType = 'ky_hop_thuong_le';
  fx.pkg.agenda = [
    {
      id: ITEM,
      meetingId: fx.meetingId,
      parentId: null,
      position: 0,
      title: 'Biểu quyết Nghị quyết về đầu tư công',
      presenter: 'Chủ tọa',
      durationMin: 20,
    },
  ];
  const id = (k: string) => fx.users[k]!.id;
  fx.pkg.body = {
    body: { id: 'hdnd-tn' as BodyId, type: 'hdnd', level: 'tinh', name: 'HĐND tỉnh Thái Nguyên', parentId: null },
    term: { id: TERM, bodyId: 'hdnd-tn' as BodyId, label: 'Khóa XV, nhiệm kỳ 2026–2031', startDate: '2026-03-20', endDate: null },
    memberships: [
      membership('ms-chu-tich', NAMES['chutoa']!, id('chutoa'), { isHead: true, position: 'Chủ tịch HĐND tỉnh' }),
      membership('ms-an', NAMES['an']!, id('an'), { startKind: 'merged', formerBody: 'HĐND tỉnh Bắc Kạn (trước hợp nhất)' }),
      membership('ms-binh', NAMES['binh']!, id('binh')),
      membership('ms-cuong', NAMES['cuong']!, id('cuong')),
      membership('ms-duc', NAMES['duc']!, id('duc')),
      membership('ms-hoa', 'Đinh Thị Hoa', null),
      membership('ms-thoi', 'Lê Văn Thôi', null, {
        endDate: '2026-03-28',
        endKind: 'resigned',
        endReason: 'Xin thôi làm đại biểu, HĐND đã chấp thuận',
      }),
      membership('ms-mat', 'Hoàng Văn Mạnh', null, { endDate: '2026-08-05', endKind: 'died', endReason: null }),
    ],
  };
  writeExportedPackage(fx);
  return fx;
}

async function signIn(browser: Browser, fx: MeetingFixture, key: string, testId: string): Promise<Page> {
  const laptop = await startLaptop({ demo: false });
  laptops.push(laptop);
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(laptop.url);
  await page.getByLabel('Tên đăng nhập').fill(fx.users[key]!.username);
  await page.getByLabel('Mật khẩu').fill(fx.users[key]!.password);
  await page.getByLabel('Máy chủ phòng họp').fill(relay!.url.replace(/^https:\/\//, ''));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The relay serves HTTPS (as in a real room): each laptop confirms its certificate's code once.
  await trustRelayCertificate(page, relayCode(relay!));
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await page.getByTestId('enter-live').click();
  await expect(page.getByTestId(testId)).toBeVisible();
  return page;
}

test('the secretariat records members present by hand; the chair opens a vote the laptops alone could not; the result shows N with its exclusions and the rule cited', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const fx = await buildMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-legal-relay-')), packageDir: fx.dir, tls: true });
  const [sec, chair] = await Promise.all([
    signIn(browser, fx, 'thuky', 'secretariat-live'),
    signIn(browser, fx, 'chutoa', 'chair-console'),
  ]);

  await chair.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  await chair.getByTestId('checkin').getByRole('button', { name: 'Điểm danh' }).click();
  await expect(chair.getByTestId('checkin-done')).toContainText('Đã điểm danh lúc');
  // N = 6 members in office (the guest and the secretariat are not members); 2/3 of 6 = 4 needed; 1 present.
  await expect(chair.getByTestId('quorum-count')).toHaveText('1/6');

  // The laptops alone cannot open the vote.
  await chair.getByRole('tab', { name: /^Biểu quyết/ }).click();
  const form = chair.getByTestId('vote-form');
  await expect(form.getByLabel('Điều kiện thông qua')).toContainText('Quá nửa tổng số đại biểu HĐND');
  await form.getByLabel('Mục chương trình').selectOption(ITEM);
  await form.getByLabel('Nội dung biểu quyết').fill(QUESTION);
  await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(form).toContainText('Chưa đủ số thành viên có mặt theo quy định (có mặt 1/6, cần ít nhất 4)');

  // The secretariat checks in three members who have no laptop with them.
  const panel = sec.getByTestId('attendance-panel');
  await expect(panel.getByTestId('attendance-row')).toHaveCount(5); // members with an account; Đinh Thị Hoa has none
  for (const key of ['an', 'binh', 'cuong']) {
    await panel.getByRole('button', { name: `Có mặt: ${NAMES[key]}` }).click();
    const row = panel.getByTestId('attendance-row').filter({ hasText: NAMES[key]! });
    await expect(row.getByTestId('attendance-counted')).toHaveText('Có');
    await expect(row.getByTestId('attendance-source')).toContainText('Thư ký ghi nhận');
    await expect(row).toContainText('Máy mất kết nối (vẫn có mặt)');
  }
  await expect(panel.getByTestId('attendance-counts')).toContainText('Có mặt: 4 (điểm danh trên máy: 1 · thư ký ghi nhận: 3');
  await expect(chair.getByTestId('quorum-count')).toHaveText('4/6');

  // Now the chair can open it.
  await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(chair.getByTestId('vote-monitor')).toContainText(QUESTION);
  await chair.getByTestId('ballot').getByRole('button', { name: 'Tán thành', exact: true }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(chair.getByTestId('ballot').getByTestId('ballot-recorded')).toContainText('Đã ghi nhận phiếu');
  await chair.getByTestId('vote-monitor').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();

  // The result, on the chair's and the secretariat's screens: frozen N with exclusions and the cited rule.
  for (const page of [chair, sec]) {
    if (page === sec) await sec.getByRole('tab', { name: /^Kết quả/ }).click();
    const card = page.getByTestId('vote-result').filter({ hasText: QUESTION }).first();
    await expect(card.getByTestId('vote-outcome')).toHaveText('Không thông qua'); // 1 of N = 6
    await expect(card.getByTestId('result-n')).toHaveText('6');
    await expect(card.getByTestId('basis-denominator')).toHaveText(
      'Mẫu số: N = 6 (8 thành viên; 1 thôi nhiệm vụ 3/2026, 1 từ trần 8/2026)',
    );
    const exclusions = card.getByTestId('basis-exclusions');
    await expect(exclusions).toContainText('Lê Văn Thôi: thôi nhiệm vụ từ 28/03/2026 — Xin thôi làm đại biểu, HĐND đã chấp thuận');
    await expect(exclusions).toContainText('Hoàng Văn Mạnh: từ trần từ 05/08/2026');
    await expect(card.getByTestId('basis-rule')).toContainText('Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 35');
    await expect(card.getByTestId('basis-rule')).toContainText('Cần xác nhận pháp lý');
    await expect(card).toContainText('Có mặt lúc mở: 4/6, cần 4 — đủ điều kiện');
    await expect(card).toContainText('Không tham gia biểu quyết');
  }
  await chair.screenshot({ path: path.join('tests', '.artifacts', 'legal-vote-result.png') });
  await checkA11y(chair, 'chair: result with its legal basis');
  await checkA11y(sec, 'secretariat: results tab');

  // Bỏ phiếu tín nhiệm: the rule brings its own ballot (Tín nhiệm / Không tín nhiệm), counted on "Không tín
  // nhiệm", and a secret ballot.
  const form2 = chair.getByTestId('vote-form');
  await form2.getByLabel('Điều kiện thông qua').selectOption({ label: 'Quá nửa tổng số bỏ phiếu không tín nhiệm' });
  const fixed = form2.getByTestId('vote-fixed-options');
  await expect(fixed.getByRole('listitem')).toHaveText(['Tín nhiệm', 'Không tín nhiệm']);
  await expect(fixed).toContainText('ngưỡng được tính trên số phiếu "Không tín nhiệm"');
  await expect(form2.getByRole('radio', { name: 'Bỏ phiếu kín' })).toBeChecked();
  await chair.screenshot({ path: path.join('tests', '.artifacts', 'legal-vote-confidence-form.png') });
});
