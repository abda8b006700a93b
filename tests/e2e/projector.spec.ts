import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLaptop, type Laptop } from '../helpers/laptop';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { checkA11y } from './a11y';
import { buildLiveMeeting, credentials, ITEMS } from './live-fixture';
import { relayCode, trustRelayCertificate } from './relay-certificate';
import { SHOTS } from './viewer-helpers';

/**
 * Issue 13, the big screen with its own read-only session: the chair issues a code; on the projector's laptop
 * nobody signs in, the code is typed at "Màn hình chiếu", and the screen follows the meeting (relay over TLS).
 */
let relay: RelayProcess | null = null;
const laptops: Laptop[] = [];
const contexts: BrowserContext[] = [];

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  for (const l of laptops) await l.stop();
  await relay?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

test('the chair issues a big-screen code; the projector laptop shows the meeting without anyone signing in', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-projector-relay-')), packageDir: fx.packageDir, tls: true });
  const open = async () => {
    const laptop = await startLaptop({ demo: false });
    laptops.push(laptop);
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    contexts.push(context);
    return { laptop, page: await context.newPage() };
  };
  const [chair, screen] = await Promise.all([open(), open()]);

  // The chair signs in through the relay, opens the meeting and issues a code.
  const c = chair.page;
  const { username, password } = credentials(fx, 'chair');
  await c.goto(chair.laptop.url);
  await c.getByLabel('Tên đăng nhập').fill(username);
  await c.getByLabel('Mật khẩu').fill(password);
  await c.getByLabel('Máy chủ phòng họp').fill(relay.url.replace(/^https:\/\//, ''));
  await c.getByRole('button', { name: 'Đăng nhập' }).click();
  await trustRelayCertificate(c, relayCode(relay));
  await expect(c.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await c.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await c.getByTestId('enter-live').click();
  await expect(c.getByTestId('chair-console')).toBeVisible();
  await c.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  await c.getByTestId('issue-projector-code').click();
  await expect(c.getByTestId('projector-code')).toContainText('Mã màn hình chiếu:');
  const code = /([A-Z2-9]{5}-[A-Z2-9]{5})/.exec((await c.getByTestId('projector-code').textContent())!)![1]!;

  // The projector's laptop: nobody signs in; the code is typed at "Màn hình chiếu".
  const s = screen.page;
  await s.goto(screen.laptop.url);
  await s.getByTestId('projector-join-link').click();
  await expect(s.getByTestId('projector-join')).toBeVisible();
  await s.getByLabel('Máy chủ phòng họp').fill(relay.url.replace(/^https:\/\//, ''));
  // A wrong code is refused with its reason.
  await s.getByLabel('Mã màn hình chiếu').fill('AAAAA-AAAAA');
  await s.getByRole('button', { name: 'Mở màn hình chiếu' }).click();
  await trustRelayCertificate(s, relayCode(relay));
  await expect(s.getByTestId('projector-join-error')).toContainText('Mã màn hình chiếu không đúng hoặc đã hết hạn');
  await checkA11y(s, 'projector entry with a refused code');
  await shot(s, 'projector-01-join-refused');
  await s.getByLabel('Mã màn hình chiếu').fill(code.toLowerCase());
  await s.getByRole('button', { name: 'Mở màn hình chiếu' }).click();
  await expect(s.getByTestId('projector')).toBeVisible();
  await expect(s.getByTestId('projector')).toContainText(fx.pkg.meeting.title);

  // The chair moves to the first item: the screen follows.
  await c.getByRole('button', { name: 'Mục tiếp theo →' }).click();
  await expect(s.getByTestId('projector-item')).toContainText(ITEMS[0].title);
  await shot(s, 'projector-02-screen-following');
  // Nobody is signed in on the screen's laptop: going back shows the sign-in form.
  await s.getByRole('link', { name: 'Thoát màn hình chiếu' }).click();
  await expect(s.getByLabel('Tên đăng nhập')).toBeVisible();
});
