import { writeFileSync } from 'node:fs';
import { buildPdf } from '/work/main/seeds/lib/build-pdf';
import { DEFAULT_LAYOUT } from '/work/main/seeds/lib/cursor';
import { loadFontBytes } from '/work/main/seeds/lib/fonts';
import { toTrinhChuyenDoiSo } from '/work/main/seeds/docs/to-trinh';
const t0 = Date.now();
const built = await buildPdf(toTrinhChuyenDoiSo(), loadFontBytes(), DEFAULT_LAYOUT);
writeFileSync('/tmp/try.pdf', built.bytes);
console.log(built.pages, built.bytes.length, Date.now() - t0, 'ms');
