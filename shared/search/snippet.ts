import { findAnyWordInText, findPhraseInText, type Range } from './match';
import { foldWithMap, toOriginalRange } from './normalize';

export type Snippet = {
  /** A short excerpt of the original text (whitespace collapsed), with ellipses where cut. */
  text: string;
  /** Matched ranges within `text`, [start, end). */
  highlights: Range[];
  /** The query words were found next to each other (not just somewhere on the page). */
  phrase: boolean;
};

export type SnippetOptions = { charsBefore?: number; charsAfter?: number };

const SNIPPET_BEFORE_CHARS = 60;
const SNIPPET_AFTER_CHARS = 160;
const ELLIPSIS = '…';

/** Matches of `query` in `original`, as ranges of the original text; phrase matches when there are any. */
export function matchOriginal(original: string, query: readonly string[]): { ranges: Range[]; phrase: boolean } {
  const folded = foldWithMap(original);
  const phrase = findPhraseInText(folded.text, query);
  const folds = phrase.length > 0 ? phrase : findAnyWordInText(folded.text, query);
  return { ranges: folds.map(([s, e]) => toOriginalRange(folded, s, e, original.length)), phrase: phrase.length > 0 };
}

/** An excerpt around the first match of `query` in `original`, with every match inside it highlighted. */
export function buildSnippet(original: string, query: readonly string[], opts: SnippetOptions = {}): Snippet | null {
  const { ranges, phrase } = matchOriginal(original, query);
  return cut(original, 0, original.length, ranges, phrase, opts);
}

/** What an excerpt must cover around a page's first match [start, end) so its snippet is the page's. */
export function excerptBounds(start: number, end: number, opts: SnippetOptions = {}): { from: number; to: number } {
  const margin = 40;
  return {
    from: Math.max(0, start - (opts.charsBefore ?? SNIPPET_BEFORE_CHARS) - margin),
    to: Math.max(start + (opts.charsAfter ?? SNIPPET_AFTER_CHARS), end) + margin,
  };
}

/**
 * `buildSnippet` of a whole page from an excerpt of it (`excerptBounds` around the page's first match): the
 * page's text is not read in full. `base` is where the excerpt starts in the page, `pageLength` the page's
 * length (Infinity when the excerpt does not reach its end). The caller knows where the page's first match
 * starts (`firstAt`) and whether the page has the phrase; null when the excerpt disagrees (a word cut at its
 * edge, text that does not fold one to one): then build from the whole page.
 */
export function buildSnippetFromExcerpt(
  excerpt: string,
  base: number,
  pageLength: number,
  query: readonly string[],
  expected: { firstAt: number; phrase: boolean },
  opts: SnippetOptions = {},
): Snippet | null {
  const { ranges, phrase } = matchOriginal(excerpt, query);
  if (phrase !== expected.phrase || ranges[0]?.[0] !== expected.firstAt - base) return null;
  return cut(excerpt, base, pageLength, ranges, phrase, opts);
}

/** The snippet around the first of `ranges` (offsets in `original`, which starts at `base` of a page of `pageLength`). */
function cut(
  original: string,
  base: number,
  pageLength: number,
  ranges: readonly Range[],
  phrase: boolean,
  opts: SnippetOptions,
): Snippet | null {
  const first = ranges[0];
  if (!first) return null;
  const before = opts.charsBefore ?? SNIPPET_BEFORE_CHARS;
  const after = opts.charsAfter ?? SNIPPET_AFTER_CHARS;
  let from = Math.max(0, first[0] - before);
  let to = Math.min(original.length, first[0] + after);
  const cutStart = base + from > 0;
  // Cut at whitespace so no word is shown half.
  if (cutStart) {
    const ws = original.slice(from, first[0]).search(/\s/);
    if (ws >= 0) from += ws + 1;
  }
  if (base + to < pageLength) {
    const tail = original.slice(first[1], to);
    const lastWs = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastWs > 0) to = first[1] + lastWs;
  }
  to = Math.max(to, first[1]);

  // Collapse whitespace while keeping a map from original offsets to snippet offsets.
  const prefix = cutStart ? ELLIPSIS : '';
  let text = prefix;
  const pos = new Int32Array(to - from + 1);
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const ch = original[i]!;
    pos[i - from] = text.length;
    if (/\s/.test(ch)) {
      if (!inSpace && text.length > prefix.length) text += ' ';
      inSpace = true;
    } else {
      text += ch;
      inSpace = false;
    }
  }
  pos[to - from] = text.length;
  text = text.replace(/ $/, '');
  const body = text.length;
  if (base + to < pageLength) text += ELLIPSIS;

  const highlights: Range[] = [];
  for (const [s, e] of ranges) {
    if (s < from || e > to) continue;
    const hs = pos[s - from]!;
    const he = Math.min(pos[e - from]!, body);
    if (he > hs) highlights.push([hs, he]);
  }
  return { text, highlights, phrase };
}
