// PDF validation worker (worker_threads). Plain .mjs, like the pdf.js bootstrap it uses
// (../../common/pdfjs-worker-bootstrap.mjs). Message shapes are declared in ./worker-protocol.ts; keep the
// two in step.
import { parentPort, workerData } from 'node:worker_threads';
import { FsBinaryDataFactory, loadPdfjsInWorker } from '../../common/pdfjs-worker-bootstrap.mjs';

/** Operator lists are ~30x dearer than getPage (352-page book: 4.0 s vs 0.12 s), so only the first pages get one. */
const OPLIST_PAGES = 3;
/** Cap on legacy font names quoted back in a warning, and on each name's length. */
const MAX_FONT_NAMES = 3;
const MAX_FONT_NAME_CHARS = 64;
/** Fuzzed files carry megabyte-long titles; the document list allows 500 characters. */
const MAX_TITLE_CHARS = 500;
/** Byte patterns of TCVN3 (".VnTime", ".VnArialH"...) and VNI ("VNI-Times"...) font names, as PDF names or after a subset tag. */
const LEGACY_FONT_PATTERNS = ['/.Vn', '+.Vn', '/VNI-', '+VNI-', '/VNI_', '+VNI_'];
const LEGACY_FONT_NAME_RE = /^(?:[A-Z]{6}\+)?(?:\.vn|vni[-_ ])/i;

// pdf.js reports recoverable problems through console.log; in a worker that lands on the parent's stdout,
// where the bulk checker prints its JSON lines. Piping the worker's stdio instead (Worker `stdout: true`)
// leaves ports that keep the parent process alive, so the console is silenced here.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {};

const port = parentPort;
if (!port) throw new Error('inspect-worker.mjs must run as a worker thread');

const { pdfjs, assets } = await loadPdfjsInWorker(port, workerData);

function scanLegacyFontBytes(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set();
  for (const pattern of LEGACY_FONT_PATTERNS) {
    const at = buf.indexOf(pattern, 0, 'latin1');
    if (at < 0) continue;
    // The name runs to the next PDF delimiter or whitespace.
    const tail = buf.subarray(at + 1, Math.min(at + 1 + MAX_FONT_NAME_CHARS, buf.length)).toString('latin1');
    names.add(tail.split(/[\s/()<>[\]{}%]/)[0]);
    if (names.size >= MAX_FONT_NAMES) break;
  }
  return names;
}

function cleanTitle(raw) {
  if (typeof raw !== 'string') return null;
  // Control characters are exactly what is removed here.
  const t = raw
    // eslint-disable-next-line no-control-regex -- the pattern's purpose
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length ? t.slice(0, MAX_TITLE_CHARS) : null;
}

/** Maps a pdf.js exception to the protocol's failure kinds. */
function classify(e, stage) {
  const name = e?.name ?? 'Error';
  const cause = String(e?.message ?? e);
  if (name === 'PasswordException') {
    return { kind: e.code === 2 ? 'password_incorrect' : 'password_needed', cause };
  }
  return { kind: 'invalid', stage, cause };
}

async function inspect(msg) {
  const { id, bytes, password } = msg;
  const progress = (fraction) => port.postMessage({ type: 'progress', id, fraction });
  const legacyFonts = scanLegacyFontBytes(bytes);

  const task = pdfjs.getDocument({
    data: bytes, // transferred to pdf.js; the parent already gave us our own copy
    ...(password !== undefined ? { password } : {}),
    ...assets,
    BinaryDataFactory: FsBinaryDataFactory,
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    return { ok: false, ...classify(e, 'open') };
  }
  try {
    const numPages = doc.numPages;
    if (!Number.isInteger(numPages) || numPages < 1) {
      return { ok: false, kind: 'invalid', stage: 'no_pages', cause: `numPages=${numPages}` };
    }
    const warnings = [];
    let title = null;
    try {
      const md = await doc.getMetadata();
      title = cleanTitle(md?.info?.Title);
      if (md?.info?.IsXFAPresent) warnings.push({ kind: 'xfa' });
    } catch {
      // A broken Info dictionary does not stop the document from displaying.
    }
    for (let i = 1; i <= numPages; i++) {
      let page;
      try {
        page = await doc.getPage(i);
      } catch (e) {
        return { ok: false, ...classify(e, 'page'), page: i };
      }
      if (i <= OPLIST_PAGES) {
        try {
          const ops = await page.getOperatorList();
          for (let k = 0; k < ops.fnArray.length; k++) {
            if (ops.fnArray[k] !== pdfjs.OPS.setFont) continue;
            const fontId = ops.argsArray[k]?.[0];
            const font = typeof fontId === 'string' && page.commonObjs.has(fontId) ? page.commonObjs.get(fontId) : null;
            const fontName = typeof font?.name === 'string' ? font.name : null;
            if (fontName && LEGACY_FONT_NAME_RE.test(fontName) && legacyFonts.size < MAX_FONT_NAMES) {
              legacyFonts.add(fontName.replace(/^[A-Z]{6}\+/, '').slice(0, MAX_FONT_NAME_CHARS));
            }
          }
        } catch (e) {
          return { ok: false, ...classify(e, 'content'), page: i };
        }
      }
      page.cleanup();
      progress(i / numPages);
    }
    if (legacyFonts.size) warnings.push({ kind: 'legacy_fonts', fonts: [...legacyFonts] });
    if (password !== undefined && password !== '') warnings.push({ kind: 'password_protected' });
    return { ok: true, pages: numPages, title, warnings };
  } finally {
    await doc.destroy().catch(() => {});
  }
}

port.on('message', (msg) => {
  if (msg?.type !== 'inspect') return;
  inspect(msg).then(
    (result) => port.postMessage({ type: 'result', id: msg.id, result }),
    (e) =>
      port.postMessage({
        type: 'result',
        id: msg.id,
        result: { ok: false, kind: 'invalid', stage: 'open', cause: String(e?.message ?? e) },
      }),
  );
});
port.postMessage({ type: 'ready' });
