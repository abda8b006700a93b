import { matchOriginal } from '../../../../shared/search/snippet';
import { queryTokens } from '../../../../shared/search/normalize';
import { itemAt, type PageText, type PageTextCache } from './page-text';

export type FindState = {
  query: string;
  /** Matches found so far across the scanned pages. */
  total: number;
  scannedPages: number;
  pages: number;
  /** 1-based position of the current match among all matches, 0 when none. */
  ordinal: number;
  current: { page: number; index: number } | null;
  done: boolean;
};

type Layer = { divs: HTMLElement[]; text: PageText };

const HIGHLIGHT_ALL = 'phg-find';
const HIGHLIGHT_CURRENT = 'phg-find-current';

/**
 * Find in document: folds the query like the search index (no diacritics, đ→d, any case), scans every
 * page's text in the background, and marks matches on the text layers that exist (visible pages) with the
 * CSS Custom Highlight API, so the text layer's DOM (and the reader's selection) is left alone.
 */
export class FindController {
  private matches = new Map<number, [number, number][]>();
  private layers = new Map<number, Layer>();
  private listeners = new Set<(s: FindState) => void>();
  private generation = 0;
  private state: FindState;
  private pendingReveal = false;

  constructor(
    private readonly texts: PageTextCache,
    private readonly pageCount: number,
    /** Asks the viewer to bring a page, and then a rect on it, into view. */
    private readonly reveal: (page: number, rect: DOMRect | null) => void,
  ) {
    this.state = { query: '', total: 0, scannedPages: 0, pages: pageCount, ordinal: 0, current: null, done: true };
  }

  get snapshot(): FindState {
    return this.state;
  }

