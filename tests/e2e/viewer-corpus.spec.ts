import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildViewerHarness, serveHarness, type HarnessServer } from '../bench/viewer-build';
import { CORPUS, shot, watchFakeWorker } from './viewer-helpers';

/**
 * Every file of the real-world corpus (tests/fixtures/pdf-corpus: broken, fuzzed, encrypted, CJK,
 * Arabic, large) either displays or shows a clear message in the viewer, without freezing it. Run on the
 * viewer harness (the real DocumentViewer, files served directly): most of these files would be refused
 * at import, which is the point of showing them to the viewer anyway.
 */

const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
/** Files pdf.js's own test suite knows as password-protected. */
const ENCRYPTED = new Set(['issue3371.pdf', 'issue6010_1.pdf']);
/** CJK and Arabic text: looked at in the screenshots (blank glyphs mean missing CMaps). */
const LOOK_AT = ['XiaoBiaoSong.pdf', 'ArabicCIDTrueType.pdf', 'arial_unicode_en_cidfont.pdf'];

let server: HarnessServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = await buildViewerHarness();
  server = await serveHarness(dir, (name) => (FILES.includes(name) ? new Uint8Array(readFileSync(path.join(CORPUS, name))) : null));
});
test.afterAll(async () => server?.close());

test('every corpus PDF displays or shows a clear message, and the viewer stays responsive', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const fakeWorker = watchFakeWorker(page);
  await page.goto(`${server.url}/viewer-harness.html`);
  await page.waitForFunction(() => 'harness' in window);
  const outcomes: Record<string, string> = {};
  for (const file of FILES) {
    await page.evaluate((f) => window.harness.show(f), file);
    outcomes[file] = await page.evaluate(() => window.harness.outcome());
    const outcome = outcomes[file]!;
    if (ENCRYPTED.has(file)) expect(outcome, file).toBe('password');
    else expect(outcome, file).toMatch(/^(page|error:(broken|unknown))$/);
    if (outcome.startsWith('error')) {
      // A clear Vietnamese message, and the way out works.
      await expect(page.getByTestId('viewer-error')).toContainText('Không mở được tài liệu');
      await expect(page.getByTestId('viewer-error').getByRole('button', { name: 'Thử lại' })).toBeEnabled();
    }
    if (LOOK_AT.includes(file)) await shot(page, `viewer-corpus-${file.replace(/\.pdf$/, '')}`);
    // Responsive: the main thread answers promptly after each file.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - t0, `${file}: main thread blocked`).toBeLessThan(2_000);
    await page.evaluate(() => window.harness.close());
  }
  console.log(JSON.stringify(outcomes));
  expect(fakeWorker()).toEqual([]);
});

test('a pdf.js fallback to a main-thread "fake worker" is shown as an error, never used', async ({ page }) => {
  // What a CSP without worker-src does to pdf.js: creating a Worker fails, and pdf.js silently falls back.
  await page.addInitScript(() => {
    window.Worker = function BlockedWorker() {
      throw new DOMException('Worker blocked by policy', 'SecurityError');
    } as unknown as typeof Worker;
  });
  await page.goto(`${server.url}/viewer-harness.html`);
  await page.waitForFunction(() => 'harness' in window);
  await page.evaluate(() => window.harness.show('basicapi.pdf'));
  expect(await page.evaluate(() => window.harness.outcome())).toBe('error:fake-worker');
  await expect(page.getByTestId('viewer-error')).toContainText('luồng xử lý riêng');
  await shot(page, 'viewer-corpus-fake-worker');
});
