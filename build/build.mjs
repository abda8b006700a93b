#!/usr/bin/env node
// Builds the renderer (Vite) and the Electron main + preload bundles (esbuild).
//   node build/build.mjs            → renderer + electron
//   node build/build.mjs renderer   → renderer only (browser mode, e2e)
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './electron-binary.mjs';

export function buildRenderer() {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export async function buildElectron() {
  const out = join(repoRoot, 'dist', 'electron');
  mkdirSync(out, { recursive: true });
  // Native and worker-loaded packages stay external: better-sqlite3 is rebuilt for Electron by
  // electron-builder, and pdf.js loads its worker/cmaps from its own folder.
  const external = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'];
  await esbuild({
    entryPoints: { main: join(repoRoot, 'electron', 'shell', 'index.ts') },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    sourcemap: true,
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); import { fileURLToPath as __f } from 'node:url'; const __filename = __f(import.meta.url); const __dirname = __f(new URL('.', import.meta.url));",
    },
    logLevel: 'warning',
  });
  // Sandboxed preloads must be a single CommonJS file that requires nothing but 'electron'.
  await esbuild({
    entryPoints: [join(repoRoot, 'electron', 'shell', 'preload', 'index.ts')],
    outfile: join(out, 'preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  });
  // Worker scripts are located at run time with `new URL('./x-worker.mjs', import.meta.url)`; once bundled,
  // import.meta.url is main.mjs, so each worker is bundled (with the common pdf.js bootstrap) into one file
  // next to it. pdf.js stays external: it loads its own worker module and assets from its package folder.
  const workers = Object.fromEntries(
    [join(repoRoot, 'electron', 'laptop', 'pdf'), join(repoRoot, 'electron', 'laptop', 'search')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('-worker.mjs'))
        .map((f) => [f.replace(/\.mjs$/, ''), join(dir, f)]),
    ),
  );
  await esbuild({
    entryPoints: workers,
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const what = process.argv[2] ?? 'all';
  if (what === 'all' || what === 'renderer') buildRenderer();
  if (what === 'all' || what === 'electron') await buildElectron();
}
