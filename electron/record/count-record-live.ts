import type { ElectionRoundView, ElectionView } from '../../shared/meeting-live/election-state';
import { BODY_PRESETS } from '../../shared/model/bodies';
import type { Meeting } from '../../shared/model/types';
import type { ClosedRoundRecord } from '../relay';
import type { CountRecordFile } from './count-records';
import { countRecordBase, roundRecordFiles } from './count-records';
import type { CountRecordHeaderInput } from './election-count';

/*
 * The biên bản kiểm phiếu on any secretariat laptop linked to the relay: built from the round's count as the
 * relay committed and pushed it (the live view), the same document the record program makes from the relay's
 * database (count-records.ts).
 */

/** A closed round of the live view in the record's shape; null while the round is open or its count unseen. */
export function closedRoundOf(e: ElectionView, r: ElectionRoundView): ClosedRoundRecord | null {
  if (r.status !== 'closed' || r.closedAt === null || !r.result) return null;
  return {
    electionId: e.electionId,
    kind: e.kind,
    office: e.office,
    round: r.round,
    roundKind: r.roundKind,
    candidates: e.candidates,
    board: e.board.map((b) => b.userId),
    n: r.n,
    presentAtOpen: r.presentAtOpen,
    denominator: r.denominator,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    result: r.result,
    confirmations: r.confirmedBy.map((c) => ({ userId: c.userId, at: c.at })),
    announcedAt: r.announcedAt,
  };
}

export function liveRecordHeader(meeting: Meeting, round: ElectionRoundView, province: string): CountRecordHeaderInput {
  return {
    bodyKind: meeting.bodyKind,
    bodyName: round.denominator?.bodyName || BODY_PRESETS[meeting.bodyKind].name.vi,
    term: round.denominator?.termLabel ?? '',
    session: meeting.title,
    date: meeting.date,
    place: meeting.place,
    province,
  };
}

export async function liveCountRecordFiles(
  elections: readonly ElectionView[],
  roundId: string,
  meeting: Meeting,
  province: string,
): Promise<CountRecordFile[] | null> {
  const index = elections.findIndex((e) => e.rounds.some((r) => r.roundId === roundId));
  if (index < 0) return null;
  const e = elections[index]!;
  const r = e.rounds.find((x) => x.roundId === roundId)!;
  const closed = closedRoundOf(e, r);
  if (!closed) return null;
  const names = new Map(e.board.map((b) => [b.userId as string, b.fullName]));
  return roundRecordFiles(closed, liveRecordHeader(meeting, r, province), names, countRecordBase(index + 1, r.round));
}
