/**
 * Search folding for Vietnamese: compatibility-decompose (NFKD), drop combining marks, fold đ/Đ to d and
 * lower-case. FTS5's `remove_diacritics` does not fold đ (it is a letter, not a letter plus a mark), so the
 * index stores text folded here, and snippets map folded offsets back to the original text.
 */

const COMBINING_MARK_RE = /\p{M}/gu;

function foldSlow(cp: string): string {
  const decomposed = cp.normalize('NFKD').replace(COMBINING_MARK_RE, '');
  return decomposed.replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Folded forms of Latin (U+0000–U+024F) and Latin Extended Additional (U+1E00–U+1EFF, where precomposed
 * Vietnamese lives), computed once: indexing a 5,000-page meeting folds tens of millions of characters.
 */
const LATIN_END = 0x250;
const VIET_START = 0x1e00;
const VIET_END = 0x1f00;
const FOLD_TABLE: readonly string[] = (() => {
  const t: string[] = [];
  for (let c = 0; c < LATIN_END; c++) t.push(foldSlow(String.fromCharCode(c)));
  for (let c = VIET_START; c < VIET_END; c++) t.push(foldSlow(String.fromCharCode(c)));
  return t;
})();

/** Folds one code point; may return 0..n characters (ligatures expand, marks vanish). */
function foldCodePoint(cp: string): string {
  const c = cp.charCodeAt(0);
  if (cp.length === 1) {
    if (c < LATIN_END) return FOLD_TABLE[c]!;
    if (c >= VIET_START && c < VIET_END) return FOLD_TABLE[LATIN_END + c - VIET_START]!;
  }
  return foldSlow(cp);
}

/** The folded form of `text`, for indexing and for comparing. */
export function foldText(text: string): string {
  let out = '';
  for (const cp of text) out += foldCodePoint(cp);
  return out;
}

export type FoldedText = {
  /** The folded text. */
  text: string;
  /**
   * `map[i]` is the UTF-16 offset in the original of the character that produced folded character `i`;
   * `map[text.length]` is the original's length, so a folded range [s, e) maps to [map[s], mapEnd(e)).
   */
  map: Uint32Array;
};

/** Folds `original` and remembers where every folded character came from. */
export function foldWithMap(original: string): FoldedText {
  const map = new Uint32Array(original.length * 2 + 1);
  let text = '';
  let offset = 0;
  for (const cp of original) {
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) map[text.length + k] = offset;
    text += folded;
    offset += cp.length;
  }
  map[text.length] = original.length;
  return { text, map: map.slice(0, text.length + 1) };
}

/** Maps a folded range back to the original text's range. */
export function toOriginalRange(folded: FoldedText, start: number, end: number, originalLength: number): [number, number] {
  const s = folded.map[start] ?? originalLength;
  if (end <= start) return [s, s];
  // The end is just past the original character that produced the last folded character.
  const lastSource = folded.map[end - 1] ?? originalLength;
  let e = folded.map[end] ?? originalLength;
  if (e <= lastSource) e = lastSource + 1;
  return [s, Math.min(e, originalLength)];
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

export type Token = { text: string; start: number; end: number };

/** Word tokens of a folded text (letters and digits), with their folded offsets. */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The folded word tokens a user typed; empty when there is nothing to look for. */
export function queryTokens(query: string, maxTokens = 16): string[] {
  return tokenize(foldText(query.normalize('NFC')))
    .map((t) => t.text)
    .slice(0, maxTokens);
}
