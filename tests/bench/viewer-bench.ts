/*
 * Viewer benchmark, in Debian's Chromium:
 * - first page visible for a generated 300-page text PDF: our viewer vs pdf.js's stock viewer components
 *   (pdfjs-dist/web/pdf_viewer.mjs PDFViewer) opening the same bytes in the same browser (baseline);
 * - reopening the same document (ours: the snapshot of the page last read, then the real page; vs stock
 *   reopening, and vs our own first open), subject and baseline interleaved over RUNS rounds, the median
 *   of the per-round ratios with their spread;
 * - switching between the 3 documents of one agenda item (neighbours prefetched) vs the stock viewer;
 * - the snapshot cache's size (bytes, decoded bytes, entries) after 20 documents, opened back to back and paced;
 * - JS heap and live canvases after scrolling the 300 pages end to end and after switching 20 times;
 * (search latency has its own suite: search-bench.ts)
 *
 *   npm run bench -- viewer        (or: npx tsx tests/bench/viewer-bench.ts [--runs N])
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { percentile, round, roundsMetric, withRatio, type Metric, type RoundMetric } from './metric';
import { buildViewerHarness, serveHarness } from './viewer-build';
import { cachedTextPdf } from './viewer-pdf';

export type { Metric };

const PAGES = 300;
const DEFAULT_RUNS = 5;
const SWITCHES = 20;
const FILE = 'bench-300.pdf';
const OTHER = 'bench-12.pdf';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--enable-precise-memory-info',
];

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
const liveCanvases = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).length);

/** Per-round ratios of subject to baseline: the median and its spread (min–max over the rounds), like every row. */
const ratioRow = (metric: string, subject: number[], baseline: number[], unit = 'ms'): RoundMetric =>
  roundsMetric(
    metric,
    unit,
    subject.map((value, i) => ({ value, baseline: baseline[i]! })),
  );

/**
 * Where the time of an open went: for each performance mark the viewer makes (phg-viewer-*), the median
 * ms from the open action to it over the opens that made it (how many of them, after the slash).
 */
function withPhases<M extends Metric>(row: M, opens: Record<string, number>[]): M & { phases: Record<string, string> } {
  const names = [...new Set(opens.flatMap((o) => Object.keys(o)))];
  const at = (n: string) => opens.flatMap((o) => (n in o ? [o[n]!] : []));
  const phases = Object.fromEntries(
    names
      .map((n) => [n, at(n)] as const)
      .sort((a, b) => median(a[1]) - median(b[1]))
      .map(([n, xs]) => [n.replace(/^phg-viewer-/, ''), `${round(median(xs), 1)} ms /${xs.length}`]),
  );
  return { ...row, phases };
}

/** The three documents of one agenda item (different sizes, so pdf.js's work differs as in real life). */
const ITEM = ['item-a.pdf', 'item-b.pdf', 'item-c.pdf'] as const;
const MANY = Array.from({ length: 20 }, (_, i) => `doc-${String(i + 1).padStart(2, '0')}.pdf`);

