/**
 * FTS5 MATCH expressions from folded query words. Words contain only letters and digits (see
 * normalize.ts `queryTokens`), so quoting them is enough to neutralise FTS5 syntax.
 */

const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;

/** The words next to each other, the last one as a prefix: `"chuyen" + "doi" + "so"*`. */
export function ftsPhrase(words: readonly string[]): string {
  if (words.length === 0) throw new Error('empty query');
  return words.map((w, i) => (i === words.length - 1 ? `${quote(w)}*` : quote(w))).join(' + ');
}

/** All the words anywhere on the page, the last one as a prefix: `"chuyen" AND "doi" AND "so"*`. */
export function ftsAllWords(words: readonly string[]): string {
  if (words.length === 0) throw new Error('empty query');
  return words.map((w, i) => (i === words.length - 1 ? `${quote(w)}*` : quote(w))).join(' AND ');
}

/** One word on its own (the expression whose page count gives the word's idf); `prefix` for the last word typed. */
export function ftsWord(word: string, prefix: boolean): string {
  return prefix ? `${quote(word)}*` : quote(word);
}
