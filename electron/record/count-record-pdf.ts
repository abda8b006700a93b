import { translate } from '../../shared/i18n';
import { buildPdf } from '../common/pdf-layout/build-pdf';
import { DEFAULT_LAYOUT } from '../common/pdf-layout/cursor';
import type { DocSpec } from '../common/pdf-layout/spec';
import { loadFontBytes } from '../common/pdf-layout/fonts';
import { electionCountDocSpec, ratingCountDocSpec } from './count-record-doc';
import { ratingResolutionDocSpec } from './rating-resolution-doc';
import type { CountRecordHeaderInput, ElectionCountRecordInput, RatingCountRecordInput } from './election-count';

/*
 * The biên bản kiểm phiếu as PDF, ready to print and sign: A4, Nghị định 30/2020 margins, DejaVu Sans embedded
 * and subset (every Vietnamese letter), "Trang x/y" and a footer note on every page.
 */

async function render(spec: DocSpec, footer: 'countRecord.footer' | 'ratingResolution.footer' = 'countRecord.footer'): Promise<Uint8Array> {
  const built = await buildPdf(spec, loadFontBytes(), { ...DEFAULT_LAYOUT, footerNote: translate('vi', footer) });
  return built.bytes;
}

/** One election round's count (strike-out or agree/disagree ballots) with its heading. */
export function renderElectionCountPdf(input: ElectionCountRecordInput & CountRecordHeaderInput): Promise<Uint8Array> {
  return render(electionCountDocSpec(input));
}

/** One confidence rating's count (lấy phiếu tín nhiệm: three levels per office-holder, % of N, the bands). */
export function renderRatingCountPdf(input: RatingCountRecordInput & CountRecordHeaderInput): Promise<Uint8Array> {
  return render(ratingCountDocSpec(input));
}

/** The draft resolution confirming a confidence rating's result, from the same count. */
export function renderRatingResolutionPdf(input: RatingCountRecordInput & CountRecordHeaderInput): Promise<Uint8Array> {
  return render(ratingResolutionDocSpec(input), 'ratingResolution.footer');
}
