import type { MessageKey } from '../../../shared/i18n';
import type { ElectionRoundView, ElectionView, RoundKind } from '../../../shared/meeting-live/election-state';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import type { ElectionBase, NextRound } from '../../../shared/voting/elections';
import { assertNever } from '../../../shared/util/result';

/* Pure reading of an election in the live view: its stage, names, the board's confirmations, the next round. */

export type ElectionStage =
  /** Prepared, no round yet. */
  | { kind: 'prepared' }
  | { kind: 'open'; round: ElectionRoundView }
  /** Closed, the board confirms, the chair has not announced yet. */
  | { kind: 'counting'; round: ElectionRoundView }
  | { kind: 'announced'; round: ElectionRoundView };

export function electionStage(e: ElectionView): ElectionStage {
  const round = e.rounds.at(-1);
  if (!round) return { kind: 'prepared' };
  if (round.status === 'open') return { kind: 'open', round };
  return round.announcedAt === null ? { kind: 'counting', round } : { kind: 'announced', round };
}

/** The full name of a candidate id ("c3"), or the id itself when it is unknown. */
export function candidateName(e: ElectionView, id: string): string {
  return e.candidates.find((c) => c.id === id)?.fullName ?? id;
}

export type BoardRow = { userId: string; fullName: string; confirmedAt: number | null };

/** The counting board with each member's confirmation of this round, in signing order. */
export function boardRows(e: ElectionView, round: ElectionRoundView): { rows: BoardRow[]; confirmed: number; all: boolean } {
  const rows = e.board.map((b) => ({
    userId: b.userId as string,
    fullName: b.fullName,
    confirmedAt: round.confirmedBy.find((c) => c.userId === b.userId)?.at ?? null,
  }));
  const confirmed = rows.filter((r) => r.confirmedAt !== null).length;
  return { rows, confirmed, all: confirmed === rows.length };
}

/** What the last announced count left: a further round or a runoff (ratings have none). */
export function nextRound(round: ElectionRoundView): NextRound {
  if (!round.result || round.result.kind !== 'election') return { kind: 'none' };
  return round.result.count.next;
}

/** The chair may open a round: the first once prepared, later ones when the announced count left seats. */
export function canOpenRound(e: ElectionView): boolean {
  const stage = electionStage(e);
  return stage.kind === 'prepared' || (stage.kind === 'announced' && nextRound(stage.round).kind !== 'none');
}

export function roundKindKey(kind: RoundKind): MessageKey {
  switch (kind) {
    case 'first':
      return 'eui.round.first';
    case 'further_round':
      return 'eui.round.further';
    case 'runoff':
      return 'eui.round.runoff';
    default:
      return assertNever(kind, 'round kind');
  }
}

export function nextRoundKey(next: NextRound): MessageKey {
  switch (next.kind) {
    case 'none':
      return 'election.next.none';
    case 'further_round':
      return 'election.next.furtherRound';
    case 'runoff':
      return 'election.next.runoff';
    default:
      return assertNever(next, 'next round');
  }
}

/** Ballots returned of N, for a progress bar. */
export function roundProgress(round: ElectionRoundView): { done: number; of: number; fraction: number } {
  const of = round.n;
  return { done: round.castCount, of, fraction: of > 0 ? Math.min(1, round.castCount / of) : 0 };
}

export type ScreenElection = { kind: 'open' | 'announced'; election: ElectionView; round: ElectionRoundView } | { kind: 'none' };

/**
 * What the big screen shows of elections: an open round's progress (never a count), else the latest announced
 * count until the chair moves to another item or a vote closes after it, else nothing.
 */
export function screenElection(view: MeetingLiveView): ScreenElection {
  let latest: { election: ElectionView; round: ElectionRoundView; at: number } | null = null;
  for (const election of view.elections) {
    const round = election.rounds.at(-1);
    if (round?.status === 'open') return { kind: 'open', election, round };
    if (round?.announcedAt != null && round.result && (!latest || round.announcedAt > latest.at)) {
      latest = { election, round, at: round.announcedAt };
    }
  }
  if (!latest) return { kind: 'none' };
  const movedOn = view.current.changedAt !== null && view.current.changedAt > latest.at;
  const voteAfter = view.vote !== null || (view.results.at(-1)?.closedAt ?? 0) > latest.at;
  return movedOn || voteAfter ? { kind: 'none' } : { kind: 'announced', election: latest.election, round: latest.round };
}

/** "số phiếu hợp lệ" / "tổng số đại biểu": what the % of a count is taken of. */
export function baseWordKey(base: ElectionBase): MessageKey {
  switch (base) {
    case 'valid_ballots':
      return 'election.record.baseValid';
    case 'total_members':
      return 'election.record.baseTotal';
    default:
      return assertNever(base, 'election base');
  }
}

/** The "Bầu cử" tab's label, with a dot while a round is open. */
export const electionsTabLabel = (view: MeetingLiveView, label: string): string =>
  view.elections.some((e) => electionStage(e).kind === 'open') ? `${label} ●` : label;

/** What a screen reader hears of elections between two views: a round opened, closed, a result announced. */
export function electionAnnouncements(prev: MeetingLiveView, next: MeetingLiveView): { key: MessageKey; params: { office: string } }[] {
  const out: { key: MessageKey; params: { office: string } }[] = [];
  for (const e of next.elections) {
    const before = prev.elections.find((p) => p.electionId === e.electionId)?.rounds.at(-1);
    const now = e.rounds.at(-1);
    if (!now) continue;
    const params = { office: e.office };
    const same = before?.roundId === now.roundId;
    if (now.status === 'open' && !same)
      out.push({ key: isMemberRole(next.me.role) ? 'eui.announce.opened' : 'eui.announce.openedWatch', params });
    else if (now.status === 'closed' && (!same || before?.status === 'open')) out.push({ key: 'eui.announce.closed', params });
    if (now.announcedAt !== null && (!same || before?.announcedAt === null)) out.push({ key: 'eui.announce.result', params });
  }
  return out;
}
