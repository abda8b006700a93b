import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Helpers of the accessibility checks (not a spec file). */

/** WCAG 2.0 A/AA, 2.1 AA and 2.2 AA: what the e2e suite holds every screen state to. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Runs axe-core on the page as it is now and fails the test on any violation, naming the screen state,
 * each rule, its impact and the offending elements (selector and axe's summary).
 */
export async function checkA11y(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags([...A11Y_TAGS]).analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 400)),
  }));
  expect(found, `axe (${A11Y_TAGS.join(', ')}) on "${state}"`).toEqual([]);
}

/** Text nodes smaller than `minPx` (computed font size), visible ones only; SVG text by its drawn height. */
export async function smallText(page: Page, minPx: number): Promise<{ text: string; px: number }[]> {
  return page.evaluate((min) => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (el.closest('.visually-hidden, .sr-only, .textLayer, [aria-hidden="true"]:not(svg)')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let px = parseFloat(style.fontSize);
      if (el instanceof SVGElement) {
        const svg = el.ownerSVGElement;
        const vb = svg?.viewBox.baseVal;
        if (svg && vb && vb.width > 0) px = (px * svg.getBoundingClientRect().width) / vb.width;
      }
      if (px < min - 0.01) out.push({ text: text.slice(0, 60), px: Math.round(px * 100) / 100 });
    }
    return out;
  }, minPx);
}

/** Visible interactive controls smaller than `min` CSS px in either direction (inline links in text excepted). */
export async function smallTargets(page: Page, selector: string, min: number): Promise<{ name: string; w: number; h: number }[]> {
  return page.locator(selector).evaluateAll((els, m) => {
    const out: { name: string; w: number; h: number }[] = [];
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (r.width < m - 0.5 || r.height < m - 0.5) {
        out.push({
          name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 50),
          w: Math.round(r.width),
          h: Math.round(r.height),
        });
      }
    }
    return out;
  }, min);
}

/** The root font size in px (the large-text setting scales it). */
export const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
