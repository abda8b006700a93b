import type { SearchHit } from '../../../shared/ipc/slices/viewer';
import type { Sha256 } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { ftsAllWords, ftsPhrase } from '../../../shared/search/fts-query';
import { buildSnippet } from '../../../shared/search/snippet';
import type { Db } from '../../common/sqlite/connection';
import { matchPages, type PageMatch } from '../db/queries/search-pages';
import type { SealedSearch } from './sealed-search';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
const FALLBACK_SNIPPET_CHARS = 160;

/**
 * Pages of `docs` containing every query word (folded), pages with the words next to each other first,
 * each with a snippet cut from the original text. Several documents may share one file (sha256): a hit
 * is reported for each of them, current versions before superseded ones.
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
  const phrase = [...matchPages(db, ftsPhrase(words), shas, limit), ...inMemory.phrase];
  const seen = new Set(phrase.map((m) => `${m.sha256}:${m.page}`));
  // Pages with the words apart only matter when the phrase did not fill the list.
  const rest =
    words.length > 1 && phrase.length < limit
      ? [...matchPages(db, ftsAllWords(words), shas, limit), ...inMemory.rest].filter((m) => !seen.has(`${m.sha256}:${m.page}`))
      : [];
  const pages: PageMatch[] = [...phrase, ...rest];

  const bySha = new Map<Sha256, DocumentMeta[]>();
  for (const d of [...docs].sort((a, b) => Number(a.superseded) - Number(b.superseded))) {
    const list = bySha.get(d.sha256) ?? [];
    list.push(d);
    bySha.set(d.sha256, list);
  }
  const hits: SearchHit[] = [];
  for (const m of pages) {
    const snippet = buildSnippet(m.body, words);
    const isPhrase = snippet?.phrase ?? false;
    for (const d of bySha.get(m.sha256) ?? []) {
      hits.push({
        documentId: d.id,
        documentTitle: d.title,
        version: d.version,
        superseded: d.superseded,
        page: m.page,
        snippet: snippet?.text ?? m.body.replace(/\s+/g, ' ').slice(0, FALLBACK_SNIPPET_CHARS),
        highlights: snippet?.highlights ?? [],
        phrase: isPhrase,
      });
      if (hits.length >= limit) return hits;
    }
  }
  // Exact phrase hits first, keeping FTS rank order within each group (sort is stable).
  return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase));
}
