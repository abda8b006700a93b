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
  const first = ranges[0];
  if (!first) return null;
  const before = opts.charsBefore ?? SNIPPET_BEFORE_CHARS;
  const after = opts.charsAfter ?? SNIPPET_AFTER_CHARS;
  let from = Math.max(0, first[0] - before);
  let to = Math.min(original.length, first[0] + after);
  // Cut at whitespace so no word is shown half.
  if (from > 0) {
    const ws = original.slice(from, first[0]).search(/\s/);
    if (ws >= 0) from += ws + 1;
  }
  if (to < original.length) {
    const tail = original.slice(first[1], to);
    const lastWs = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastWs > 0) to = first[1] + lastWs;
  }
  to = Math.max(to, first[1]);

  // Collapse whitespace while keeping a map from original offsets to snippet offsets.
  const prefix = from > 0 ? ELLIPSIS : '';
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
  if (to < original.length) text += ELLIPSIS;

  const highlights: Range[] = [];
  for (const [s, e] of ranges) {
    if (s < from || e > to) continue;
    const hs = pos[s - from]!;
    const he = Math.min(pos[e - from]!, body);
    if (he > hs) highlights.push([hs, he]);
  }
  return { text, highlights, phrase };
}
