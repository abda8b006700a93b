import type { Range } from '../../../shared/search/match';
import { findAnyWordInText, findPhraseInText } from '../../../shared/search/match';
import { foldText } from '../../../shared/search/normalize';
import { buildSnippet, buildSnippetFromExcerpt, excerptBounds } from '../../../shared/search/snippet';
import type { Db } from '../../common/sqlite/connection';
import { pageBodies, pageExcerpts, type WindowRow } from '../db/queries/search-pages';

const FALLBACK_SNIPPET_CHARS = 160;

/** What a hit shows of its page. */
export type PageSnippet = { text: string; highlights: Range[]; phrase: boolean };

/** The snippet of a page read in full (sealed pages, and indexed pages whose excerpt did not line up). */
export function snippetOf(body: string, words: readonly string[]): PageSnippet {
  const s = buildSnippet(body, words);
  return s ?? { text: body.replace(/\s+/g, ' ').slice(0, FALLBACK_SNIPPET_CHARS), highlights: [], phrase: false };
}

const ASTRAL_RE = /[\ud800-\udfff]/;

/**
 * Snippets of indexed pages, reading only the part of each page around its first match: the match is found in
 * the folded text the ranking already holds, where (for text folding one character to one, as precomposed
 * Vietnamese does) offsets are the original's. An excerpt is used only when its folded form is that part of the
 * folded text and it yields the page's first match; otherwise the page is read in full.
 */
export function snippetsOfRows(db: Db, rows: readonly WindowRow[], words: readonly string[]): Map<number, PageSnippet> {
  const out = new Map<number, PageSnippet>();
  const wanted = new Map<number, { row: WindowRow; firstAt: number; phrase: boolean; start: number; length: number }>();
  for (const row of rows) {
    const phrase = findPhraseInText(row.folded, words);
    const first = phrase[0] ?? findAnyWordInText(row.folded, words)[0];
    if (!first) continue;
    const b = excerptBounds(first[0], first[1]);
    // One character more than needed tells whether the excerpt reaches the end of the page.
    wanted.set(row.id, { row, firstAt: first[0], phrase: phrase.length > 0, start: b.from, length: b.to - b.from + 1 });
  }
  const excerpts = pageExcerpts(
    db,
    [...wanted.values()].map(({ row, start, length }) => ({ id: row.id, start, length })),
  );
  for (const [id, w] of wanted) {
    const excerpt = excerpts.get(id);
    if (excerpt === undefined || ASTRAL_RE.test(excerpt)) continue;
    if (foldText(excerpt) !== w.row.folded.slice(w.start, w.start + excerpt.length)) continue;
    const pageLength = excerpt.length < w.length ? w.start + excerpt.length : Number.POSITIVE_INFINITY;
    const s = buildSnippetFromExcerpt(excerpt, w.start, pageLength, words, { firstAt: w.firstAt, phrase: w.phrase });
    if (s) out.set(id, s);
  }
  const rest = rows.filter((r) => !out.has(r.id)).map((r) => r.id);
  for (const [id, body] of pageBodies(db, rest)) out.set(id, snippetOf(body, words));
  return out;
}