export async function runViewerBench(opts: { runs?: number } = {}): Promise<Metric[]> {
  const RUNS = opts.runs ?? DEFAULT_RUNS;
  const dir = await buildViewerHarness();
  const big = await cachedTextPdf(PAGES);
  const small = await cachedTextPdf(12);
  const itemFiles = new Map<string, Uint8Array>([
    [ITEM[0], await cachedTextPdf(40)],
    [ITEM[1], small],
    [ITEM[2], await cachedTextPdf(25)],
  ]);
  const fileOf = (name: string) => (name === FILE ? big : name === OTHER || MANY.includes(name) ? small : (itemFiles.get(name) ?? null));
  const server = await serveHarness(dir, fileOf);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const metrics: Metric[] = [];
  try {
    const ours: number[] = [];
    const oursReopen: number[] = [];
    const oursReopenReal: number[] = [];
    const reopenPhases: Record<string, number>[] = [];
    const switchPhases: Record<string, number>[] = [];
    let reopenWithSnapshot = 0;
    const stock: number[] = [];
    const stockReopen: number[] = [];
    const oursSwitch: number[] = [];
    const stockSwitch: number[] = [];
    // Alternate the two viewers so machine load affects both alike.
    for (let r = 0; r < RUNS; r++) {
      const p = await freshPage(browser, `${server.url}/viewer-harness.html`);
      await p.evaluate((f) => window.harness.preload(f), FILE);
      ours.push(await p.evaluate(([f, n]) => window.harness.open(f as string, n as number), [FILE, PAGES]));
      await p.evaluate(() => window.harness.close());
      const re = await p.evaluate(([f, n]) => window.harness.openTimed(f as string, n as number), [FILE, PAGES]);
      oursReopen.push(re.pixels);
      oursReopenReal.push(re.real);
      reopenPhases.push(re.phases);
      if (re.snapshot) reopenWithSnapshot++;
      await p.evaluate(() => window.harness.close());
      // Switching between the documents of one agenda item: open the first, read it (its neighbours are
      // prepared meanwhile), then go B → C → A.
      await p.evaluate((names) => Promise.all(names.map((n) => window.harness.preload(n))), [...ITEM]);
      await p.evaluate((names) => window.harness.setItem(names), [...ITEM]);
      const since = await p.evaluate(() => window.harness.now());
      await p.evaluate((f) => window.harness.open(f), ITEM[0]);
      await p.evaluate((t) => window.harness.prefetched(t), since);
      const sw: number[] = [];
      for (const f of [ITEM[1], ITEM[2], ITEM[0]]) {
        await p.evaluate(() => window.harness.close());
        const o = await p.evaluate((x) => window.harness.openTimed(x), f);
        sw.push(o.pixels);
        switchPhases.push(o.phases);
      }
      oursSwitch.push(median(sw));
      await p.close();

      const s = await freshPage(browser, `${server.url}/viewer-stock.html`);
      await s.evaluate((f) => window.stock.preload(f), FILE);
      stock.push(await s.evaluate((f) => window.stock.open(f), FILE));
      await s.evaluate(() => window.stock.close());
      stockReopen.push(await s.evaluate((f) => window.stock.open(f), FILE));
      await s.evaluate(() => window.stock.close());
      await s.evaluate((names) => Promise.all(names.map((n) => window.stock.preload(n))), [...ITEM]);
      await s.evaluate((f) => window.stock.open(f), ITEM[0]);
      const ssw: number[] = [];
      for (const f of [ITEM[1], ITEM[2], ITEM[0]]) {
        await s.evaluate(() => window.stock.close());
        ssw.push(await s.evaluate((x) => window.stock.open(x), f));
      }
      stockSwitch.push(median(ssw));
      await s.close();
    }
    metrics.push(
      ratioRow(
        `viewer first open, first page visible, ${PAGES}-page text PDF (median of ${RUNS} rounds; baseline: pdf.js stock PDFViewer)`,
        ours,
        stock,
      ),
    );
    metrics.push(
      withPhases(
        ratioRow(
          `viewer reopen same document, first page visible (snapshot shown in ${reopenWithSnapshot}/${RUNS}; baseline: stock viewer reopening)`,
          oursReopen,
          stockReopen,
        ),
        reopenPhases,
      ),
    );
    metrics.push(ratioRow('viewer reopen vs own first open (baseline: our first open, same round)', oursReopen, ours));
    metrics.push(
      ratioRow(
        'viewer reopen, real page drawn by pdf.js under the snapshot (baseline: stock viewer reopening)',
        oursReopenReal,
        stockReopen,
      ),
    );
    metrics.push(
      withPhases(
        ratioRow(
          'viewer switch between 3 documents of one agenda item, first page visible (median of B→C→A per round; baseline: stock viewer)',
          oursSwitch,
          stockSwitch,
        ),
        switchPhases,
      ),
    );

    // Snapshot cache after opening 20 documents one after another: back to back (each closed as soon as
    // its page is drawn, pictures still encoding pile up), then paced (each picture encoded before the
    // next document opens, as when the delegate reads each for a moment).
    const mb = (b: number) => round(b / 1024 / 1024, 3);
    for (const paced of [false, true]) {
      const c = await freshPage(browser, `${server.url}/viewer-harness.html`);
      await c.evaluate((names) => Promise.all(names.map((n) => window.harness.preload(n))), MANY);
      for (const f of MANY) {
        await c.evaluate((x) => window.harness.open(x, 12), f);
        await c.evaluate(() => window.harness.close());
        if (paced) await c.evaluate(() => window.harness.cache());
      }
      const cache = await c.evaluate(() => window.harness.cache());
      await c.close();
      const how = paced ? 'read one after another' : 'opened back to back';
      metrics.push({
        metric: `viewer snapshot cache after ${MANY.length} documents ${how} (${cache.entries} snapshots, ${mb(cache.pixelBytes)} MB of it decoded; budget ${mb(cache.maxBytes)} MB, decoded ${mb(cache.maxPixelBytes)} MB)`,
        value: mb(cache.bytes),
        unit: 'MB',
      });
      metrics.push({
        metric: `viewer snapshot cache entries after ${MANY.length} documents ${how}`,
        value: cache.entries,
        unit: 'snapshots',
      });
    }

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
    metrics.push(
      withRatio(`viewer JS heap after switching documents ${SWITCHES} times (baseline: after opening)`, heapSwitched, 'MB', heapOpen),
    );
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
  // --runs N: rounds of the interleaved comparisons.
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  runViewerBench({ ...(runsAt >= 0 ? { runs: Number(args[runsAt + 1]) } : {}) }).then(
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
