import { describe, expect, it } from 'vitest';
import { findAnyWord, findPhrase } from '../../shared/search/match';
import { foldText, foldWithMap, queryTokens, tokenize, toOriginalRange } from '../../shared/search/normalize';
import { buildSnippet, matchOriginal } from '../../shared/search/snippet';
import { ftsAllWords, ftsPhrase } from '../../shared/search/fts-query';

describe('foldText', () => {
  it('strips Vietnamese diacritics, folds đ to d and lower-cases', () => {
    expect(foldText('Chuyển đổi số')).toBe('chuyen doi so');
    expect(foldText('ĐẢNG BỘ TỈNH THÁI NGUYÊN')).toBe('dang bo tinh thai nguyen');
    expect(foldText('Ủy ban nhân dân; Hội đồng')).toBe('uy ban nhan dan; hoi dong');
    expect(foldText('ơ ư ă â ê ô Ơ Ư')).toBe('o u a a e o o u');
  });

  it('treats decomposed (NFD) input like precomposed input', () => {
    const nfd = 'chuyển đổi số'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('chuyển đổi số'.length);
    expect(foldText(nfd)).toBe('chuyen doi so');
  });

  it('expands ligatures and full-width forms that PDFs often contain', () => {
    expect(foldText('ﬁnal ﬂow')).toBe('final flow');
    expect(foldText('ＡＢＣ')).toBe('abc');
  });
});

describe('foldWithMap', () => {
  it('maps folded ranges back to the original text', () => {
    const original = 'Nghị quyết về Chuyển đổi số năm 2025';
    const folded = foldWithMap(original);
    expect(folded.text).toBe('nghi quyet ve chuyen doi so nam 2025');
    const start = folded.text.indexOf('chuyen doi so');
    const [s, e] = toOriginalRange(folded, start, start + 'chuyen doi so'.length, original.length);
    expect(original.slice(s, e)).toBe('Chuyển đổi số');
  });

  it('keeps trailing combining marks inside a mapped range', () => {
    const original = 'đổi số'.normalize('NFD');
    const folded = foldWithMap(original);
    expect(folded.text).toBe('doi so');
    const [s, e] = toOriginalRange(folded, 4, 6, original.length);
    expect(original.slice(s, e).normalize('NFC')).toBe('số');
  });
});

describe('query words and matching', () => {
  it('tokenises what the user typed, whatever the diacritics and case', () => {
    expect(queryTokens('  Chuyen DOI số! ')).toEqual(['chuyen', 'doi', 'so']);
    expect(queryTokens('"; DROP TABLE --')).toEqual(['drop', 'table']);
    expect(queryTokens('...')).toEqual([]);
  });

  it('finds consecutive words across punctuation, the last one as a prefix', () => {
    const t = tokenize(foldText('Về chuyển đổi, số hóa và chuyển đổi sốt'));
    expect(findPhrase(t, ['chuyen', 'doi', 'so'])).toHaveLength(2);
    expect(findPhrase(t, ['chuyen', 'doi', 'so'], false)).toHaveLength(1);
    expect(findAnyWord(t, ['hoa', 've'], false)).toHaveLength(2);
  });

  it('matches đ when d is typed and the other way round', () => {
    expect(matchOriginal('Đảng bộ tỉnh', ['dang']).ranges).toEqual([[0, 4]]);
    expect(matchOriginal('Dang do', queryTokens('đang')).ranges).toEqual([[0, 4]]);
  });
});

describe('buildSnippet', () => {
  it('cuts an excerpt around the first match and highlights every match in it', () => {
    const page = 'Mở đầu.\n\nTỉnh ủy ban hành nghị quyết về chuyển đổi số. Chuyển   đổi số là nhiệm vụ trọng tâm.';
    const s = buildSnippet(page, ['chuyen', 'doi', 'so'])!;
    expect(s.highlights).toHaveLength(2);
    for (const [a, b] of s.highlights) expect(foldText(s.text.slice(a, b))).toBe('chuyen doi so');
    expect(s.text).not.toMatch(/\s\s/);
  });

  it('adds ellipses where the excerpt is cut', () => {
    const page = `${'lorem ipsum '.repeat(30)}chuyển đổi số ${'dolor sit '.repeat(40)}`;
    const s = buildSnippet(page, ['chuyen', 'doi', 'so'])!;
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const [a, b] = s.highlights[0]!;
    expect(s.text.slice(a, b)).toBe('chuyển đổi số');
  });

  it('returns null when nothing matches', () => {
    expect(buildSnippet('không có gì', ['xyz'])).toBeNull();
  });
});

describe('FTS5 expressions', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(ftsPhrase(['chuyen', 'doi', 'so'])).toBe('"chuyen" + "doi" + "so"*');
    expect(ftsAllWords(['chuyen', 'so'])).toBe('"chuyen" AND "so"*');
  });
});

describe('tokenize fast path', () => {
  it('splits exactly like the Unicode word regex, BMP and astral text alike', () => {
    const reference = (s: string) =>
      [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    const samples = ['chuyen doi so, nam 2025!', 'nghị quyết số 12/NQ-HĐND', 'α-β γ_δ 東京 ١٢٣', 'a\u0301b c', '𝐀𝐁 x 😀y', '', '  --  '];
    for (const s of samples) expect(tokenize(s)).toEqual(reference(s));
  });
});
