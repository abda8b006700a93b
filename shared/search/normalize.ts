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
 * Folded forms of Latin (U+0000–U+024F), combining marks (U+0300–U+036F) and Latin Extended Additional
 * (U+1E00–U+1EFF, where precomposed Vietnamese lives), computed once: indexing a 5,000-page meeting folds
 * millions of characters. FOLD_CODE holds the one folded UTF-16 unit, -1 when the character vanishes
 * (a mark), -2 when it needs the general path (expands to several characters).
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0, 0x250],
  [0x300, 0x370],
  [0x1e00, 0x1f00],
];
const TABLE_SIZE = 0x1f00;
const FOLD_CODE: Int32Array = (() => {
  const t = new Int32Array(TABLE_SIZE).fill(-2);
  for (const [from, to] of RANGES) {
    for (let c = from; c < to; c++) {
      const f = foldSlow(String.fromCharCode(c));
      t[c] = f.length === 0 ? -1 : f.length === 1 ? f.charCodeAt(0) : -2;
    }
  }
  return t;
})();

/** UTF-16 units to a string, in chunks (argument lists have a limit). */
function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK)
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/**
 * The fold loop shared by foldText and foldWithMap: table lookups for the common characters, the general
 * path (NFKD) for the rest. `map`, when given, receives the original offset of each folded unit.
 */
function foldInto(original: string, withMap: boolean): { text: string; map: Uint32Array | null } {
  let cap = original.length + 16;
  let units = new Uint16Array(cap);
  let map = withMap ? new Uint32Array(cap + 1) : null;
  let len = 0;
  const grow = (need: number) => {
    if (len + need + 1 <= cap) return;
    cap = cap * 2 + need;
    const u = new Uint16Array(cap);
    u.set(units);
    units = u;
    if (map) {
      const m = new Uint32Array(cap + 1);
      m.set(map);
      map = m;
    }
  };
  for (let i = 0; i < original.length;) {
    const c = original.charCodeAt(i);
    if (c < TABLE_SIZE) {
      const f = FOLD_CODE[c]!;
      if (f >= 0) {
        if (len + 2 > cap) grow(1);
        units[len] = f;
        if (map) map[len] = i;
        len++;
        i++;
        continue;
      }
      if (f === -1) {
        i++;
        continue;
      }
    }
    const cp = String.fromCodePoint(original.codePointAt(i)!);
    const folded = foldSlow(cp);
    grow(folded.length);
    for (let k = 0; k < folded.length; k++) {
      units[len] = folded.charCodeAt(k);
      if (map) map[len] = i;
      len++;
    }
    i += cp.length;
  }
  if (map) map[len] = original.length;
  return { text: unitsToString(units, len), map: map ? map.subarray(0, len + 1) : null };
}

/** The folded form of `text`, for indexing and for comparing. */
export function foldText(text: string): string {
  return foldInto(text, false).text;
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
  const r = foldInto(original, true);
  return { text: r.text, map: r.map! };
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
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

export type Token = { text: string; start: number; end: number };

/** ASCII letters and digits answer from a table; anything else asks the Unicode regex (folded text is mostly ASCII). */
const ASCII_WORD = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: handled by the regex path in tokenize
  return WORD_CHAR_RE.test(text[i]!);
}

/** Word tokens of a folded text (letters and digits), with their folded offsets. */
export function tokenize(folded: string): Token[] {
  // Astral characters (surrogate pairs) are rare in documents: the regex handles them exactly.
  if (/[\ud800-\udfff]/.test(folded)) {
    const out: Token[] = [];
    for (const m of folded.matchAll(TOKEN_RE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  const out: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordUnit(folded, i)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordUnit(folded, i)) i++;
    out.push({ text: folded.slice(start, i), start, end: i });
  }
  return out;
}

/** The folded word tokens a user typed; empty when there is nothing to look for. */
export function queryTokens(query: string, maxTokens = 16): string[] {
  return tokenize(foldText(query.normalize('NFC')))
    .map((t) => t.text)
    .slice(0, maxTokens);
}
