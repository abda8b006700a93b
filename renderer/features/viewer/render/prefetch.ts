import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import type { Api } from '../../../../shared/ipc/contract';
import type { ViewerState } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import { boxOf } from '../hooks/usePageBoxes';
import { displaySize } from '../layout/page-geometry';
import { resolveScale } from '../layout/zoom';
import { pdfAssetUrls } from '../pdf/assets';
import type { ViewerRuntime } from '../pdf/runtime';
import { outputScale } from './canvas-pool';
import { snapshotKey } from './snapshot-cache';
import { copyPixels, placeIn, storeSnapshot, type ViewArea } from './snapshot-capture';

/** At most this many other documents of the agenda item are prepared. */
export const PREFETCH_MAX_DOCS = 4;
const DEFAULT_STATE: ViewerState = { page: 1, zoom: 'page-width', rotation: 0 };

export type PrefetchInput = { api: Api; runtime: ViewerRuntime; doc: DocumentMeta; userId: string; area: ViewArea; signal: AbortSignal };

const idle = () =>
  new Promise<void>((r) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 2000 }) : setTimeout(r, 50),
  );

/**
 * Makes switching between the documents of the current agenda item instant: for each other document
 * (in the background, one at a time, when the window is idle) its bytes go to the byte cache and the
 * page the reader would open at is rendered into a snapshot. Files that need a password are skipped.
 * Marks `phg-viewer-prefetched` when done.
 */
export async function prefetchNeighbours(p: PrefetchInput): Promise<void> {
  await idle();
  if (p.signal.aborted) return;
  const r = await p.api.invoke('meetings:get', { meetingId: p.doc.meetingId });
  if (!r.ok || !r.value) return;
  const others = r.value.documents
    .filter((d) => d.agendaItemId === p.doc.agendaItemId && d.id !== p.doc.id && !d.superseded)
    .slice(0, PREFETCH_MAX_DOCS);
  for (const d of others) {
    if (p.signal.aborted) return;
    const key = snapshotKey(p.userId, d.id, d.sha256);
    if (p.runtime.snapshots.get(key)) continue;
    const one = prefetchOne(p, d, key).catch(() => {});
    p.runtime.snapshots.track(key, one);
    await one;
  }
  if (!p.signal.aborted) performance.mark('phg-viewer-prefetched');
}

async function prefetchOne(p: PrefetchInput, d: DocumentMeta, key: string): Promise<void> {
  const { api, runtime, signal } = p;
  const st = await api.invoke('viewer:get-state', { documentId: d.id });
  const view = st.ok && st.value ? st.value : DEFAULT_STATE;
  let bytes = runtime.bytes.get(d.sha256);
  if (!bytes) {
    const rr = await api.invoke('documents:read', { documentId: d.id });
    if (!rr.ok || signal.aborted) return;
    bytes = rr.value.bytes;
    runtime.bytes.put(d.sha256, bytes);
  }
  const password = runtime.passwords.get(d.sha256) ?? null;
  const worker = await runtime.worker();
  if (signal.aborted) return;
  const task = getDocument({
    data: bytes.slice(),
    worker,
    ...pdfAssetUrls(),
    ...(password !== null ? { password } : {}),
    isEvalSupported: false,
    enableXfa: false,
  });
  // Never ask for a password in the background.
  task.onPassword = () => void task.destroy();
  const stop = () => void task.destroy();
  signal.addEventListener('abort', stop);
  let pdf: PDFDocumentProxy | null = null;
  try {
    pdf = await task.promise;
    const pageNo = Math.min(Math.max(1, view.page), pdf.numPages);
    // As the viewer lays out a document before measuring it: every page with page 1's box.
    const first = boxOf(await pdf.getPage(1));
    const page = await pdf.getPage(pageNo);
    const scale = resolveScale(view.zoom, first, view.rotation, p.area);
    const size = displaySize(first, scale, view.rotation);
    const viewport = page.getViewport({ scale, rotation: (page.rotate + view.rotation) % 360 });
    const os = outputScale(viewport.width, viewport.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * os);
    canvas.height = Math.floor(viewport.height * os);
    await page.render({ canvas, viewport, ...(os !== 1 ? { transform: [os, 0, 0, os, 0, 0] } : {}) }).promise;
    if (signal.aborted) return;
    const pixels = copyPixels(canvas, size.width, size.height);
    canvas.width = canvas.height = 0;
    if (!pixels) return;
    await storeSnapshot(runtime.snapshots, key, pixels, {
      page: pageNo,
      zoom: view.zoom,
      rotation: view.rotation,
      place: placeIn(p.area, size.width, size.height),
      memoryOnly: d.confidentiality === 'mat' || password !== null,
      locked: password !== null,
    }).done;
  } finally {
    signal.removeEventListener('abort', stop);
    void (pdf ?? task).destroy();
  }
}
