import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { assertNever } from '../../shared/util/result';
import type { BodyKind } from '../../shared/model/bodies';
import type { ElectionCount, NextRound } from '../../shared/voting/elections';
import { formatCitation } from '../../shared/voting/citation';
import type { ConfidenceBand, RatingResult } from '../../shared/voting/confidence';
import { confidenceBandKey, confidenceLevelKey, CONFIDENCE_LEVELS } from '../../shared/voting/confidence';
import type { Table } from './exports';
import { isoLocal } from './vn-time';

/*
 * Biên bản kiểm phiếu of one election round or one confidence rating, from committed data only (the stored
 * result): base N and exclusions, present, ballots issued / returned / valid / invalid, votes per candidate
 * (or ratings per office-holder) with % of the base, who is elected (or the band per person), the counting
 * board and the time. Two tables (summary, results) each for CSV and XLSX; count-record-doc.ts prints the same
 * data as a PDF.
 */

export type ElectionCountRecordInput = {
  office: string;
  round: number;
  /** "N = 49 (51 thành viên; 1 thôi nhiệm vụ 3/2026, ...)" from summarizeDenominator. */
  denominatorText: string;
  present: number;
  issued: number;
  returned: number;
  count: ElectionCount;
  names: ReadonlyMap<string, string>;
  /** Members of the Ban kiểm phiếu (never candidates), in the order they sign. */
  board: readonly string[];
  /** Relay clock, ms since the epoch. */
  at: number;
};

/** A confidence rating (lấy phiếu tín nhiệm): one ballot with a row per office-holder, % of N. */
export type RatingCountRecordInput = {
  /** "N = 49 (51 thành viên; 1 thôi nhiệm vụ 3/2026, ...)" from summarizeDenominator. */
  denominatorText: string;
  present: number;
  issued: number;
  returned: number;
  result: RatingResult;
  /** Office-holder id -> full name. */
  names: ReadonlyMap<string, string>;
  /** Office-holder id -> the office held ("Chủ tịch HĐND tỉnh"); optional per person. */
  titles?: ReadonlyMap<string, string>;
  /** Members of the Ban kiểm phiếu, in the order they sign. */
  board: readonly string[];
  /** Relay clock when the count closed, ms since the epoch. */
  at: number;
};

/** Where and when, for the heading and opening lines of a printed record. */
export type CountRecordHeaderInput = {
  /** Picks the heading: state bodies (HĐND, UBND) or the Party's (Tỉnh ủy). */
  bodyKind: BodyKind;
  /** "Hội đồng nhân dân tỉnh Thái Nguyên" */
  bodyName: string;
  /** "khóa XIV, nhiệm kỳ 2026 - 2031" */
  term: string;
  /** "Kỳ họp thứ Nhất" */
  session: string;
  /** ISO date of the sitting, "2026-12-01". */
  date: string;
  place: string;
  /** "Thái Nguyên" for the heading ("TỈNH THÁI NGUYÊN") and the date line; '' leaves it out. */
  province: string;
};

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

export function nextText(next: NextRound): string {
  switch (next.kind) {
    case 'none':
      return tv('election.next.none');
    case 'further_round':
      return tv('election.next.furtherRound', { seats: next.seats });
    case 'runoff':
      return tv('election.next.runoff', { seats: next.seats });
    default:
      return assertNever(next, 'next round');
  }
}

