import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { formatCitation } from '../../shared/voting/citation';
import { CONFIDENCE_LEVELS, confidenceBandKey, confidenceLevelKey } from '../../shared/voting/confidence';
import { requiredCount } from '../../shared/voting/thresholds';
import { DEFAULT_LAYOUT } from '../common/pdf-layout/cursor';
import type { Block, DocSpec, Run, TableBlock } from '../common/pdf-layout/spec';
import { b, heading, i, para, spacer } from '../common/pdf-layout/spec';
import { vnDateWords } from '../common/pdf-layout/vn-date';
import type { CountRecordHeaderInput, ElectionCountRecordInput, RatingCountRecordInput } from './election-count';
import { nextText, shortBandText } from './election-count';
import { recordHeader } from './record-header';
import { clockWords } from './vn-time';

/*
 * The biên bản kiểm phiếu as a document (common/pdf-layout blocks, rendered by count-record-pdf.ts): heading by
 * body kind, the sitting, the counting board, the figures (N and its exclusions, present, ballots issued /
 * returned / valid / invalid), the result per candidate or office-holder with % of the legal base, the
 * conclusion (elected and what follows, or the confidence band per person), the rule and its citation, the
 * time the count closed and the board's signatures. Every word from the i18n tables.
 */

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
const indented = (text: string): Block => para(text, { leftIndent: 14, indent: 0, spaceAfter: 1, keepWithNext: 0 });

type Figures = { denominatorText: string; present: number; issued: number; returned: number; valid: number; invalid: number };

function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function openingBlocks(h: CountRecordHeaderInput, subtitle: string, board: readonly string[]): Block[] {
  const head = recordHeader(h.bodyKind, h.province, h.date);
  return [
    {
      kind: 'adminHeader',
      style: head.style,
      parentAgency: head.parentAgency,
      agency: head.agency,
      number: head.number,
      dateLine: head.placeDate,
    },
    { kind: 'title', lines: [tv('countRecord.title'), subtitle] },
    para(
      h.term
        ? tv('countRecord.sitting', { session: h.session, body: h.bodyName, term: h.term })
        : tv('countRecord.sittingNoTerm', { session: h.session, body: h.bodyName }),
    ),
    para(tv('countRecord.datePlace', { date: vnDateWords(isoParts(h.date)), place: h.place })),
    para(tv('countRecord.boardIntro', { count: board.length, names: board.join(', ') })),
  ];
}

/** Section I: a numbered two-column table; `before` / `after` rows frame the common figures. */
function figuresBlocks(f: Figures, before: [string, string][], after: [string, string][]): Block[] {
  const ballots = (count: number) => tv('countRecord.ballots', { count });
  const rows: [string, string][] = [
    ...before,
    [tv('election.record.base'), f.denominatorText],
    [tv('election.record.present'), tv('countRecord.delegates', { count: f.present })],
    [tv('election.record.issued'), ballots(f.issued)],
    [tv('election.record.returned'), ballots(f.returned)],
    [tv('election.record.valid'), ballots(f.valid)],
    [tv('election.record.invalid'), ballots(f.invalid)],
    ...after,
  ];
  const table: TableBlock = {
    kind: 'table',
    size: 10,
    columns: [
      { title: tv('countRecord.col.no'), width: 7, align: 'center' },
      { title: tv('countRecord.col.field'), width: 38 },
      { title: tv('countRecord.col.value'), width: 46 },
    ],
    rows: rows.map(([label, value], idx) => [String(idx + 1), label, value]),
  };
  return [heading(tv('countRecord.partFigures'), 1), table];
}

/** Height of one row of signatures (five lines of body text and the block's spacing), points. */
const SIGNATURE_ROW_PT = 5 * DEFAULT_LAYOUT.bodySize * DEFAULT_LAYOUT.leading + 18;

/** The board signs side by side, two to a row, each over a blank for the signature. */
function closingBlocks(board: readonly string[], at: number): Block[] {
  const signer = (name: string): Run[][] => [[i(tv('countRecord.signNote'))], [], [], [], [b(name)]];
  const out: Block[] = [
    para(tv('countRecord.closed', { time: clockWords(at) }), { keepWithNext: SIGNATURE_ROW_PT + 24 }),
    {
      kind: 'paragraph',
      runs: [b(tv('countRecord.signTitle'))],
      align: 'center',
      indent: 0,
      spaceAfter: 2,
      keepWithNext: SIGNATURE_ROW_PT,
    },
  ];
  for (let k = 0; k < board.length; k += 2) {
    const second = board[k + 1];
    if (k > 0) out.push(spacer(10));
    out.push(
      second === undefined
        ? { kind: 'signature', recipients: [], lines: signer(board[k]!) }
        : { kind: 'signature', recipients: [], leftLines: signer(board[k]!), lines: signer(second) },
    );
  }
  return out;
}

function spec(h: CountRecordHeaderInput, fileName: string, subtitle: string, blocks: Block[]): DocSpec {
  return {
    fileName,
    title: `${tv('countRecord.title')} — ${subtitle}`,
    author: h.bodyName,
    subject: subtitle,
    keywords: ['biên bản kiểm phiếu', h.bodyName],
    created: isoParts(h.date),
    creator: 'Phòng họp không giấy — npm run record',
    blocks,
  };
}

