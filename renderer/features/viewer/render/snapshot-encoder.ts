/// <reference types="vite/client" />
import encoderUrl from './snapshot-encoder.worker?worker&url';

/**
 * PNG: lossless (the picture is exactly the page pdf.js drew), a text page in ~15 ms of a worker's CPU at
 * ~0.45 MB, decoded in ~20 ms. WebP is ~0.25 MB but takes ~250 ms to encode: on a 2-core laptop that
 * competed with pdf.js, and pictures taken while flicking through documents were dropped still unencoded.
 */
const SNAPSHOT_TYPE = 'image/png';

type Pending = Map<number, (b: Blob | null) => void>;
let worker: { w: Worker; pending: Pending } | null | 'unavailable' = null;
let nextId = 1;

function encoder(): { w: Worker; pending: Pending } | null {
  if (worker === 'unavailable') return null;
  if (worker) return worker;
  try {
    const w = new Worker(encoderUrl, { type: 'module', name: 'phg-snapshot-encoder' });
    const pending: Pending = new Map();
    w.onmessage = (e: MessageEvent<{ id: number; blob: Blob | null }>) => {
      pending.get(e.data.id)?.(e.data.blob);
      pending.delete(e.data.id);
    };
    w.onerror = () => {
      for (const done of pending.values()) done(null);
      pending.clear();
      w.terminate();
      worker = 'unavailable';
    };
    worker = { w, pending };
    return worker;
  } catch {
    worker = 'unavailable';
    return null;
  }
}

// Encoding competes with pdf.js for the CPU: it waits while a document is opening (see holdEncoding).
let holds = 0;
let waiting: (() => void)[] = [];

/** Pauses snapshot encoding until the returned function is called (a document is opening). */
export function holdEncoding(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds > 0) return;
    const go = waiting;
    waiting = [];
    for (const f of go) f();
  };
}

const unheld = (): Promise<void> => (holds === 0 ? Promise.resolve() : new Promise((r) => waiting.push(r)));

/**
 * Encodes a page picture as PNG in a worker (OffscreenCanvas); where that is not available, with the
 * canvas's own toBlob. Waits while a document is opening. Resolves null when encoding failed.
 */
export async function encodeSnapshot(pixels: HTMLCanvasElement): Promise<Blob | null> {
  await unheld();
  if (pixels.width === 0) return null;
  const enc = typeof OffscreenCanvas === 'function' ? encoder() : null;
  if (!enc) return new Promise((resolve) => pixels.toBlob((b) => resolve(b), SNAPSHOT_TYPE));
  const bitmap = await createImageBitmap(pixels);
  const id = nextId++;
  return new Promise((resolve) => {
    enc.pending.set(id, resolve);
    enc.w.postMessage({ id, bitmap, type: SNAPSHOT_TYPE }, [bitmap]);
  });
}