  subscribe(l: (s: FindState) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Starts a new search; the first match on or after `fromPage` becomes current. */
  setQuery(query: string, fromPage = 1): void {
    const gen = ++this.generation;
    this.matches.clear();
    const words = queryTokens(query);
    this.set({ query, total: 0, scannedPages: 0, ordinal: 0, current: null, done: words.length === 0 });
    this.paint();
    if (words.length === 0) return;
    this.pendingReveal = true;
    void this.scan(gen, words, fromPage);
  }

  private async scan(gen: number, words: string[], fromPage: number): Promise<void> {
    let total = 0;
    for (let p = 1; p <= this.pageCount; p++) {
      const text = await this.texts.get(p);
      if (gen !== this.generation) return;
      const { ranges } = matchOriginal(text.text, words);
      if (ranges.length) this.matches.set(p, ranges);
      total += ranges.length;
      let current = this.state.current;
      if (!current && ranges.length && p >= fromPage) current = { page: p, index: 0 };
      this.set({ total, scannedPages: p, current, ordinal: this.ordinalOf(current) });
      if (ranges.length) this.paint(p);
      if (current && this.pendingReveal && current.page === p) this.revealCurrent();
    }
    // Nothing after `fromPage`: wrap to the first match.
    if (!this.state.current) {
      const first = this.firstFrom(1);
      this.set({ current: first, ordinal: this.ordinalOf(first) });
      if (first) this.revealCurrent();
    }
    this.set({ done: true });
    this.paint();
  }

  next(): void {
    this.move(1);
  }

  prev(): void {
    this.move(-1);
  }

  private move(dir: 1 | -1): void {
    const pages = [...this.matches.keys()].sort((a, b) => a - b);
    if (pages.length === 0) return;
    const cur = this.state.current;
    let next: { page: number; index: number };
    if (!cur) next = { page: pages[0]!, index: 0 };
    else {
      const count = this.matches.get(cur.page)?.length ?? 0;
      const idx = cur.index + dir;
      if (idx >= 0 && idx < count) next = { page: cur.page, index: idx };
      else {
        const pos = pages.indexOf(cur.page);
        const np = pages[(pos + dir + pages.length) % pages.length]!;
        next = { page: np, index: dir > 0 ? 0 : this.matches.get(np)!.length - 1 };
      }
    }
    this.set({ current: next, ordinal: this.ordinalOf(next) });
    this.paint();
    this.revealCurrent();
  }

  private firstFrom(page: number) {
    const p = [...this.matches.keys()].sort((a, b) => a - b).find((x) => x >= page);
    return p === undefined ? null : { page: p, index: 0 };
  }

  private ordinalOf(c: { page: number; index: number } | null): number {
    if (!c) return 0;
    let n = 0;
    for (const [p, r] of this.matches) if (p < c.page) n += r.length;
    return n + c.index + 1;
  }

  /** The current match's text ranges in its page text (for "highlight this match"). */
  currentMatch(): { page: number; range: Range | null; quote: string } | null {
    const c = this.state.current;
    if (!c) return null;
    const m = this.matches.get(c.page)?.[c.index];
    const layer = this.layers.get(c.page);
    if (!m) return null;
    return { page: c.page, range: layer ? this.domRange(layer, m) : null, quote: layer ? layer.text.text.slice(m[0], m[1]) : '' };
  }

  /** A text layer of a visible page appeared (or went away: divs empty). */
  registerLayer(page: number, divs: HTMLElement[], text: PageText): () => void {
    this.layers.set(page, { divs, text });
    this.paint();
    if (this.pendingReveal && this.state.current?.page === page) this.revealCurrent();
    return () => {
      if (this.layers.get(page)?.divs === divs) this.layers.delete(page);
      this.paint();
    };
  }

  private revealCurrent(): void {
    const c = this.state.current;
    if (!c) return;
    const layer = this.layers.get(c.page);
    const m = this.matches.get(c.page)?.[c.index];
    if (!layer || !m) {
      // Scroll to the page first; its text layer will call back here once it exists.
      this.pendingReveal = true;
      this.reveal(c.page, null);
      return;
    }
    this.pendingReveal = false;
    this.reveal(c.page, this.domRange(layer, m)?.getBoundingClientRect() ?? null);
  }

  private domRange(layer: Layer, [s, e]: [number, number]): Range | null {
    const { text, divs } = layer;
    if (text.itemStarts.length === 0 || e <= s) return null;
    const a = itemAt(text, s);
    const b = itemAt(text, e - 1);
    const startNode = divs[a]?.firstChild;
    const endNode = divs[b]?.firstChild;
    if (!startNode || !endNode) return null;
    const range = document.createRange();
    try {
      range.setStart(startNode, Math.min(s - text.itemStarts[a]!, text.itemLengths[a]!));
      range.setEnd(endNode, Math.min(e - text.itemStarts[b]!, text.itemLengths[b]!));
    } catch {
      return null;
    }
    return range;
  }

  /** Rebuilds the highlight registry (all matches on visible pages, and the current one). */
  private paint(_page?: number): void {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry) return;
    const all: Range[] = [];
    let current: Range | null = null;
    const cur = this.state.current;
    for (const [page, layer] of this.layers) {
      const ranges = this.matches.get(page);
      if (!ranges) continue;
      ranges.forEach((m, i) => {
        const r = this.domRange(layer, m);
        if (!r) return;
        if (cur && cur.page === page && cur.index === i) current = r;
        else all.push(r);
      });
    }
    registry.set(HIGHLIGHT_ALL, new Highlight(...all));
    if (current) registry.set(HIGHLIGHT_CURRENT, new Highlight(current));
    else registry.delete(HIGHLIGHT_CURRENT);
  }

  /** Matches on a page (count), for tests and the page label. */
  countOn(page: number): number {
    return this.matches.get(page)?.length ?? 0;
  }

  dispose(): void {
    this.generation++;
    this.listeners.clear();
    this.layers.clear();
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      CSS.highlights.delete(HIGHLIGHT_ALL);
      CSS.highlights.delete(HIGHLIGHT_CURRENT);
    }
  }

  private set(patch: Partial<FindState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
