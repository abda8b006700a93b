import type {
  ElectionCandidateView,
  ElectionRoundView,
  ElectionView,
  MyElectionState,
  RoundResult,
} from '../../../shared/meeting-live/election-state';
import { ballotFormOf } from '../../../shared/meeting-live/election-state';
import type { ElectionId, ElectionRoundId } from '../../../shared/meeting-live/ids';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import type { AgendaItemId, UserId } from '../../../shared/model/ids';
import type { ElectionBasis } from '../../../shared/voting/elections';
import type { ElectionBoardStore, ElectionRow } from './election-board-store';
import type { ElectionRoundRow, ElectionStore } from './election-store';
import type { CommandContext, MeetingParticipantInfo } from './types';

/*
 * Elections in the live view: read once per committed version (snapshot), then projected per viewer: the
 * count of a closed round goes to the chair, the secretariat and the counting board at once, to everyone
 * once announced; "have I voted" is the viewer's own.
 */

type RoundSnapshot = {
  row: ElectionRoundRow;
  candidateIds: string[];
  castCount: number;
  /** Open rounds only: who may vote and who has. */
  entitled: ReadonlySet<string> | null;
  voted: ReadonlySet<string> | null;
  confirmations: { user_id: string; at: number }[];
  announcedAt: number | null;
};

export type ElectionSnapshot = {
  row: ElectionRow;
  candidates: ElectionCandidateView[];
  board: string[];
  basis: ElectionBasis;
  rounds: RoundSnapshot[];
};

export function loadElections(elections: ElectionStore, board: ElectionBoardStore): ElectionSnapshot[] {
  return board.listElections.all().map((row) => ({
    row,
    candidates: JSON.parse(row.candidates_json) as ElectionCandidateView[],
    board: JSON.parse(row.board_json) as string[],
    basis: (JSON.parse(row.basis_json) as { basis: ElectionBasis }).basis,
    rounds: elections.listRounds.all(row.id).map((r) => {
      const open = r.status === 'open';
      return {
        row: r,
        candidateIds: elections.listCandidates.all(r.id).map((c) => c.candidate_id),
        castCount: elections.countVoters.get(r.id)!.count,
        entitled: open ? new Set(elections.listEntitled.all(r.id).map((e) => e.user_id)) : null,
        voted: open ? new Set(elections.listVoters.all(r.id).map((v) => v.user_id)) : null,
        confirmations: board.listConfirmations.all(r.id),
        announcedAt: board.getAnnouncement.get(r.id)?.at ?? null,
      };
    }),
  }));
}

export type ElectionProjectionEnv = {
  participants: ReadonlyMap<string, MeetingParticipantInfo>;
  isOnline: (userId: UserId) => boolean;
  attendanceOf: (userId: string) => string | null;
};

function roundView(r: RoundSnapshot, e: ElectionSnapshot, mayCount: boolean, env: ElectionProjectionEnv): ElectionRoundView {
  const row = r.row;
  const seeResult = row.status === 'closed' && (mayCount || r.announcedAt !== null);
  return {
    roundId: row.id as ElectionRoundId,
    round: row.round,
    roundKind: row.round_kind,
    status: row.status,
    form: ballotFormOf(row.kind, r.candidateIds.length, row.seats),
    seats: row.seats,
    candidateIds: r.candidateIds,
    n: row.n,
    presentAtOpen: row.present_at_open,
    denominator: row.denominator_json ? (JSON.parse(row.denominator_json) as ElectionRoundView['denominator']) : null,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    castCount: r.castCount,
    result: seeResult ? (JSON.parse(row.result_json!) as RoundResult) : null,
    confirmedBy: r.confirmations.map((c) => ({
      userId: c.user_id as UserId,
      fullName: env.participants.get(c.user_id)?.fullName ?? c.user_id,
      at: c.at,
    })),
    announcedAt: r.announcedAt,
  };
}

function myState(e: ElectionSnapshot, ctx: CommandContext, env: ElectionProjectionEnv): MyElectionState {
  const open = e.rounds.find((r) => r.row.status === 'open');
  const latestClosed = [...e.rounds].reverse().find((r) => r.row.status === 'closed');
  const participant = env.participants.get(ctx.userId);
  const isMember = participant !== undefined && isMemberRole(participant.role);
  const entitled = open?.entitled?.has(ctx.userId) ?? false;
  const hasVoted = open?.voted?.has(ctx.userId) ?? false;
  let cannotVoteReason: MyElectionState['cannotVoteReason'] = null;
  if (open && isMember) {
    if (!entitled) cannotVoteReason = 'error.relay.notEntitledTotal';
    else if (hasVoted) cannotVoteReason = 'error.relay.alreadyVoted';
    else if (!env.isOnline(ctx.userId)) cannotVoteReason = 'error.relay.offlineVote';
    else if (env.attendanceOf(ctx.userId) !== 'present') cannotVoteReason = 'election.error.noCheckIn';
  }
  return {
    entitled,
    hasVoted,
    cannotVoteReason,
    onBoard: e.board.includes(ctx.userId),
    confirmedLatest: latestClosed?.confirmations.some((c) => c.user_id === ctx.userId) ?? false,
  };
}

export function projectElections(snaps: readonly ElectionSnapshot[], ctx: CommandContext, env: ElectionProjectionEnv): ElectionView[] {
  return snaps.map((e) => {
    const mayCount = ctx.role === 'chair' || ctx.role === 'secretariat' || e.board.includes(ctx.userId);
    return {
      electionId: e.row.id as ElectionId,
      agendaItemId: e.row.agenda_item_id as AgendaItemId,
      kind: e.row.kind,
      office: e.row.office,
      seats: e.row.seats,
      candidates: e.candidates,
      board: e.board.map((u) => ({ userId: u as UserId, fullName: env.participants.get(u)?.fullName ?? u })),
      basis: e.basis,
      preparedAt: e.row.prepared_at,
      rounds: e.rounds.map((r) => roundView(r, e, mayCount, env)),
      me: myState(e, ctx, env),
    };
  });
}
