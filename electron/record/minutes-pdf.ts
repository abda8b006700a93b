import { translate } from '../../shared/i18n';
import { buildPdf } from '../common/pdf-layout/build-pdf';
import { DEFAULT_LAYOUT } from '../common/pdf-layout/cursor';
import { loadFontBytes } from '../common/pdf-layout/fonts';
import { minutesDocSpec } from './minutes-doc';
import type { Minutes } from './minutes-types';

/** The minutes as PDF: common/pdf-layout (Nghị định 30/2020 margins, DejaVu Sans embedded and subset). */
export async function renderMinutesPdf(m: Minutes): Promise<Uint8Array> {
  const spec = minutesDocSpec(m);
  const built = await buildPdf(spec, loadFontBytes(), {
    ...DEFAULT_LAYOUT,
    footerNote: translate('vi', 'record.minutes.footer', { meeting: m.meeting.id }),
  });
  return built.bytes;
}
