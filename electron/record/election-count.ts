import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { assertNever } from '../../shared/util/result';
import type { ElectionCount, NextRound } from '../../shared/voting/elections';
import { formatCitation } from '../../shared/voting/citation';
import type { Table } from './exports';
import { isoLocal } from './vn-time';

/*
 * Biên bản kiểm phiếu of one election round, from committed data only (the round's stored result): base N and
 * exclusions, present, ballots issued / returned / valid / invalid, votes per candidate with % of the base,
 * who is elected, the counting board and the time. Two tables (summary, results) for CSV and XLSX.
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

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

function nextText(next: NextRound): string {
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
  const rule = `${tv(c.basis.labelKey)} (${formatCitation(c.basis.citation)})${c.basis.needsLegalConfirmation ? ` — ${tv('election.needsLegalConfirmation')}` : ''}`;
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
