/**
 * npm run seed:build — regenerate the demo meeting's PDFs into seeds/pdfs and their manifest.
 * Output is byte-for-byte reproducible for a given DejaVu font version (see seeds/README.md).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedPdfs } from './lib/build-all';

const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));
const PDF_DIR = join(SEEDS_DIR, 'pdfs');

async function main(): Promise<void> {
  const { pdfs, manifest } = await buildSeedPdfs({ articlesDir: join(SEEDS_DIR, 'articles') });
  mkdirSync(PDF_DIR, { recursive: true });
  const produced = new Set(pdfs.map((p) => p.fileName));
  for (const f of readdirSync(PDF_DIR)) if (f.endsWith('.pdf') && !produced.has(f)) rmSync(join(PDF_DIR, f));
  for (const p of pdfs) writeFileSync(join(PDF_DIR, p.fileName), p.bytes);
  writeFileSync(join(SEEDS_DIR, 'pdf-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of manifest.files)
    console.log(`${f.file.padEnd(42)} ${String(f.pages).padStart(3)} trang  ${(f.bytes / 1024).toFixed(0).padStart(5)} KB`);
  console.log(`Tổng / total: ${pdfs.length} tệp, ${(manifest.totalBytes / 1024).toFixed(0)} KB → ${PDF_DIR}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
