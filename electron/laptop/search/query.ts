import type { SearchHit } from '../../../shared/ipc/slices/viewer';
import type { Sha256 } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { ftsAllWords, ftsPhrase, ftsWord } from '../../../shared/search/fts-query';
import { countPhrase, countWord } from '../../../shared/search/match';
import { bm25, idf } from '../../../shared/search/rank';
import type { Db } from '../../common/sqlite/connection';
import { matchWindow, type PageMatch, type WindowRow } from '../db/queries/search-pages';
import { docFrequencyOf } from './doc-frequency';
import { snippetOf, snippetsOfRows, type PageSnippet } from './page-snippets';
import type { SealedSearch } from './sealed-search';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

type Ranked = { row: WindowRow; score: number };
type Found = { sha256: Sha256; page: number; snippet: PageSnippet };

/**
 * BM25 over the ranking window (search-pages.ts RANK_WINDOW), best first, ties in index order. The phrase
 * query is one FTS5 phrase: its idf is the same for every page, so only phrase counts and lengths decide.
 * The all-words query weighs each word by its idf over the whole index (doc-frequency.ts). Lengths are in
 * folded characters and the average is the window's (FTS5: words, whole index; only the ratio matters).
 */
function rank(db: Db, rows: readonly WindowRow[], words: readonly string[], phrase: boolean): Ranked[] {
  if (rows.length === 0) return [];
  const last = words.length - 1;
  // Occurrences per row: of the phrase, or of each word (the last one as a prefix, like the FTS query).
  const tfs = rows.map((r) => (phrase ? [countPhrase(r.folded, words, true)] : words.map((w, j) => countWord(r.folded, w, j === last))));
  const avgLength = rows.reduce((sum, r) => sum + r.folded.length, 0) / rows.length;
  let idfs: number[] = [1];
  if (!phrase) {
    const df = docFrequencyOf(db);
    const total = df.totalPages();
    idfs = words.map((w, j) => idf(total, df.pagesMatching(ftsWord(w, j === last))));
  }
  return rows
    .map((row, i) => ({ row, score: bm25(tfs[i]!, idfs, row.folded.length, avgLength) }))
    .sort((a, b) => b.score - a.score || a.row.id - b.row.id);
}

/**
 * Pages of `docs` containing every query word (folded), pages with the words next to each other first,
 * each with a snippet cut from the original text. Several documents may share one file (sha256): a hit
 * is reported for each of them, current versions before superseded ones. Only the pages returned get a
 * snippet, read from the part of the page around the match (page-snippets.ts).
 */
export function searchDocuments(
  db: Db,
  docs: readonly DocumentMeta[],
  words: readonly string[],
  limit = DEFAULT_LIMIT,
  sealed?: SealedSearch,
): SearchHit[] {
  if (words.length === 0 || docs.length === 0) return [];
  const shas = [...new Set(docs.map((d) => d.sha256))];
  // Confidential files are not in the FTS index: their sealed text is matched in memory (sealed-search.ts).
  const inMemory = sealed?.match(shas, words, limit) ?? { phrase: [], rest: [] };
  const phraseTop = rank(db, matchWindow(db, ftsPhrase(words), shas), words, true).slice(0, limit);
  const seen = new Set(phraseTop.map((r) => r.row.id));
  // Pages with the words apart only matter when the phrase did not fill the list.
  const restTop =
    words.length > 1 && phraseTop.length + inMemory.phrase.length < limit
      ? rank(
          db,
          matchWindow(db, ftsAllWords(words), shas).filter((r) => !seen.has(r.id)),
          words,
          false,
        ).slice(0, limit)
      : [];
  type Candidate = { indexed: WindowRow } | { sealed: PageMatch };
  // Sealed pages in `rest` are never phrase pages (sealed-search.ts), so nothing is listed twice.
  const ordered: Candidate[] = [
    ...phraseTop.map((r) => ({ indexed: r.row })),
    ...inMemory.phrase.map((m) => ({ sealed: m })),
    ...(phraseTop.length + inMemory.phrase.length < limit
      ? [...restTop.map((r) => ({ indexed: r.row })), ...inMemory.rest.map((m) => ({ sealed: m }))]
      : []),
  ];

  const bySha = new Map<Sha256, DocumentMeta[]>();
  for (const d of [...docs].sort((a, b) => Number(a.superseded) - Number(b.superseded))) {
    const list = bySha.get(d.sha256) ?? [];
    list.push(d);
    bySha.set(d.sha256, list);
  }
  // Only the pages that make the first `limit` hits get a snippet.
  const candidates: Candidate[] = [];
  for (let n = 0, i = 0; n < limit && i < ordered.length; i++) {
    const c = ordered[i]!;
    candidates.push(c);
    n += bySha.get('indexed' in c ? c.indexed.sha256 : c.sealed.sha256)?.length ?? 0;
  }
  const snippets = snippetsOfRows(
    db,
    candidates.flatMap((c) => ('indexed' in c ? [c.indexed] : [])),
    words,
  );
  const noSnippet: PageSnippet = { text: '', highlights: [], phrase: false };
  const pages: Found[] = candidates.map((c) =>
    'indexed' in c
      ? { sha256: c.indexed.sha256, page: c.indexed.page, snippet: snippets.get(c.indexed.id) ?? noSnippet }
      : { sha256: c.sealed.sha256, page: c.sealed.page, snippet: snippetOf(c.sealed.body, words) },
  );

  const hits: SearchHit[] = [];
  for (const m of pages) {
    for (const d of bySha.get(m.sha256) ?? []) {
      hits.push({
        documentId: d.id,
        documentTitle: d.title,
        version: d.version,
        superseded: d.superseded,
        page: m.page,
        snippet: m.snippet.text,
        highlights: m.snippet.highlights,
        phrase: m.snippet.phrase,
      });
      if (hits.length >= limit) return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase));
    }
  }
  // Exact phrase hits first, keeping rank order within each group (sort is stable).
  return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase));
}
