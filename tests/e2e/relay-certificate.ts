import { expect, type Page } from '@playwright/test';

/** The certificate dialog a laptop shows at first sign-in to an https relay (or when its certificate changed). */
export const certificateDialog = (page: Page) => page.getByTestId('certificate-dialog');

/**
 * Waits for the first-sign-in dialog, checks its code (against `expectedCode` when given, e.g. what the hosting
 * screen shows) and trusts it. Returns the code shown.
 */
export async function trustRelayCertificate(page: Page, expectedCode?: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Xác nhận máy chủ phòng họp' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByTestId('certificate-code');
  await expect(code).toHaveText(expectedCode ?? /^[0-9A-F]{4}-[0-9A-F]{4}$/);
  const shown = (await code.textContent())!.trim();
  await dialog.getByRole('button', { name: 'Tin cậy và kết nối' }).click();
  await expect(dialog).toBeHidden();
  return shown;
}
