import type { MeetingId, Sha256 } from '../../../shared/model/ids';
import { foldText, tokenize } from '../../../shared/search/normalize';
import type { Db } from '../../common/sqlite/connection';
import type { KeyRing } from '../confidential/key-ring';
import { seal, unseal } from '../confidential/seal';
import type { SealedPage } from '../db/queries/search-sealed-pages';
import { listSealedPages, sealedShas } from '../db/queries/search-sealed-pages';
import type { PageMatch } from '../db/queries/search-pages';

/**
 * Search over confidential documents without their text ever being stored in plain form: each page's text is
 * sealed with the meeting's key (search_sealed_pages), and a query decrypts the pages of the sealed files in
 * scope into memory (kept for the session while the key is there; a meeting has few confidential documents)
 * and matches them like the FTS query does: words folded, the last one as a prefix, pages with the words next
 * to each other first. Without the key, sealed files simply yield no hits.
 */
export type SealedSearch = {
  /** Seals pages of a file of `meetingId` (null: no key in memory). */
  sealPages(meetingId: MeetingId, sha: Sha256, pages: readonly { page: number; body: string }[]): SealedPage[] | null;
  match(shas: readonly Sha256[], words: readonly string[], limit: number): { phrase: PageMatch[]; rest: PageMatch[] };
  /** Drops decrypted text from memory (one file, or all). */
  forget(sha?: Sha256): void;
};

type OpenPage = { page: number; body: string; tokens: string[] };

const context = (sha: Sha256, page: number) => `${sha}#${page}`;

function hasPhrase(tokens: readonly string[], words: readonly string[]): boolean {
  const n = words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let k = 0;
    while (k < n - 1 && tokens[i + k] === words[k]) k++;
    if (k === n - 1 && tokens[i + k]!.startsWith(words[n - 1]!)) return true;
  }
  return false;
}

function hasAllWords(tokens: readonly string[], words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  const set = new Set(tokens);
  return words.slice(0, -1).every((w) => set.has(w)) && tokens.some((t) => t.startsWith(last));
}

export function createSealedSearch(deps: { db: Db; keys: KeyRing }): SealedSearch {
  const { db, keys } = deps;
  const open = new Map<Sha256, OpenPage[]>();
  // A key gone (recall, sign-out) or replaced: nothing decrypted with it stays in memory.
  keys.onChange(() => open.clear());

  const load = (sha: Sha256): OpenPage[] | null => {
    const cached = open.get(sha);
    if (cached) return cached;
    const stored = listSealedPages(db, sha);
    const key = stored ? keys.get(stored.meetingId) : null;
    if (!stored || !key) return null;
    const pages: OpenPage[] = [];
    for (const p of stored.pages) {
      const plain = unseal(key, stored.meetingId, context(sha, p.page), p.sealed);
      if (!plain) continue; // tampered or sealed with another key: not searchable, never fatal
      const body = plain.toString('utf8');
      pages.push({ page: p.page, body, tokens: tokenize(foldText(body)).map((t) => t.text) });
    }
    open.set(sha, pages);
    return pages;
  };

  return {
    sealPages(meetingId, sha, pages) {
      const key = keys.get(meetingId);
      if (!key) return null;
      open.delete(sha);
      return pages.map((p) => ({ page: p.page, sealed: seal(key, meetingId, context(sha, p.page), Buffer.from(p.body, 'utf8')) }));
    },
    match(shas, words, limit) {
      const phrase: PageMatch[] = [];
      const rest: PageMatch[] = [];
      if (words.length === 0) return { phrase, rest };
      for (const sha of sealedShas(db, shas)) {
        for (const p of load(sha) ?? []) {
          if (phrase.length >= limit) break;
          const m: PageMatch = { sha256: sha, page: p.page, body: p.body, rank: 0 };
          if (hasPhrase(p.tokens, words)) phrase.push(m);
          else if (words.length > 1 && rest.length < limit && hasAllWords(p.tokens, words)) rest.push(m);
        }
      }
      return { phrase, rest };
    },
    forget(sha) {
      if (sha) open.delete(sha);
      else open.clear();
    },
  };
}
