import type { PDFWorker } from 'pdfjs-dist';
import type { Api } from '../../../../shared/ipc/contract';
import { createByteCache, type ByteCache } from './byte-cache';
import { startPdfWorker } from './pdfjs';
import { SnapshotCache } from '../render/snapshot-cache';
import { openSnapshotStore } from '../render/snapshot-store';

/** Upper bound of recently opened files kept in memory for a fast reopen. */
export const BYTE_CACHE_MAX_BYTES = 96 * 1024 * 1024;
/**
 * Page snapshots kept in memory for an instant reopen: at most this much in all, of which at most
 * SNAPSHOT_PIXELS_MAX_BYTES decoded (a page at 1100×1560 CSS px is ~7 MB decoded, ~0.45 MB as PNG).
 */
export const SNAPSHOT_CACHE_MAX_BYTES = 48 * 1024 * 1024;
export const SNAPSHOT_PIXELS_MAX_BYTES = 24 * 1024 * 1024;

/**
 * What outlives one open document in a window: the pdf.js worker (starting it costs more than parsing a
 * typical file), recently read bytes, and passwords typed in this session (never stored).
 */
export type ViewerRuntime = {
  worker(): Promise<PDFWorker>;
  /** Throws away the worker, e.g. after a file hung it. */
  resetWorker(): void;
  bytes: ByteCache;
  /** Pictures of the page last read in each document, shown at once on reopen (memory, then IndexedDB except confidential ones). */
  snapshots: SnapshotCache;
  passwords: Map<string, string>;
};

function createRuntime(): ViewerRuntime {
  let worker: Promise<PDFWorker> | null = null;
  return {
    worker() {
      worker ??= startPdfWorker('phg-viewer');
      worker.catch(() => (worker = null));
      return worker;
    },
    resetWorker() {
      const w = worker;
      worker = null;
      void w?.then((x) => x.destroy()).catch(() => {});
    },
    bytes: createByteCache(BYTE_CACHE_MAX_BYTES),
    snapshots: new SnapshotCache(SNAPSHOT_CACHE_MAX_BYTES, SNAPSHOT_PIXELS_MAX_BYTES, openSnapshotStore()),
    passwords: new Map(),
  };
}

// One runtime per Api object: the state belongs to the window's connection, not to the module.
const runtimes = new WeakMap<Api, ViewerRuntime>();

export function viewerRuntime(api: Api): ViewerRuntime {
  let r = runtimes.get(api);
  if (!r) {
    r = createRuntime();
    runtimes.set(api, r);
  }
  return r;
}
