import { TextLayer, type PageViewport, type PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { pageTextOf } from '../find/page-text';
import { useViewerContext } from './viewer-context';

/**
 * Selectable, copyable text over the canvas, built only for pages on screen (a page can have 30k+ spans).
 * Its spans are handed to find-in-document so matches can be marked on them.
 */
export function TextLayerView({ page, viewport }: { page: PDFPageProxy; viewport: PageViewport }) {
  const { find } = useViewerContext();
  const host = useRef<HTMLDivElement>(null);
  const layer = useRef<TextLayer | null>(null);
  const viewportRef = useRef(viewport);
  viewportRef.current = viewport;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let live = true;
    let unregister: () => void = () => {};
    void page.getTextContent().then(async (content) => {
      if (!live) return;
      const tl = new TextLayer({ textContentSource: content, container: el, viewport: viewportRef.current });
      layer.current = tl;
      try {
        await tl.render();
      } catch {
        return;
      }
      if (!live) return;
      // pdf.js's own trick: a block after the text keeps drag-selection from jumping to the page start.
      const end = document.createElement('div');
      end.className = 'endOfContent';
      el.append(end);
      unregister = find.registerLayer(page.pageNumber, tl.textDivs, pageTextOf(content));
    });
    return () => {
      live = false;
      unregister();
      layer.current?.cancel();
      layer.current = null;
      el.replaceChildren();
    };
  }, [page, find]);

  useEffect(() => {
    layer.current?.update({ viewport });
  }, [viewport]);

  return <div ref={host} className="textLayer" />;
}
