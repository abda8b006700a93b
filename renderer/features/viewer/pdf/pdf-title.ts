import type { Api } from '../../../../shared/ipc/contract';
import { openPdf } from './load';
import { viewerRuntime } from './runtime';

/** Text items read from page 1 when looking for its heading. */
const HEADING_SCAN_ITEMS = 60;
/** Items this close to the largest font size belong to the heading. */
const HEADING_SIZE_RATIO = 0.9;
const MAX_TITLE_CHARS = 300;

type TextItemLike = { str: string; transform: number[] };
const isTextItem = (i: object): i is TextItemLike =>
  !!i && typeof (i as TextItemLike).str === 'string' && Array.isArray((i as TextItemLike).transform);

/**
 * The title a PDF gives itself, to prefill the import form: its Title metadata, else the first heading of
 * page 1 (the run of largest text near the top). Null when neither is readable (encrypted, broken, scanned).
 */
export async function readPdfTitle(api: Api, bytes: Uint8Array): Promise<{ title: string; from: 'metadata' | 'heading' } | null> {
  const opened = openPdf(viewerRuntime(api), bytes, null, { onPassword: (req) => req.cancel() });
  const r = await opened.result;
  if (!r.ok) return null;
  const pdf = r.pdf;
  try {
    const meta = await pdf.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as { Title?: unknown };
    const fromInfo = typeof info.Title === 'string' ? clean(info.Title) : '';
    if (fromInfo) return { title: fromInfo, from: 'metadata' };
    const page = await pdf.getPage(1);
    const content = await page.getTextContent();
    const items: TextItemLike[] = (content.items as object[])
      .filter(isTextItem)
      .filter((i) => i.str.trim() !== '')
      .slice(0, HEADING_SCAN_ITEMS);
    const size = (i: TextItemLike) => Math.abs(i.transform[3] ?? 0);
    const largest = Math.max(0, ...items.map(size));
    if (largest === 0) return null;
    const start = items.findIndex((i) => size(i) >= largest * HEADING_SIZE_RATIO);
    const run: string[] = [];
    for (const i of items.slice(start)) {
      if (size(i) < largest * HEADING_SIZE_RATIO) break;
      run.push(i.str);
    }
    const heading = clean(run.join(' '));
    return heading ? { title: heading, from: 'heading' } : null;
  } catch {
    return null;
  } finally {
    void pdf.destroy();
  }
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC').slice(0, MAX_TITLE_CHARS);
