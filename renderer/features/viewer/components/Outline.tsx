import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n';

export type OutlineNode = { title: string; dest: string | unknown[] | null; items: OutlineNode[] };

/** Loads the PDF outline (bookmarks) once `enabled` (after first paint); null while loading, [] when none. */
export function useOutline(pdf: PDFDocumentProxy, enabled: boolean): OutlineNode[] | null {
  const [outline, setOutline] = useState<OutlineNode[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    pdf.getOutline().then(
      (o) => live && setOutline((o as OutlineNode[] | null) ?? []),
      () => live && setOutline([]),
    );
    return () => {
      live = false;
    };
  }, [pdf, enabled]);
  return outline;
}

/** The 1-based page an outline destination points to, or null. */
async function destPage(pdf: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    const target = Array.isArray(explicit) ? explicit[0] : null;
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await pdf.getPageIndex(target as { num: number; gen: number })) + 1;
  } catch {
    // A broken destination just does nothing.
  }
  return null;
}

export function Outline({ pdf, outline, onGo }: { pdf: PDFDocumentProxy; outline: OutlineNode[]; onGo(page: number): void }) {
  const { t } = useI18n();
  if (outline.length === 0) return <p className="pv-muted">{t('viewer.outline.empty')}</p>;
  const render = (nodes: OutlineNode[]) => (
    <ul className="pv-outline">
      {nodes.map((n, i) => (
        <li key={i}>
          <button type="button" className="pv-outline__item" onClick={() => void destPage(pdf, n.dest).then((p) => p && onGo(p))}>
            {n.title}
          </button>
          {n.items?.length ? render(n.items) : null}
        </li>
      ))}
    </ul>
  );
  return <nav aria-label={t('viewer.tab.outline')}>{render(outline)}</nav>;
}
