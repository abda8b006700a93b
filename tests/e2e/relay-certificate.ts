import { expect, type Page } from '@playwright/test';
import { fingerprintCode } from '../../shared/relay-protocol/fingerprint';
import type { RelayProcess } from '../helpers/relay-process';

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

/** The short code a laptop shows for a relay process started with `tls: true` (what its operator reads out). */
export function relayCode(relay: RelayProcess): string {
  if (!relay.fingerprint256) throw new Error('the relay was started without TLS');
  return fingerprintCode(relay.fingerprint256);
}
