import { expect, test } from '@playwright/test';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { checkA11y } from './a11y';

/**
 * The secretariat maintains the legal roster on the demo laptop (seeded HĐND tỉnh Thái Nguyên, term 2026–2031):
 * N today with its exclusions, a CSV import whose problems are listed by line and nothing applied, then a clean
 * file previewed and confirmed, and an end recorded by hand.
 */
let laptop: Laptop | null = null;
test.afterAll(async () => {
  await laptop?.stop();
});

const csv = (rows: string[]) =>
  Buffer.from(['ho_ten,chuc_vu,ngay_bat_dau,hinh_thuc,ngay_ket_thuc,ket_thuc,ly_do', ...rows].join('\n'), 'utf8');

test('bodies screen: N with exclusions, CSV preview by line, confirm, record an end', async ({ page }) => {
  test.setTimeout(120_000);
  laptop = await startLaptop();
  await page.goto(laptop.url);
  await page.getByLabel('Tên đăng nhập').fill('thuky');
  await page.getByLabel('Mật khẩu').fill('thuky');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('bodies-link').click();
  await page.getByRole('button', { name: 'HĐND tỉnh Thái Nguyên — Khóa XV, nhiệm kỳ 2026–2031' }).click();
  const roster = page.getByTestId('term-roster');
  await expect(roster.getByTestId('term-n')).toHaveText('Hôm nay: N = 51 (53 thành viên; 1 thôi nhiệm vụ 5/2026, 1 từ trần 8/2026)');
  await expect(roster.getByTestId('membership-row').filter({ hasText: 'Nông Văn Thắng' })).toContainText('từ trần từ 11/08/2026');
  await checkA11y(page, 'bodies screen: term roster');

  const picker = page.getByTestId('roster-import').getByLabel('Tệp CSV');
  await picker.setInputFiles({
    name: 'loi.csv',
    mimeType: 'text/csv',
    buffer: csv(['Đặng Thị Yến,Đại biểu,15/03/2026,bầu bổ sung,,,', 'Hà Văn Ích,Đại biểu,31/02/2026,,,,']),
  });
  const preview = page.getByTestId('roster-preview');
  await expect(preview).toContainText('Dòng 3: Cột ngay_bat_dau: "31/02/2026" không phải ngày hợp lệ (dd/mm/yyyy).');
  await expect(preview.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled();
  await checkA11y(page, 'bodies screen: CSV preview with an error');

  await picker.setInputFiles({ name: 'dung.csv', mimeType: 'text/csv', buffer: csv(['Đặng Thị Yến,Đại biểu,01/10/2026,bầu bổ sung,,,']) });
  await expect(preview).toContainText('Xem trước: 1 thêm mới, 0 cập nhật');
  await preview.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByTestId('roster-import')).toContainText('Đã nhập: 1 thêm mới, 0 cập nhật.');
  await expect(roster.getByTestId('term-n')).toHaveText('Hôm nay: N = 52 (54 thành viên; 1 thôi nhiệm vụ 5/2026, 1 từ trần 8/2026)');

  await roster.getByRole('button', { name: 'Ghi nhận thôi/đình chỉ: Đặng Thị Yến' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Lý do').selectOption('transferred');
  await dialog.getByLabel('Từ ngày (dd/mm/yyyy)').fill('20/11/2026');
  await dialog.getByLabel('Ghi chú (văn bản, căn cứ)').fill('Quyết định điều động số 12/QĐ-TU');
  await checkA11y(page, 'bodies screen: end-of-membership dialog');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(roster.getByTestId('term-n')).toHaveText(
    'Hôm nay: N = 51 (54 thành viên; 1 thôi nhiệm vụ 5/2026, 1 từ trần 8/2026, 1 chuyển công tác 11/2026)',
  );
});
