import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../seeds/lib/articles';
import { vnDateWords } from '../../electron/common/pdf-layout/vn-date';
import { wrapRuns, type Measure } from '../../electron/common/pdf-layout/wrap';

/** Monospace measure: every code point is 1 unit, bold 2 — enough to check the algorithm exactly. */
const mono: Measure = (text, style) => Array.from(text).length * (style.bold ? 2 : 1);
const lineText = (segs: { text: string }[]): string => segs.map((s) => s.text).join('');

describe('wrapRuns', () => {
  it('breaks at spaces, never exceeds the width and keeps every word in order', () => {
    const text = 'Tập trung các nguồn lực để đẩy mạnh chuyển đổi số trên mọi lĩnh vực';
    const lines = wrapRuns([{ text }], 20, mono);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(20);
    expect(lines.map((l) => lineText(l.segments).trim()).join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('applies the first-line indent to the first line only', () => {
    const lines = wrapRuns([{ text: 'aaaa bbbb cccc dddd' }], 10, mono, 4);
    expect(lines[0]!.segments[0]!.x).toBe(4);
    expect(lineText(lines[0]!.segments)).toBe('aaaa');
    expect(lines[1]!.segments[0]!.x).toBe(0);
    expect(lineText(lines[1]!.segments)).toBe('bbbb cccc');
  });

  it('keeps the space between styles on the preceding segment so extraction reads "Điều 1. Phê"', () => {
    const [line] = wrapRuns([{ text: 'Điều 1.', bold: true }, { text: ' Phê duyệt' }], 100, mono);
    expect(line!.segments.map((s) => [s.text, s.style.bold])).toEqual([
      ['Điều 1. ', true],
      ['Phê duyệt', false],
    ]);
    expect(line!.segments[1]!.x).toBe(line!.segments[0]!.width);
  });

  it('does not break between runs glued without a space, and splits a word longer than a line', () => {
    const glued = wrapRuns([{ text: 'aa ' }, { text: 'xxxx' }, { text: 'yy', bold: true }], 8, mono);
    expect(glued.map((l) => lineText(l.segments).trim())).toEqual(['aa', 'xxxxyy']);
    const long = wrapRuns([{ text: 'https://dichvucong.thainguyen.gov.vn' }], 10, mono);
    expect(long.length).toBe(4);
    for (const l of long) expect(l.width).toBeLessThanOrEqual(10);
  });

  it('normalises decomposed input to NFC', () => {
    const [line] = wrapRuns([{ text: 'Nguye\u0302\u0303n' }], 100, mono);
    expect(line!.segments[0]!.text).toBe('Nguyễn');
  });
});

describe('vnDateWords', () => {
  it('pads days below 10 and the months 1 and 2 (Nghị định 30/2020)', () => {
    expect(vnDateWords({ year: 2022, month: 9, day: 5 })).toBe('ngày 05 tháng 9 năm 2022');
    expect(vnDateWords({ year: 2021, month: 2, day: 10 })).toBe('ngày 10 tháng 02 năm 2021');
    expect(vnDateWords({ year: 2020, month: 12, day: 31 })).toBe('ngày 31 tháng 12 năm 2020');
  });
});

describe('parseArticle', () => {
  it('reads metadata, sub-headings, ledes and paragraphs', () => {
    const a = parseArticle('x', 'Tiêu đề: Bài thử\nNgày: 24/12/2021\n---\n> Dẫn\n\n## Mục\n\nĐoạn một\ncòn tiếp.\n\nĐoạn hai.\n');
    expect(a.title).toBe('Bài thử');
    expect(a.date).toBe('24/12/2021');
    expect(a.parts).toEqual([
      { kind: 'lede', text: 'Dẫn' },
      { kind: 'subheading', text: 'Mục' },
      { kind: 'paragraph', text: 'Đoạn một còn tiếp.' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
  });

  it('rejects a file without the separator or a title', () => {
    expect(() => parseArticle('x', 'Tiêu đề: a\nno separator')).toThrow(/separator/u);
    expect(() => parseArticle('x', 'Ngày: 1\n---\ntext')).toThrow(/Tiêu đề/u);
  });
});
