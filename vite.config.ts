import { defineConfig, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * pdf.js fetches its CMaps, standard fonts, wasm decoders and ICC profiles at run time: ship them with the
 * app under `pdfjs/` (copied from node_modules at build, served from there in dev). The viewer passes
 * these folders as cMapUrl / standardFontDataUrl / wasmUrl / iccUrl (renderer/features/viewer/pdf/assets.ts).
 */
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;
function pdfjsAssets(): Plugin {
  const from = resolve(root, 'node_modules', 'pdfjs-dist');
  let outDir = '';
  return {
    name: 'phg-pdfjs-assets',
    configResolved: (c) => void (outDir = c.build.outDir),
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\/+/, '');
        const file = resolve(from, rel);
        if (!PDFJS_ASSET_DIRS.some((d) => file.startsWith(resolve(from, d) + '/')) || !existsSync(file) || !statSync(file).isFile())
          return next();
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      for (const d of PDFJS_ASSET_DIRS) cpSync(resolve(from, d), resolve(outDir, 'pdfjs', d), { recursive: true });
    },
  };
}

// The renderer is plain React + TSX; Vite 8's built-in oxc transform handles JSX (no plugin needed).
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  publicDir: resolve(root, 'renderer', 'public'),
  build: {
    outDir: resolve(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  plugins: [pdfjsAssets()],
});
