import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';

/** DejaVu Sans covers every precomposed Vietnamese letter (U+1EA0–U+1EF9) and ships with Debian. */
export const DEFAULT_FONT_PATHS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
} as const;

export type FontPaths = { regular: string; bold: string };
export type FontBytes = { regular: Uint8Array; bold: Uint8Array; /** sha256 over both files, for the manifest. */ sha256: string };

export class MissingFontError extends Error {
  constructor(path: string) {
    super(
      `Không tìm thấy phông chữ ${path}. Cài gói Debian fonts-dejavu-core (apt-get install fonts-dejavu-core) ` +
        `rồi chạy lại npm run seed:build.\n` +
        `Font file ${path} not found: install the Debian package fonts-dejavu-core, then re-run npm run seed:build.`,
    );
    this.name = 'MissingFontError';
  }
}

export function loadFontBytes(paths: FontPaths = DEFAULT_FONT_PATHS): FontBytes {
  for (const p of [paths.regular, paths.bold]) if (!existsSync(p)) throw new MissingFontError(p);
  const regular = new Uint8Array(readFileSync(paths.regular));
  const bold = new Uint8Array(readFileSync(paths.bold));
  const sha256 = createHash('sha256').update(regular).update(bold).digest('hex');
  return { regular, bold, sha256 };
}
