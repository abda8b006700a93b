/**
 * BM25 ranking computed from a page's folded text, the way FTS5's bm25() ranks (k1 = 1.2, b = 0.75), without
 * FTS5's cost: its bm25() counts, on every query, the rows of the whole index containing each phrase (a scan
 * that grows with the archive: most of a query's time at 50,000 pages). Here the counts come from the caller
 * (cached while the index does not change), and a single phrase needs none: its idf is the same for every row.
 */

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** FTS5's idf: log((N - n + 0.5) / (n + 0.5)), floored at 1e-6 so a very common word still counts a little. */
export function idf(totalRows: number, rowsWithTerm: number): number {
  const v = Math.log((totalRows - rowsWithTerm + 0.5) / (rowsWithTerm + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/**
 * BM25 score (higher is better) of one row: Σ idf·tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen)). Lengths may be
 * in characters of folded text instead of words: BM25 uses a length only relative to the average.
 */
export function bm25(tfs: readonly number[], idfs: readonly number[], length: number, avgLength: number): number {
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / (avgLength > 0 ? avgLength : 1));
  let score = 0;
  for (let i = 0; i < tfs.length; i++) {
    const tf = tfs[i]!;
    score += ((idfs[i] ?? 1) * tf * (BM25_K1 + 1)) / (tf + norm);
  }
  return score;
}
