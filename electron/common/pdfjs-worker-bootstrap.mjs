// pdf.js inside a worker thread, the one bootstrap both programs' workers use (the laptop's PDF validation
// and its search-text extraction). Plain .mjs on purpose: workers must start the same way under tsx, vitest
// and a bundled build, where a .ts worker entry would need a loader; build/build.mjs bundles each worker
// with this file into one script next to main.mjs.
//
// pdf.js runs on its "fake worker" (the calling thread), which is what we want: the whole worker thread is
// the sandbox, so a file that hangs pdf.js hangs only that thread and the parent terminates it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Trailing separator required by pdf.js; Node's factories read these with fs, so they are paths, not URLs. */
const dirUrl = (dir) => (dir.endsWith(path.sep) ? dir : dir + path.sep);

/**
 * Reads cmaps, standard fonts and wasm from disk. pdf.js picks a Node or a DOM loader by sniffing
 * `process.type`, which differs under Electron; passing our own keeps the choice out of its hands.
 */
export class FsBinaryDataFactory {
  constructor({ cMapUrl, standardFontDataUrl, wasmUrl }) {
    this.dirs = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }) {
    const dir = this.dirs[kind];
    if (!dir) throw new Error(`no folder configured for ${kind}`);
    return new Uint8Array(await readFile(dir + filename));
  }
}

/**
 * Loads pdf.js for a worker thread: checks the asset folders (from `workerData.assetsDir`, else pdfjs-dist's
 * own folder), registers the worker module up front (so pdf.js does not resolve `workerSrc` itself, which
 * breaks once bundled or packed into an asar) and swallows the stray rejections pdf.js leaves behind after a
 * failure it already reported (a real failure still surfaces through the awaited call or the parent's time
 * limit). On failure it posts `{ type: 'fatal', message }` to `port` and exits the thread.
 */
export async function loadPdfjsInWorker(port, workerData) {
  process.on('unhandledRejection', () => {});
  try {
    const assetsDir =
      typeof workerData?.assetsDir === 'string' ? workerData.assetsDir : path.dirname(require.resolve('pdfjs-dist/package.json'));
    const missing = ['cmaps', 'standard_fonts', 'wasm'].filter((d) => !existsSync(path.join(assetsDir, d)));
    if (missing.length) throw new Error(`pdf.js assets missing in ${assetsDir}: ${missing.join(', ')}`);
    const assets = {
      cMapUrl: dirUrl(path.join(assetsDir, 'cmaps')),
      standardFontDataUrl: dirUrl(path.join(assetsDir, 'standard_fonts')),
      wasmUrl: dirUrl(path.join(assetsDir, 'wasm')),
    };
    globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return { pdfjs, assets };
  } catch (e) {
    port.postMessage({ type: 'fatal', message: String(e?.message ?? e) });
    process.exit(1);
  }
}
