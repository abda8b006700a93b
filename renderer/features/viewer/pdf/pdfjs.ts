/// <reference types="vite/client" />
import { GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The `?url` import survives production builds; `new URL(..., import.meta.url)` has not (DESIGN-NOTES).
GlobalWorkerOptions.workerSrc = workerUrl;

export class FakeWorkerError extends Error {
  constructor() {
    super('pdf.js fell back to a main-thread "fake worker" (check the CSP: worker-src \'self\' blob:)');
    this.name = 'FakeWorkerError';
  }
}

/**
 * Starts pdf.js's worker and proves it is a real Web Worker. When a Worker can't be created (a CSP without
 * worker-src, a missing file), pdf.js silently parses on the main thread instead: every big document would
 * then freeze the window, so that fallback is an error here, never a slow success.
 */
export async function startPdfWorker(name: string): Promise<PDFWorker> {
  // pdf.js types `name` as null; any string works (it only labels the worker).
  const worker = new PDFWorker({ name: name as unknown as null });
  try {
    await worker.promise;
  } catch (e) {
    worker.destroy();
    throw e;
  }
  if (!(worker.port instanceof Worker)) {
    worker.destroy();
    console.error('[viewer] pdf.js fake worker detected');
    throw new FakeWorkerError();
  }
  return worker;
}
