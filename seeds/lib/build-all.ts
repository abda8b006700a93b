import { createHash } from 'node:crypto';
import { loadArticles } from './articles';
import { buildPdf, type BuiltPdf } from '../../electron/common/pdf-layout/build-pdf';
import { DEFAULT_LAYOUT, type LayoutConfig } from '../../electron/common/pdf-layout/cursor';
import { DEFAULT_FONT_PATHS, loadFontBytes, type FontPaths } from '../../electron/common/pdf-layout/fonts';
import { allDocSpecs } from '../docs/index';

export type SeedBuildConfig = {
  articlesDir: string;
  fontPaths?: FontPaths;
  layout?: LayoutConfig;
};

export type ManifestEntry = { file: string; title: string; pages: number; bytes: number; sha256: string };
export type SeedManifest = { fontSha256: string; totalBytes: number; files: ManifestEntry[] };

/** Whole seed set stays small enough to commit. */
export const MAX_TOTAL_BYTES = 3 * 1024 * 1024;

export async function buildSeedPdfs(config: SeedBuildConfig): Promise<{ pdfs: BuiltPdf[]; manifest: SeedManifest }> {
  const fonts = loadFontBytes(config.fontPaths ?? DEFAULT_FONT_PATHS);
  const specs = allDocSpecs(loadArticles(config.articlesDir));
  const pdfs: BuiltPdf[] = [];
  // Sequential on purpose: pdf-lib's subset-name RNG is per document, but keeping order fixed costs nothing.
  for (const spec of specs) pdfs.push(await buildPdf(spec, fonts, config.layout ?? DEFAULT_LAYOUT));
  const files = pdfs.map((p) => ({
    file: p.fileName,
    title: p.title,
    pages: p.pages,
    bytes: p.bytes.length,
    sha256: createHash('sha256').update(p.bytes).digest('hex'),
  }));
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  if (totalBytes > MAX_TOTAL_BYTES) throw new Error(`seed PDFs total ${totalBytes} bytes, over the ${MAX_TOTAL_BYTES}-byte budget`);
  return { pdfs, manifest: { fontSha256: fonts.sha256, totalBytes, files } };
}
