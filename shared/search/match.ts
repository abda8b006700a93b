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
