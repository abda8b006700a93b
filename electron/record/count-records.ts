import { BODY_PRESETS } from '../../shared/model/bodies';
import { summarizeDenominator } from '../../shared/voting/denominator';
import type { ClosedRoundRecord } from '../relay';
import { readClosedRounds } from '../relay';
import { renderElectionCountPdf, renderRatingCountPdf, renderRatingResolutionPdf } from './count-record-pdf';
import type { RelayData } from './data-dir';
import type { CountRecordHeaderInput } from './election-count';
import { electionCountTables, ratingCountTables } from './election-count';
import { toCsv } from './exports';
import { guessProvince } from './minutes-model';

/*
 * The biên bản kiểm phiếu of every closed election round and confidence rating of a meeting, from the
 * committed data of its command database: a PDF ready to print and sign, and the same figures as CSV.
 */

export type CountRecordFile = { name: string; data: Uint8Array };

export function header(data: RelayData): CountRecordHeaderInput {
  const { meeting, body } = data.pkg;
  return {
    bodyKind: meeting.bodyKind,
    bodyName: body?.body.name ?? BODY_PRESETS[meeting.bodyKind].name.vi,
    term: body?.term.label ?? '',
    session: meeting.title,
    date: meeting.date,
    place: meeting.place,
    province: guessProvince(data.pkg),
  };
}

/** Ballots issued: one electronic ballot to every member recorded present when the round opened. */
const common = (r: ClosedRoundRecord, names: ReadonlyMap<string, string>) => ({
  denominatorText: r.denominator ? summarizeDenominator(r.denominator, 'vi') : `N = ${r.n}`,
  present: r.presentAtOpen ?? r.n,
  issued: r.presentAtOpen ?? r.n,
  returned: r.result.count.ballots,
  names: new Map(r.candidates.map((c) => [c.id, c.fullName])),
  board: r.board.map((u) => names.get(u) ?? u),
  at: r.closedAt,
});

/** The PDF and CSV files of one closed round; `base` names them ("bien-ban-kiem-phieu-1-lan-2"). */
export async function roundRecordFiles(
  r: ClosedRoundRecord,
  head: CountRecordHeaderInput,
  names: ReadonlyMap<string, string>,
  base: string,
): Promise<CountRecordFile[]> {
  const input = common(r, names);
  const tables =
    r.result.kind === 'election'
      ? electionCountTables({ ...input, office: r.office, round: r.round, count: r.result.count })
      : ratingCountTables({ ...input, result: r.result.count });
  const pdf =
    r.result.kind === 'election'
      ? await renderElectionCountPdf({ ...head, ...input, office: r.office, round: r.round, count: r.result.count })
      : await renderRatingCountPdf({ ...head, ...input, result: r.result.count });
  const resolution =
    r.result.kind === 'rating'
      ? [{ name: `${base}-du-thao-nghi-quyet.pdf`, data: await renderRatingResolutionPdf({ ...head, ...input, result: r.result.count }) }]
      : [];
  return [
    { name: `${base}.pdf`, data: pdf },
    ...resolution,
    ...tables.map((t, i) => ({ name: `${base}-${i === 0 ? 'tong-hop' : 'ket-qua'}.csv`, data: toCsv(t) })),
  ];
}

export async function countRecordFiles(data: RelayData): Promise<CountRecordFile[]> {
  const rounds = readClosedRounds(data.dbFile);
  const names = new Map(data.pkg.participants.map((p) => [p.userId as string, p.fullName]));
  const elections = [...new Set(rounds.map((r) => r.electionId))];
  const files: CountRecordFile[] = [];
  for (const r of rounds)
    files.push(...(await roundRecordFiles(r, header(data), names, countRecordBase(elections.indexOf(r.electionId) + 1, r.round))));
  return files;
}

export const countRecordBase = (election: number, round: number): string => `bien-ban-kiem-phieu-${election}-lan-${round}`;