/** One election round. */
export function electionCountDocSpec(input: ElectionCountRecordInput & CountRecordHeaderInput): DocSpec {
  const c = input.count;
  const name = (id: string): string => input.names.get(id) ?? id;
  const baseWord = tv(c.basis.base === 'valid_ballots' ? 'election.record.baseValid' : 'election.record.baseTotal');
  const subtitle = tv('countRecord.election.subtitle', { office: input.office, round: input.round });
  const results: TableBlock = {
    kind: 'table',
    size: 10,
    columns: [
      { title: tv('countRecord.col.no'), width: 7, align: 'center' },
      { title: tv('countRecord.col.name'), width: 32 },
      { title: tv('countRecord.col.votes'), width: 12, align: 'center' },
      { title: tv('countRecord.col.percent', { base: baseWord }), width: 20, align: 'center' },
      { title: tv('countRecord.col.result'), width: 18, align: 'center' },
    ],
    rows: c.candidates.map((r, idx) => [
      String(idx + 1),
      name(r.id),
      String(r.votes),
      tv('countRecord.percentCell', { percent: r.percentOfBase }),
      tv(r.elected ? 'election.record.elected' : 'election.record.notElected'),
    ]),
  };
  const byId = new Map(c.candidates.map((r) => [r.id as string, r]));
  const elected = c.elected.map((id, idx) =>
    indented(
      tv('countRecord.electedEntry', {
        no: idx + 1,
        name: name(id),
        votes: byId.get(id)?.votes ?? 0,
        percent: byId.get(id)?.percentOfBase ?? '',
      }),
    ),
  );
  const blocks: Block[] = [
    ...openingBlocks(input, subtitle, input.board),
    para(tv('countRecord.election.intro', { office: input.office, seats: c.seats, candidates: c.candidates.length })),
    ...figuresBlocks(
      { ...input, valid: c.valid, invalid: c.invalid },
      [[tv('election.record.seats'), String(c.seats)]],
      [[tv('countRecord.required'), tv('countRecord.requiredValue', { required: c.required, baseWord, base: c.base })]],
    ),
    heading(tv('countRecord.partResults'), 1),
    para(tv('countRecord.rule', { rule: tv(c.basis.labelKey), citation: formatCitation(c.basis.citation) })),
    ...(c.basis.needsLegalConfirmation ? [{ kind: 'paragraph', runs: [b(tv('countRecord.needsLegalConfirmation'))] } satisfies Block] : []),
    results,
    heading(tv('countRecord.partConclusion'), 1),
    para(
      c.elected.length > 0 ? tv('countRecord.electedList', { elected: c.elected.length, seats: c.seats }) : tv('countRecord.electedNone'),
    ),
    ...elected,
    para(tv('countRecord.next', { text: nextText(c.next) })),
    ...(c.next.kind === 'none' ? [] : [para(tv('countRecord.among', { names: c.next.among.map(name).join(', ') }))]),
    ...closingBlocks(input.board, input.at),
  ];
  return spec(input, `bien-ban-kiem-phieu-lan-${input.round}.pdf`, subtitle, blocks);
}

/** One confidence rating (lấy phiếu tín nhiệm): counts and % of N per level, the band per person. */
export function ratingCountDocSpec(input: RatingCountRecordInput & CountRecordHeaderInput): DocSpec {
  const res = input.result;
  const name = (id: string): string => input.names.get(id) ?? id;
  const named = (id: string): string => {
    const title = input.titles?.get(id);
    return title ? tv('countRecord.nameWithTitle', { name: name(id), title }) : name(id);
  };
  const subtitle = tv('countRecord.rating.subtitle', { body: input.bodyName });
  const results: TableBlock = {
    kind: 'table',
    size: 9,
    columns: [
      { title: tv('countRecord.col.no'), width: 7, align: 'center' },
      { title: tv('countRecord.col.name'), width: 27 },
      ...CONFIDENCE_LEVELS.map((l) => ({
        title: tv(confidenceLevelKey(l)),
        width: 15,
        align: 'center' as const,
      })),
      { title: tv('countRecord.col.result'), width: 20, align: 'center' },
    ],
    rows: res.rows.map((row, idx) => [
      String(idx + 1),
      named(row.id),
      ...CONFIDENCE_LEVELS.map((l) => tv('countRecord.levelCell', { count: row.counts[l], percent: row.percents[l] })),
      shortBandText(row.band),
    ]),
  };
  const flagged = res.rows.filter((row) => row.band !== 'none');
  const blocks: Block[] = [
    ...openingBlocks(input, subtitle, input.board),
    para(tv('countRecord.rating.intro', { people: res.rows.length })),
    ...figuresBlocks({ ...input, valid: res.valid, invalid: res.invalid }, [[tv('rating.record.people'), String(res.rows.length)]], []),
    heading(tv('countRecord.partResults'), 1),
    para(tv('countRecord.ratingRule', { n: res.n, citation: formatCitation(res.citation) })),
    para(
      tv('countRecord.ratingThresholds', {
        half: requiredCount('more_than_half', res.n),
        twoThirds: requiredCount('at_least_two_thirds', res.n),
      }),
    ),
    results,
    heading(tv('countRecord.partConclusion'), 1),
    para(tv(flagged.length > 0 ? 'countRecord.bandList' : 'countRecord.bandNone')),
    ...flagged.map((row) =>
      indented(
        tv('countRecord.bandEntry', {
          name: named(row.id),
          low: row.counts.low,
          n: res.n,
          percent: row.percents.low,
          band: tv(confidenceBandKey(row.band)),
        }),
      ),
    ),
    ...closingBlocks(input.board, input.at),
  ];
  return spec(input, 'bien-ban-kiem-phieu-tin-nhiem.pdf', subtitle, blocks);
}