export function electionCountTables(input: ElectionCountRecordInput): Table[] {
  const c = input.count;
  const rule = electionRuleText(c);
  const summary: Table = {
    file: `bien-ban-kiem-phieu-lan-${input.round}.csv`,
    sheet: 'election.record.sheet.summary',
    header: [tv('election.record.col.field'), tv('election.record.col.value')],
    rows: [
      [tv('election.record.office'), input.office],
      [tv('election.record.round'), input.round],
      [tv('election.record.seats'), c.seats],
      [tv('election.record.base'), input.denominatorText],
      [tv('election.record.present'), input.present],
      [tv('election.record.issued'), input.issued],
      [tv('election.record.returned'), input.returned],
      [tv('election.record.valid'), c.valid],
      [tv('election.record.invalid'), c.invalid],
      [tv('election.record.rule'), rule],
      [tv('election.record.next'), nextText(c.next)],
      [tv('election.record.board'), input.board.join('; ')],
      [tv('election.record.time'), isoLocal(input.at)],
    ],
  };
  const baseWord = tv(c.basis.base === 'valid_ballots' ? 'election.record.baseValid' : 'election.record.baseTotal');
  const results: Table = {
    file: `ket-qua-bau-cu-lan-${input.round}.csv`,
    sheet: 'election.record.sheet.candidates',
    header: [
      tv('election.record.col.no'),
      tv('election.record.col.name'),
      tv('election.record.col.votes'),
      tv('election.record.col.percent', { base: baseWord }),
      tv('election.record.col.elected'),
    ],
    rows: c.candidates.map((r, i) => [
      i + 1,
      input.names.get(r.id) ?? r.id,
      r.votes,
      r.percentOfBase,
      tv(r.elected ? 'election.record.elected' : 'election.record.notElected'),
    ]),
  };
  return [summary, results];
}

/** "Quá một nửa tổng số phiếu hợp lệ (Quyết định số 190-QĐ/TW ..., Điều 30)", flagged when it needs confirmation. */
export function electionRuleText(c: ElectionCount): string {
  const flag = c.basis.needsLegalConfirmation ? ` — ${tv('election.needsLegalConfirmation')}` : '';
  return `${tv(c.basis.labelKey)} (${formatCitation(c.basis.citation)})${flag}`;
}

export function shortBandText(band: ConfidenceBand): string {
  switch (band) {
    case 'none':
      return tv('countRecord.band.short.none');
    case 'may_resign':
      return tv('countRecord.band.short.mayResign');
    case 'removal_proposal':
      return tv('countRecord.band.short.removal');
    default:
      return assertNever(band, 'confidence band');
  }
}

/** The rating as CSV/XLSX: a summary and one row per office-holder (counts and % of N per level, the band). */
export function ratingCountTables(input: RatingCountRecordInput): Table[] {
  const r = input.result;
  const summary: Table = {
    file: 'bien-ban-kiem-phieu-tin-nhiem.csv',
    sheet: 'rating.record.sheet.summary',
    header: [tv('election.record.col.field'), tv('election.record.col.value')],
    rows: [
      [tv('rating.record.people'), r.rows.length],
      [tv('election.record.base'), input.denominatorText],
      [tv('election.record.present'), input.present],
      [tv('election.record.issued'), input.issued],
      [tv('election.record.returned'), input.returned],
      [tv('election.record.valid'), r.valid],
      [tv('election.record.invalid'), r.invalid],
      [tv('rating.record.basis'), formatCitation(r.citation)],
      [tv('election.record.board'), input.board.join('; ')],
      [tv('election.record.time'), isoLocal(input.at)],
    ],
  };
  const levels = CONFIDENCE_LEVELS.map((l) => tv(confidenceLevelKey(l)));
  const results: Table = {
    file: 'ket-qua-lay-phieu-tin-nhiem.csv',
    sheet: 'rating.record.sheet.results',
    header: [
      tv('election.record.col.no'),
      tv('election.record.col.name'),
      tv('rating.record.col.title'),
      ...levels.flatMap((level) => [tv('rating.record.col.count', { level }), tv('rating.record.col.percent', { level })]),
      tv('rating.record.col.band'),
    ],
    rows: r.rows.map((row, i) => [
      i + 1,
      input.names.get(row.id) ?? row.id,
      input.titles?.get(row.id) ?? '',
      ...CONFIDENCE_LEVELS.flatMap((l) => [row.counts[l], row.percents[l]]),
      tv(confidenceBandKey(row.band)),
    ]),
  };
  return [summary, results];
}
