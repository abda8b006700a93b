/**
 * Baseline for the viewer benchmark: pdf.js's own viewer components (PDFViewer + EventBus + link service,
 * from pdfjs-dist/web/pdf_viewer.mjs), opening the same bytes in the same browser.
 *
 *   window.stock.open(name) → ms until page 1 is rendered ('pagerendered')
 */
/// <reference types="vite/client" />
import * as pdfjsLib from 'pdfjs-dist';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { pdfAssetUrls } from '../../renderer/features/viewer/pdf/assets';

GlobalWorkerOptions.workerSrc = workerUrl;
// pdf_viewer.mjs reads the library from this global when it is evaluated.
(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
const { EventBus, PDFLinkService, PDFViewer } = await import('pdfjs-dist/web/pdf_viewer.mjs');

const container = document.getElementById('viewerContainer') as HTMLDivElement;
Object.assign(container.style, { position: 'absolute', inset: '0', overflow: 'auto', background: '#cfd4db' });
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({ container, eventBus, linkService });
linkService.setViewer(viewer);
eventBus.on('pagesinit', () => (viewer.currentScaleValue = 'page-width'));

const files = new Map<string, Uint8Array>();
let current: PDFDocumentProxy | null = null;

declare global {
  interface Window {
    stock: { preload(name: string): Promise<number>; open(name: string): Promise<number>; close(): Promise<void> };
  }
}

window.stock = {
  async preload(name) {
    const r = await fetch(`/files/${encodeURIComponent(name)}`);
    const b = new Uint8Array(await r.arrayBuffer());
    files.set(name, b);
    return b.byteLength;
  },
  async open(name) {
    const bytes = files.get(name)!;
    const t0 = performance.now();
    const rendered = new Promise<void>((resolve) => {
      const on = (e: { pageNumber: number }) => {
        if (e.pageNumber !== 1) return;
        eventBus.off('pagerendered', on);
        resolve();
      };
      eventBus.on('pagerendered', on);
    });
    current = await getDocument({ data: bytes.slice(), ...pdfAssetUrls(), isEvalSupported: false }).promise;
    viewer.setDocument(current);
    linkService.setDocument(current, null);
    await rendered;
    // Same as the harness: wait for the frame that shows it.
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    return performance.now() - t0;
  },
  async close() {
    viewer.setDocument(null as unknown as PDFDocumentProxy);
    await current?.destroy();
    current = null;
  },
};
