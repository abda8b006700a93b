import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { formatCitation } from '../../shared/voting/citation';
import { CONFIDENCE_LEVELS, confidenceBandKey, confidenceLevelKey } from '../../shared/voting/confidence';
import type { Block, DocSpec, TableBlock } from '../common/pdf-layout/spec';
import { b, heading, para } from '../common/pdf-layout/spec';
import { vnDateWords } from '../common/pdf-layout/vn-date';
import type { CountRecordHeaderInput, RatingCountRecordInput } from './election-count';
import { recordHeader } from './record-header';

/*
 * The draft resolution confirming a confidence rating's result (dự thảo Nghị quyết xác nhận kết quả lấy phiếu
 * tín nhiệm, Nghị quyết 96/2023/QH15), made from the same committed count as the biên bản kiểm phiếu: the
 * result per person with % of the total delegates and, for those the bands name, what follows. Marked DỰ THẢO:
 * the body debates and adopts it.
 */

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

export function ratingResolutionDocSpec(input: RatingCountRecordInput & CountRecordHeaderInput): DocSpec {
  const res = input.result;
  const [year, month, day] = input.date.split('-').map(Number) as [number, number, number];
  const head = recordHeader(input.bodyKind, input.province, input.date);
  const named = (id: string): string => {
    const name = input.names.get(id) ?? id;
    const title = input.titles?.get(id);
    return title ? tv('countRecord.nameWithTitle', { name, title }) : name;
  };
  const table: TableBlock = {
    kind: 'table',
    size: 9,
    columns: [
      { title: tv('countRecord.col.no'), width: 7, align: 'center' },
      { title: tv('countRecord.col.name'), width: 33 },
      ...CONFIDENCE_LEVELS.map((l) => ({ title: tv(confidenceLevelKey(l)), width: 20, align: 'center' as const })),
    ],
    rows: res.rows.map((row, k) => [
      String(k + 1),
      named(row.id),
      ...CONFIDENCE_LEVELS.map((l) => tv('countRecord.levelCell', { count: row.counts[l], percent: row.percents[l] })),
    ]),
  };
  const flagged = res.rows.filter((row) => row.band !== 'none');
  const blocks: Block[] = [
    {
      kind: 'adminHeader',
      style: head.style,
      parentAgency: head.parentAgency,
      agency: head.agency,
      // A resolution's number symbol is NQ (Nghị quyết), not the record's BB (Biên bản).
      number: head.number.replace('/BB-', '/NQ-'),
      dateLine: head.placeDate,
    },
    { kind: 'paragraph', runs: [b(tv('ratingResolution.draft'))], align: 'center', indent: 0, spaceAfter: 2 },
    { kind: 'title', lines: [tv('ratingResolution.title'), tv('ratingResolution.subtitle', { body: input.bodyName })] },
    para(tv('ratingResolution.bodyLine', { body: input.bodyName.toLocaleUpperCase('vi'), term: input.term, session: input.session })),
    para(tv('ratingResolution.basisLaw', { citation: formatCitation(res.citation) })),
    para(tv('ratingResolution.basisCount', { date: vnDateWords({ year, month, day }), n: res.n, ballots: res.ballots, valid: res.valid })),
    { kind: 'paragraph', runs: [b(tv('ratingResolution.resolves'))], align: 'center', indent: 0, spaceAfter: 2 },
    heading(tv('ratingResolution.article1'), 2),
    para(tv('ratingResolution.article1Text', { n: res.n })),
    table,
    heading(tv('ratingResolution.article2'), 2),
    ...(flagged.length > 0
      ? flagged.map((row) =>
          para(
            tv('ratingResolution.article2Entry', {
              name: named(row.id),
              low: row.counts.low,
              n: res.n,
              percent: row.percents.low,
              band: tv(confidenceBandKey(row.band)),
            }),
          ),
        )
      : [para(tv('ratingResolution.article2None'))]),
    heading(tv('ratingResolution.article3'), 2),
    para(tv('ratingResolution.article3Text', { body: input.bodyName })),
  ];
  return {
    fileName: 'du-thao-nghi-quyet-xac-nhan-tin-nhiem.pdf',
    title: `${tv('ratingResolution.title')} — ${tv('ratingResolution.draft')}`,
    author: input.bodyName,
    subject: tv('ratingResolution.subtitle', { body: input.bodyName }),
    keywords: ['lấy phiếu tín nhiệm', 'dự thảo nghị quyết', input.bodyName],
    created: { year, month, day },
    creator: 'Phòng họp không giấy — npm run record',
    blocks,
  };
}
