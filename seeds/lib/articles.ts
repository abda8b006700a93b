import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One paragraph-level element of an article. */
export type ArticlePart = { kind: 'subheading' | 'lede' | 'paragraph'; text: string };

export type Article = {
  /** File name without extension, e.g. "02-phat-huy-truyen-thong-cach-mang". */
  id: string;
  title: string;
  /** dd/mm/yyyy, or '' when the source gives no date. */
  date: string;
  author: string;
  source: string;
  parts: ArticlePart[];
};

/** Parse the `Key: value` / `---` / paragraphs format described in seeds/articles/SOURCE.md. */
export function parseArticle(id: string, raw: string): Article {
  const text = raw.normalize('NFC').replace(/\r\n/g, '\n');
  const sep = text.indexOf('\n---\n');
  if (sep < 0) throw new Error(`article ${id}: missing '---' separator`);
  const meta = new Map<string, string>();
  for (const line of text.slice(0, sep).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/u.exec(line);
    if (m) meta.set(m[1]!.trim(), m[2]!.trim());
  }
  const title = meta.get('Tiêu đề');
  if (!title) throw new Error(`article ${id}: missing 'Tiêu đề'`);
  const parts = text
    .slice(sep + 5)
    .split(/\n\s*\n/u)
    .map((p) => p.trim().replace(/\s+/gu, ' '))
    .filter((p) => p !== '')
    .map((p): ArticlePart => {
      if (p.startsWith('## ')) return { kind: 'subheading', text: p.slice(3) };
      if (p.startsWith('> ')) return { kind: 'lede', text: p.slice(2) };
      return { kind: 'paragraph', text: p };
    });
  return { id, title, date: meta.get('Ngày') ?? '', author: meta.get('Tác giả') ?? '', source: meta.get('Nguồn') ?? '', parts };
}

/** All articles of a folder, in file-name order. */
export function loadArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle(f.replace(/\.txt$/u, ''), readFileSync(join(dir, f), 'utf8')));
}
