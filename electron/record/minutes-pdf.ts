import { translate } from '../../shared/i18n';
import { buildPdf } from '../../seeds/lib/build-pdf';
import { DEFAULT_LAYOUT } from '../../seeds/lib/cursor';
import { loadFontBytes } from '../../seeds/lib/fonts';
import { minutesDocSpec } from './minutes-doc';
import type { Minutes } from './minutes-types';

/** The minutes as PDF: seeds/lib's layout (Nghị định 30/2020 margins, DejaVu Sans embedded and subset). */
export async function renderMinutesPdf(m: Minutes): Promise<Uint8Array> {
  const spec = minutesDocSpec(m);
  const built = await buildPdf(spec, loadFontBytes(), {
    ...DEFAULT_LAYOUT,
    footerNote: translate('vi', 'record.minutes.footer', { meeting: m.meeting.id }),
  });
  return built.bytes;
}
