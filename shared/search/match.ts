import type { Token } from './normalize';

/** A range in folded text: [start, end). */
export type Range = [number, number];

const tokenMatches = (tokenText: string, q: string, prefix: boolean) => (prefix ? tokenText.startsWith(q) : tokenText === q);

/**
 * Occurrences of the query's words as consecutive words of the text (any punctuation or spacing between
 * them). The last query word may be a prefix (`prefixLast`), so results follow what is being typed.
 */
export function findPhrase(tokens: readonly Token[], query: readonly string[], prefixLast = true): Range[] {
  const out: Range[] = [];
  const n = query.length;
  if (n === 0) return out;
  for (let i = 0; i + n <= tokens.length; i++) {
    let all = true;
    for (let j = 0; j < n; j++) {
      if (!tokenMatches(tokens[i + j]!.text, query[j]!, prefixLast && j === n - 1)) {
        all = false;
        break;
      }
    }
    if (all) {
      // A prefix match highlights only the typed part of the last word.
      const last = tokens[i + n - 1]!;
      const end = prefixLast ? last.start + query[n - 1]!.length : last.end;
      out.push([tokens[i]!.start, end]);
      i += n - 1;
    }
  }
  return out;
}

/** Every occurrence of any query word on its own (used when the words are on one page but not together). */
export function findAnyWord(tokens: readonly Token[], query: readonly string[], prefixLast = true): Range[] {
  const out: Range[] = [];
  const last = query.length - 1;
  for (const t of tokens) {
    for (let j = 0; j < query.length; j++) {
      const prefix = prefixLast && j === last;
      if (tokenMatches(t.text, query[j]!, prefix)) {
        out.push([t.start, prefix ? t.start + query[j]!.length : t.end]);
        break;
      }
    }
  }
  return out;
}

/*
 * The same matches found in folded text directly (no token list): a native substring search for a word, then
 * checks that it stands alone. A page's snippet and its ranking look at a few words of thousands, so this is
 * several times cheaper than tokenising the page.
 */

/** ASCII letters and digits; folded text is mostly ASCII, anything else asks the Unicode regex. */
const ASCII_WORD = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at `i` belongs to a word, as `tokenize` decides (false outside the text). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // A low surrogate belongs to the character starting one unit earlier.
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Whether `word` is a whole word of `text` at `pos` (with `prefix`, the start of a word). */
const wordAt = (text: string, pos: number, word: string, prefix: boolean): boolean =>
  text.startsWith(word, pos) && !isWordAt(text, pos - 1) && (prefix || !isWordAt(text, pos + word.length));

/** `findPhrase` on folded text: the query's words consecutive (any non-word characters between them). */
export function findPhraseInText(text: string, query: readonly string[], prefixLast = true): Range[] {
  const out: Range[] = [];
  const n = query.length;
  const first = query[0];
  if (!first || query.some((w) => w.length === 0)) return out;
  for (let i = text.indexOf(first); i >= 0;) {
    let pos = i;
    let j = 0;
    for (; j < n; j++) {
      const w = query[j]!;
      if (j > 0) while (pos < text.length && !isWordAt(text, pos)) pos++;
      if (!wordAt(text, pos, w, prefixLast && j === n - 1)) break;
      pos += w.length;
    }
    if (j < n) {
      i = text.indexOf(first, i + 1);
      continue;
    }
    // A prefix match highlights only the typed part of the last word; a whole word ends where it ends.
    out.push([i, pos]);
    i = text.indexOf(first, pos);
  }
  return out;
}

/** `findAnyWord` on folded text: every word that is one of the query's (the first such query word decides). */
export function findAnyWordInText(text: string, query: readonly string[], prefixLast = true): Range[] {
  const byStart = new Map<number, number>();
  const last = query.length - 1;
  query.forEach((w, j) => {
    if (w.length === 0) return;
    const prefix = prefixLast && j === last;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      if (!byStart.has(i) && wordAt(text, i, w, prefix)) byStart.set(i, i + w.length);
    }
  });
  return [...byStart].sort((a, b) => a[0] - b[0]);
}

/** Occurrences of the query's words next to each other in folded text (non-overlapping). */
export const countPhrase = (text: string, query: readonly string[], prefixLast = true): number =>
  findPhraseInText(text, query, prefixLast).length;

/** Occurrences of one word in folded text (`prefix`: words starting with it). */
export function countWord(text: string, word: string, prefix: boolean): number {
  let n = 0;
  if (word.length === 0) return n;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (wordAt(text, i, word, prefix)) n++;
  return n;
}
