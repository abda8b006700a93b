/*
 * Viewer benchmark, in Debian's Chromium:
 * - first page visible for a generated 300-page text PDF: our viewer vs pdf.js's stock viewer components
 *   (pdfjs-dist/web/pdf_viewer.mjs PDFViewer) opening the same bytes in the same browser (baseline);
 * - reopening the same document (ours warm vs stock reopening);
 * - JS heap and live canvases after scrolling the 300 pages end to end and after switching 20 times;
 * (search latency has its own suite: search-bench.ts)
 *
 *   npm run bench -- viewer        (or: npx tsx tests/bench/viewer-bench.ts)
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { percentile, round, withRatio, type Metric } from './metric';
import { buildViewerHarness, serveHarness } from './viewer-build';
import { cachedTextPdf } from './viewer-pdf';

export type { Metric };

const PAGES = 300;
const RUNS = 5;
const SWITCHES = 20;
const FILE = 'bench-300.pdf';
const OTHER = 'bench-12.pdf';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info'];

const median = (xs: number[]) => percentile(xs, 50);

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => {
    if (/fake worker/i.test(m.text())) throw new Error(`pdf.js fell back to a fake worker: ${m.text()}`);
  });
  await page.goto(url);
  // The pages' modules use top-level await: wait until they have installed their entry points.
  await page.waitForFunction(() => 'harness' in window || 'stock' in window);
  return page;
}

/** JS heap after a forced GC (CDP), in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Live (non-empty) canvases in the page: what holds page pixels. */
const liveCanvases = (page: Page) => page.evaluate(() => [...document.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).length);

export async function runViewerBench(): Promise<Metric[]> {
  const dir = await buildViewerHarness();
  const big = await cachedTextPdf(PAGES);
  const small = await cachedTextPdf(12);
  const server = await serveHarness(dir, (name) => (name === FILE ? big : name === OTHER ? small : null));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const metrics: Metric[] = [];
  try {
    const ours: number[] = [];
    const oursReopen: number[] = [];
    const stock: number[] = [];
    const stockReopen: number[] = [];
    // Alternate the two viewers so machine load affects both alike.
    for (let r = 0; r < RUNS; r++) {
      const p = await freshPage(browser, `${server.url}/viewer-harness.html`);
      await p.evaluate((f) => window.harness.preload(f), FILE);
      ours.push(await p.evaluate(([f, n]) => window.harness.open(f as string, n as number), [FILE, PAGES]));
      await p.evaluate(() => window.harness.close());
      oursReopen.push(await p.evaluate(([f, n]) => window.harness.open(f as string, n as number), [FILE, PAGES]));
      await p.close();

      const s = await freshPage(browser, `${server.url}/viewer-stock.html`);
      await s.evaluate((f) => window.stock.preload(f), FILE);
      stock.push(await s.evaluate((f) => window.stock.open(f), FILE));
      await s.evaluate(() => window.stock.close());
      stockReopen.push(await s.evaluate((f) => window.stock.open(f), FILE));
      await s.close();
    }
    metrics.push(withRatio(`viewer first page visible, ${PAGES}-page text PDF (median of ${RUNS}; baseline: pdf.js stock PDFViewer)`, median(ours), 'ms', median(stock)));
    metrics.push(withRatio(`viewer reopen same document, first page visible (median of ${RUNS}; baseline: stock viewer reopening)`, median(oursReopen), 'ms', median(stockReopen)));
    metrics.push(withRatio('viewer reopen vs first open (ours)', median(oursReopen), 'ms', median(ours)));

    // Memory: scroll the 300 pages end to end, then switch documents 20 times.
    const p = await freshPage(browser, `${server.url}/viewer-harness.html`);
    await p.evaluate(([a, b]) => Promise.all([window.harness.preload(a as string), window.harness.preload(b as string)]), [FILE, OTHER]);
    await p.evaluate(([f, n]) => window.harness.open(f as string, n as number), [FILE, PAGES]);
    const heapOpen = await heapMb(p);
    // No named functions inside: tsx's keepNames would reference a helper that the page doesn't have.
    const maxCanvases = await p.evaluate(async () => {
      const el = document.querySelector('[data-testid="viewer-scroll"]') as HTMLElement;
      let max = 0;
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 2) {
        el.scrollTop += el.clientHeight * 1.5;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        max = Math.max(max, [...document.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).length);
      }
      return max;
    });
    const heapScrolled = await heapMb(p);
    for (let i = 0; i < SWITCHES; i++) {
      await p.evaluate(() => window.harness.close());
      await p.evaluate(([f, n]) => window.harness.open(f as string, n as number), i % 2 ? [FILE, PAGES] : [OTHER, 12]);
    }
    const heapSwitched = await heapMb(p);
    const canvasesAfter = await liveCanvases(p);
    await p.close();
    metrics.push({ metric: `viewer JS heap after opening the ${PAGES}-page PDF`, value: round(heapOpen), unit: 'MB' });
    metrics.push(withRatio(`viewer JS heap after scrolling all ${PAGES} pages (baseline: after opening)`, heapScrolled, 'MB', heapOpen));
    metrics.push(withRatio(`viewer JS heap after switching documents ${SWITCHES} times (baseline: after opening)`, heapSwitched, 'MB', heapOpen));
    metrics.push({ metric: `viewer live canvases, max while scrolling ${PAGES} pages`, value: maxCanvases, unit: 'canvases' });
    metrics.push({ metric: `viewer live canvases after ${SWITCHES} document switches`, value: canvasesAfter, unit: 'canvases' });
  } finally {
    await browser.close();
    await server.close();
  }
  return metrics;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  runViewerBench().then(
    (m) => {
      console.log(JSON.stringify(m, null, 2));
      console.error(`viewer bench: ${Math.round((Date.now() - t0) / 1000)} s`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
