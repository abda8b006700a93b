// Text extraction for the search index (worker_threads). Plain .mjs on purpose, like
// ../pdf/inspect-worker.mjs; pdf.js is loaded by ../../common/pdfjs-worker-bootstrap.mjs.
// Message shapes: ./extract-protocol.ts. pdf.js runs here on its "fake worker" (this thread), which is
// what we want: a file that hangs pdf.js hangs only this thread, and the parent replaces it.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfjsInWorker } from '../../common/pdfjs-worker-bootstrap.mjs';

/** Pages per message: few enough messages, small enough that progress moves. */
const PAGES_PER_BATCH = 16;

const port = parentPort;
if (!port) throw new Error('extract-worker.mjs must run as a worker thread');
const { pdfjs, assets } = await loadPdfjsInWorker(port, workerData);

/** Joins a page's text runs the way pdf.js's own find does: runs as they come, a newline at line ends. */
function pageText(content) {
  let s = '';
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    s += item.str;
    if (item.hasEOL) s += '\n';
  }
  return s;
}

async function extract({ id, bytes, fromPage }) {
  const task = pdfjs.getDocument({
    data: bytes,
    ...assets,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    if (e?.name === 'PasswordException') return { kind: 'encrypted' };
    return { kind: 'invalid', cause: String(e?.message ?? e) };
  }
  try {
    port.postMessage({ type: 'opened', id, pages: doc.numPages });
    let batch = [];
    for (let i = Math.max(1, fromPage); i <= doc.numPages; i++) {
      let body = '';
      try {
        const page = await doc.getPage(i);
        body = pageText(await page.getTextContent());
        page.cleanup();
      } catch {
        // One unreadable page must not cost the document its index: it is stored empty.
      }
      batch.push({ page: i, body });
      if (batch.length >= PAGES_PER_BATCH) {
        port.postMessage({ type: 'pages', id, pages: batch });
        batch = [];
      }
    }
    if (batch.length) port.postMessage({ type: 'pages', id, pages: batch });
    return null;
  } finally {
    await doc.destroy().catch(() => {});
  }
}

port.on('message', (msg) => {
  if (msg?.type !== 'extract') return;
  extract(msg).then(
    (failure) => port.postMessage(failure ? { type: 'failed', id: msg.id, failure } : { type: 'done', id: msg.id }),
    (e) => port.postMessage({ type: 'failed', id: msg.id, failure: { kind: 'invalid', cause: String(e?.message ?? e) } }),
  );
});
port.postMessage({ type: 'ready' });
