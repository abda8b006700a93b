import { describe, expect, it } from 'vitest';
import { countPhrase, countWord, findAnyWord, findAnyWordInText, findPhrase, findPhraseInText } from '../../shared/search/match';
import { foldText, tokenize } from '../../shared/search/normalize';
import { bm25, idf } from '../../shared/search/rank';
import { seededRandom } from '../helpers/random';

// Words that overlap as prefixes and substrings ("so" in "soan", "so" in "hoso"), digits, non-ASCII letters that
// survive folding, astral letters and separators of every kind.
const WORDS = ['chuyen', 'doi', 'so', 'soan', 'hoso', 'doisoan', 'so2', '2025', 'ß', '𝐀b', 'ﬁ', 'x'];
const SEPARATORS = [' ', '  ', ', ', '.\n', '-', '–', '😀', '\t', '/'];

function randomText(rnd: () => number, words: number): string {
  let s = rnd() < 0.3 ? SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]! : '';
  for (let i = 0; i < words; i++) {
    s += WORDS[Math.floor(rnd() * WORDS.length)]!;
    s += SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]!;
  }
  return foldText(s);
}

describe('matching in folded text without a token list', () => {
  it('finds exactly what the token matchers find (phrases, single words, prefixes), on generated texts', () => {
    const rnd = seededRandom(7);
    const queries = [['so'], ['chuyen', 'doi', 'so'], ['doi', 'so'], ['so', 'so'], ['x', 'so2'], ['2025', 'ß'], ['𝐀b'], ['ho']];
    let phraseHits = 0;
    for (let k = 0; k < 400; k++) {
      const text = randomText(rnd, 5 + Math.floor(rnd() * 40));
      const tokens = tokenize(text);
      for (const q of queries) {
        for (const prefix of [true, false]) {
          const phrase = findPhraseInText(text, q, prefix);
          expect(phrase, `${JSON.stringify(text)} ${q.join(' ')} ${prefix}`).toEqual(findPhrase(tokens, q, prefix));
          expect(findAnyWordInText(text, q, prefix), `${JSON.stringify(text)} ${q.join(' ')}`).toEqual(findAnyWord(tokens, q, prefix));
          expect(countPhrase(text, q, prefix)).toBe(phrase.length);
          phraseHits += phrase.length;
        }
      }
    }
    expect(phraseHits).toBeGreaterThan(100);
  });

  it('counts whole words, or words starting with the last one typed', () => {
    const text = foldText('Số hóa, sổ sách; SỐ 2 và soạn thảo. Chuyển đổi số – chuyển đổi sổ');
    expect(countWord(text, 'so', false)).toBe(5);
    expect(countWord(text, 'so', true)).toBe(6);
    expect(countWord(text, 'hoa', false)).toBe(1);
    expect(countPhrase(text, ['chuyen', 'doi', 'so'])).toBe(2);
    expect(countPhrase(text, ['doi', 'so', 'chuyen'])).toBe(1);
    expect(countPhrase(text, ['chuyen', 'so'])).toBe(0);
  });
});

describe('BM25', () => {
  it('scores more occurrences higher, with diminishing returns', () => {
    const one = bm25([1], [1], 100, 100);
    const two = bm25([2], [1], 100, 100);
    const ten = bm25([10], [1], 100, 100);
    expect(two).toBeGreaterThan(one);
    expect(ten).toBeGreaterThan(two);
    expect(ten - two).toBeLessThan(8 * (two - one));
    expect(bm25([0], [1], 100, 100)).toBe(0);
  });

  it('penalises long pages and weighs rare words more, like FTS5 (idf floored for very common words)', () => {
    expect(bm25([2], [1], 50, 100)).toBeGreaterThan(bm25([2], [1], 200, 100));
    expect(idf(1000, 10)).toBeGreaterThan(idf(1000, 300));
    expect(idf(1000, 900)).toBe(1e-6);
    const rare = idf(1000, 10);
    const common = idf(1000, 300);
    expect(bm25([3, 1], [rare, common], 100, 100)).toBeGreaterThan(bm25([1, 3], [rare, common], 100, 100));
  });
});
