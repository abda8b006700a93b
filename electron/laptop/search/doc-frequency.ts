import type { Db } from '../../common/sqlite/connection';
import { countMatchingPages, countPages, indexStamp } from '../db/queries/search-pages';

/** Expressions remembered per index version; a delegate's typing repeats the same few words. */
const MAX_CACHED_EXPRESSIONS = 2_000;

/**
 * Document frequencies for BM25's idf: how many pages of the whole index match an FTS5 expression, and how
 * many pages there are. Counting scans an expression's whole doclist (milliseconds at 50,000 pages), so counts
 * are kept until the index changes (its stamp, search-pages.ts `indexStamp`).
 */
export type DocFrequency = {
  totalPages(): number;
  pagesMatching(fts: string): number;
};

const perDb = new WeakMap<Db, DocFrequency>();

/** The connection's document frequencies (held weakly, like prepared statements: a closed database drops them). */
export function docFrequencyOf(db: Db): DocFrequency {
  let df = perDb.get(db);
  if (!df) perDb.set(db, (df = createDocFrequency(db)));
  return df;
}

function createDocFrequency(db: Db): DocFrequency {
  let stamp = -1;
  let total = 0;
  const counts = new Map<string, number>();
  const fresh = () => {
    const now = indexStamp(db).maxId;
    if (now === stamp) return;
    stamp = now;
    total = countPages(db);
    counts.clear();
  };
  return {
    totalPages() {
      fresh();
      return total;
    },
    pagesMatching(fts) {
      fresh();
      let n = counts.get(fts);
      if (n === undefined) {
        if (counts.size >= MAX_CACHED_EXPRESSIONS) counts.clear();
        counts.set(fts, (n = countMatchingPages(db, fts)));
      }
      return n;
    },
  };
}
