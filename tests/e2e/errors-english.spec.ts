import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, startLaptop, type Laptop } from '../helpers/laptop';
import { relayCode } from './relay-certificate';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { buildLiveMeeting, credentials, ITEMS } from './live-fixture';
import { checkA11y } from './a11y';

/**
 * Errors speak the user's language: with the UI switched to English, errors raised by the laptop's services
 * (local sign-in, a form check only the service makes, a broken PDF) and by the relay (sign-in through it, a
 * vote its command processor refuses) are shown in English, with no Vietnamese text in the error areas.
 */

const SHOTS = path.join(repoRoot, 'tests', '.artifacts', 'screenshots');
const BROKEN_PDF = path.join(repoRoot, 'tests', 'fixtures', 'pdf-corpus', 'poppler-395-0-fuzzed.pdf');
/** Letters with Vietnamese diacritics (Latin-1 supplement to Latin extended additional), as in ă, đ, ế, ữ. */
const VIETNAMESE_RE = /[\u00C0-\u1EF9]/;
const MAX_AGENDA_TITLE_CHARS = 500;

let laptop: Laptop | null = null;
let relay: RelayProcess | null = null;

// eslint-disable-next-line no-empty-pattern -- Playwright wants its fixtures argument destructured
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    if (laptop) await testInfo.attach('laptop-output', { body: laptop.output(), contentType: 'text/plain' });
    if (relay) await testInfo.attach('relay-output', { body: relay.output(), contentType: 'text/plain' });
  }
  await laptop?.stop();
  await relay?.stop();
  laptop = null;
  relay = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** The error area shows exactly this English text and nothing Vietnamese. */
async function expectEnglish(alert: Locator, text: string | RegExp) {
  await expect(alert).toBeVisible();
  if (typeof text === 'string') await expect(alert).toContainText(text);
  else await expect(alert).toHaveText(text);
  expect(await alert.innerText()).not.toMatch(VIETNAMESE_RE);
}

async function switchToEnglish(page: Page) {
  await expect(page.getByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('laptop service errors are shown in English: sign-in, a check only the service makes, a broken PDF', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  laptop = await startLaptop();
  await page.goto(laptop.url);
  await switchToEnglish(page);

  // Local sign-in with a wrong password.
  await page.getByLabel('Username').fill('thuky');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectEnglish(page.getByRole('alert'), /^The username or password is incorrect\.$/);
  await page.getByLabel('Password').fill('thuky');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'My meetings' })).toBeVisible();

  // A meeting with one agenda item; the first try has a title longer than the service accepts
  // (the form does not check the length: the service's validation answers, with the field's English label).
  await page.getByRole('button', { name: /New meeting/ }).click();
  await page.getByLabel('Title', { exact: true }).fill('Special session on digital transformation');
  await page.getByLabel('Date (dd/mm/yyyy)').fill('15/12/2025');
  await page.getByLabel('Start time (HH:MM)').fill('08:30');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  // A date already past is asked about once.
  await page.getByRole('dialog', { name: 'The meeting date is in the past' }).getByRole('button', { name: 'Save with this date' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Special session on digital transformation' })).toBeVisible();

  await page.getByRole('button', { name: '+ Add item' }).click();
  const panel = page.locator('.item-panel');
  await expect(panel.getByRole('heading', { name: 'New item' })).toBeVisible();
  await panel.getByLabel('Item title').fill('x'.repeat(MAX_AGENDA_TITLE_CHARS + 1));
  await panel.getByRole('button', { name: 'Add item', exact: true }).click();
  await expectEnglish(panel.getByRole('alert'), /^Item title is too long \(at most 500 characters\)\.$/);
  await panel.getByLabel('Item title').fill('Report on the digital transformation programme');
  await panel.getByRole('button', { name: 'Add item', exact: true }).click();
  // The form stays open for the next item; "Done" selects the one added.
  await panel.getByTestId('agenda-add-done').click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Report on the digital transformation programme' })).toBeVisible();

  // A broken PDF: the import pipeline's rejection.
  await panel.getByLabel('PDF file', { exact: true }).setInputFiles(BROKEN_PDF);
  await panel.getByLabel('Document title').fill('Damaged document');
  await panel.getByRole('button', { name: 'Import document' }).click();
  const rejection = panel.getByRole('alert');
  await expectEnglish(rejection, 'Could not import “poppler-395-0-fuzzed.pdf”');
  await expect(rejection).toContainText('The file is not a valid PDF or is damaged:');
  await shot(page, 'errors-english-01-pdf-rejected');
  await checkA11y(page, 'English: PDF rejected');
});

test('relay errors are shown in English: sign-in through the relay, a vote the command processor refuses', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const fx = await buildLiveMeeting();
  relay = await spawnRelay({ dataDir: mkdtempSync(path.join(tmpdir(), 'phg-errors-relay-')), packageDir: fx.packageDir, tls: true });
  laptop = await startLaptop({ demo: false });
  await page.goto(laptop.url);
  await switchToEnglish(page);

  // Sign-in through the relay with a wrong password: the relay refuses it.
  const chair = credentials(fx, 'chair');
  await page.getByLabel('Username').fill(chair.username);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByLabel('Meeting-room server').fill(relay.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The relay serves HTTPS: the first contact asks to confirm its certificate's code, in English too.
  const dialog = page.getByRole('dialog', { name: 'Confirm the meeting-room server' });
  await expect(dialog.getByTestId('certificate-code')).toHaveText(relayCode(relay));
  await dialog.getByRole('button', { name: 'Trust and connect' }).click();
  await expectEnglish(page.getByRole('alert'), /^The username or password is incorrect\.$/);
  await shot(page, 'errors-english-02-relay-sign-in');
  await checkA11y(page, 'English: relay sign-in error');

  await page.getByLabel('Password').fill(chair.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('meeting-row').filter({ hasText: fx.pkg.meeting.title }).getByRole('link').click();
  await page.getByTestId('enter-live').click();
  await expect(page.getByTestId('chair-console')).toBeVisible();

  // Open the meeting and check in alone: 1 of 4 members present, the quorum needs 3.
  await page.getByRole('button', { name: 'Open the meeting' }).click();
  await page.getByTestId('checkin').getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('checkin-done')).toBeVisible();
  await expect(page.getByTestId('quorum-count')).toHaveText('1/4');

  // The command validator (the relay's, run by the form first) asks for an agenda item.
  await page.getByRole('tab', { name: /^Votes/ }).click();
  const form = page.getByTestId('vote-form');
  await form.getByLabel('Question').fill('Adopt the resolution on the digital transformation programme');
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expectEnglish(form.getByRole('alert'), /^Choose the agenda item to vote on\.$/);

  // The relay's command processor refuses to open a vote without a quorum.
  await form.getByLabel('Agenda item').selectOption({ index: ITEMS.length });
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expectEnglish(form.getByRole('alert'), /^No quorum \(1\/4 present, at least 3 needed\); the vote cannot open\.$/);
  await expect(page.getByTestId('vote-monitor')).toHaveCount(0);
  await shot(page, 'errors-english-03-vote-refused');
  await checkA11y(page, 'English: vote refused');
});
