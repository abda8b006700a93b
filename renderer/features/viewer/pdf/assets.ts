/**
 * Where pdf.js finds its bundled assets (copied into the build by the `phg-pdfjs-assets` plugin in
 * vite.config.ts). Absolute URLs with trailing slashes: the worker resolves them, not this page, and
 * pdf.js appends file names directly.
 */
export type PdfAssetUrls = { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string };

export function pdfAssetUrls(base: string = document.baseURI): PdfAssetUrls {
  const dir = (name: string) => new URL(`pdfjs/${name}/`, base).href;
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
}
