import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sha256 } from '../../shared/model/ids';
import { findAnyWordInText, findPhraseInText } from '../../shared/search/match';
import { foldText } from '../../shared/search/normalize';
import { buildSnippet, buildSnippetFromExcerpt, excerptBounds } from '../../shared/search/snippet';
import { ftsAllWords } from '../../shared/search/fts-query';
import { closeDb, openDb, type Db } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { upsertBlob } from '../../electron/laptop/db/queries/blobs';
import { resetSearchBlob } from '../../electron/laptop/db/queries/search-blobs';
import { insertPages, matchWindow } from '../../electron/laptop/db/queries/search-pages';
import { snippetOf, snippetsOfRows } from '../../electron/laptop/search/page-snippets';
import { seededRandom } from '../helpers/random';

const WORDS = ['Chuyển', 'đổi', 'số', 'sổ', 'hóa', 'Nghị', 'quyết', 'tỉnh', 'Thái', 'Nguyên', 'năm', '2025', 'và', 'của', 'xã', 'hội'];
const SEPARATORS = [' ', ' ', ' ', '\n', ', ', '. ', '   ', ' – ', '; '];

function page(rnd: () => number, words: number): string {
  let s = '';
  for (let i = 0; i < words; i++) s += WORDS[Math.floor(rnd() * WORDS.length)]! + SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]!;
  return s;
}

const QUERIES = [['chuyen', 'doi', 'so'], ['so'], ['nghi', 'quyet'], ['thai', 'nguyen', 'na'], ['2025', 'xa'], ['hoi', 'tinh']];

describe('snippets from an excerpt of the page', () => {
  it('are the whole page’s snippets, for matches near the start, the middle and the end', () => {
    const rnd = seededRandom(11);
    let fromExcerpt = 0;
    for (let k = 0; k < 300; k++) {
      const original = page(rnd, 3 + Math.floor(rnd() * 300));
      const folded = foldText(original);
      for (const q of QUERIES) {
        const whole = buildSnippet(original, q);
        const phrase = findPhraseInText(folded, q);
        const first = phrase[0] ?? findAnyWordInText(folded, q)[0];
        expect(first === undefined, original).toBe(whole === null);
        if (!first) continue;
        const b = excerptBounds(first[0], first[1]);
        const excerpt = original.slice(b.from, b.to + 1);
        const pageLength = b.to + 1 >= original.length ? original.length : Number.POSITIVE_INFINITY;
        const s = buildSnippetFromExcerpt(excerpt, b.from, pageLength, q, { firstAt: first[0], phrase: phrase.length > 0 });
        if (s) {
          fromExcerpt++;
          expect(s, `${JSON.stringify(original)} ${q.join(' ')}`).toEqual(whole);
        }
      }
    }
    expect(fromExcerpt).toBeGreaterThan(1000);
  });

  it('refuses an excerpt that does not hold the page’s first match (a word cut at its edge)', () => {
    // The excerpt starts inside "hoso": its "so" would look like a match, before the page's real first one.
    const original = `${'x '.repeat(200)}hoso chuyển đổi số`;
    const firstAt = original.indexOf('số');
    expect(buildSnippet(original, ['so'])!.text).toMatch(/số$/);
    const base = original.indexOf('hoso') + 2;
    const excerpt = original.slice(base);
    expect(buildSnippetFromExcerpt(excerpt, base, original.length, ['so'], { firstAt, phrase: true })).toBeNull();
    expect(buildSnippetFromExcerpt(excerpt, base, original.length, ['so'], { firstAt: base, phrase: true })).not.toBeNull();
  });
});

describe('snippets of indexed pages (excerpt read from the database, or the whole page)', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb({ file: ':memory:', migrations: LOCAL_MIGRATIONS });
  });
  afterEach(() => closeDb(db));

  it('match snippets built from whole pages, also for decomposed text and astral characters', () => {
    const sha = 'f'.repeat(64) as Sha256;
    const rnd = seededRandom(5);
    const bodies = Array.from({ length: 60 }, () => page(rnd, 20 + Math.floor(rnd() * 400)));
    bodies.push(`Mở đầu 𝐀𝐁 ${bodies[0]!}`, bodies[1]!.normalize('NFD'), `ﬁ ﬂ ${bodies[2]!}`, 'Chuyển đổi số');
    upsertBlob(db, { sha256: sha, sizeBytes: 1, pages: bodies.length, pdfTitle: null });
    resetSearchBlob(db, sha, bodies.length, 1, 'now');
    insertPages(
      db,
      sha,
      bodies.map((body, i) => ({ page: i + 1, body, folded: foldText(body) })),
      'now',
    );
    for (const q of QUERIES) {
      const rows = matchWindow(db, ftsAllWords(q), [sha]);
      expect(rows.length).toBeGreaterThan(0);
      const snippets = snippetsOfRows(db, rows, q);
      for (const r of rows) expect(snippets.get(r.id), `page ${r.page} ${q.join(' ')}`).toEqual(snippetOf(bodies[r.page - 1]!, q));
    }
  });
});
