import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../../../shared/model/ids';
import type { BodyKind } from '../../../shared/model/bodies';
import type { SpeakerRequestId, VoteId, VoteOptionId } from '../../../shared/meeting-live/ids';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import type {
  AttendanceCounts,
  MeetingLiveView,
  MemberAttendance,
  MyLiveState,
  OpenVoteView,
  RuleSetView,
  SpeakerQueueEntry,
  VoteBasis,
  SpeakersView,
  VoteResultView,
} from '../../../shared/meeting-live/live-state';
import type { QuorumStatus } from '../../../shared/voting/quorum';
import { citationOf } from '../../../shared/voting/rule-set';
import type { ThresholdRule } from '../../../shared/voting/thresholds';
import type { ElectionBoardStore } from './election-board-store';
import type { ElectionStore } from './election-store';
import type { ElectionSnapshot } from './election-view';
import { loadElections, projectElections } from './election-view';
import type { LegalBody } from './legal-body';
import { vietnamDate } from './legal-body';
import type { LegalStore } from './legal-store';
import type { AttendanceRow, MeetingRow, SpeakerRow, Store, VoteRow } from './store';
import type { CommandContext, MeetingParticipantInfo } from './types';

/*
 * The live view is built in two steps: a snapshot read from the database once per committed version
 * (shared by every viewer), and a cheap per-viewer projection that adds presence (which changes without
 * commands), role-restricted fields and the viewer's own situation.
 */

type OpenVoteSnapshot = {
  row: VoteRow;
  rule: ThresholdRule;
  options: { id: VoteOptionId; label: string }[];
  entitled: Map<string, { fullName: string }>;
  voted: Set<string>;
  /** Public and named votes only. */
  choiceOf: Map<string, string> | null;
  liveCounts: Record<string, number> | null;
  basis: VoteBasis | null;
};

export type Snapshot = {
  version: number;
  meeting: MeetingRow;
  attendance: Map<string, AttendanceRow>;
  queue: SpeakerRow[];
  current: SpeakerRow | null;
  stats: { user_id: string; count: number; total_ms: number }[];
  openVote: OpenVoteSnapshot | null;
  results: VoteResultView[];
  elections: ElectionSnapshot[];
};

export function loadSnapshot(
  store: Store,
  legalStore: LegalStore,
  elections: { rounds: ElectionStore; board: ElectionBoardStore },
): Snapshot {
  const meeting = store.getMeeting.get()!;
  const attendance = new Map(store.listAttendance.all().map((r) => [r.user_id, r]));
  const row = store.openVote.get();
  let openVote: OpenVoteSnapshot | null = null;
  if (row) {
    const secret = row.kind === 'secret';
    const ballots = secret ? null : store.listOpenBallots.all(row.id);
    const voted = new Set(secret ? store.listVoters.all(row.id).map((r) => r.user_id) : ballots!.map((b) => b.user_id));
    let liveCounts: Record<string, number> | null = null;
    if (ballots) {
      liveCounts = {};
      for (const b of ballots) liveCounts[b.option_id] = (liveCounts[b.option_id] ?? 0) + 1;
    }
    openVote = {
      row,
      rule: JSON.parse(row.rule_json) as ThresholdRule,
      options: store.listOptions.all(row.id).map((o) => ({ id: o.option_id as VoteOptionId, label: o.label })),
      entitled: new Map(store.listEntitled.all(row.id).map((e) => [e.user_id, { fullName: e.full_name }])),
      voted,
      choiceOf: ballots ? new Map(ballots.map((b) => [b.user_id, b.option_id])) : null,
      liveCounts,
      basis: parseBasis(legalStore.getBasis.get(row.id)?.basis_json),
    };
  }
  return {
    version: meeting.version,
    meeting,
    attendance,
    queue: store.listQueue.all(),
    current: store.currentSpeaker.get() ?? null,
    stats: store.speakingStats.all(),
    openVote,
    results: store.closedVotes.all().map((v) => {
      const r = JSON.parse(v.result_json!) as Omit<VoteResultView, 'basis'> & { basis?: VoteBasis | null };
      return { ...r, basis: r.basis ?? null };
    }),
    elections: loadElections(elections.rounds, elections.board),
  };
}

const parseBasis = (json: string | undefined): VoteBasis | null => (json ? (JSON.parse(json) as VoteBasis) : null);

export type ProjectionEnv = {
  meetingId: MeetingId;
  bodyKind: BodyKind;
  participants: ReadonlyMap<string, MeetingParticipantInfo>;
  /** Members in display order (Vietnamese given-name order). */
  members: readonly MeetingParticipantInfo[];
  legal: LegalBody;
  meetingDate: string | null;
  isOnline: (userId: UserId) => boolean;
  limitSec: number;
  now: number;
};

const nameOf = (env: ProjectionEnv, userId: string): string => env.participants.get(userId)?.fullName ?? userId;

function queueEntry(env: ProjectionEnv, r: SpeakerRow): SpeakerQueueEntry {
  return {
    requestId: r.id as SpeakerRequestId,
    userId: r.user_id as UserId,
    fullName: nameOf(env, r.user_id),
    kind: r.kind,
    topic: r.topic,
    agendaItemId: r.agenda_item_id as AgendaItemId | null,
    requestedAt: r.requested_at,
  };
}

/** Online flags of all members, in member order: the presence part of the cache key. */
export function presenceSignature(env: ProjectionEnv): string {
  // The date is part of it: N and the rules in force change with the calendar.
  let signature = `${vietnamDate(env.now)}|`;
  for (const m of env.members) signature += env.isOnline(m.userId) ? '1' : '0';
  return signature;
}

/**
 * Everything that is the same for every viewer of one role class, computed once per (version, presence).
 * With 500 members, building this per viewer made a full broadcast O(members²); now it is built once.
 */
export type SharedView = {
  snap: Snapshot;
  signature: string;
  online: Map<string, boolean>;
  members: MemberAttendance[];
  counts: AttendanceCounts;
  quorum: QuorumStatus;
  speakers: SpeakersView;
  vote: OpenVoteView | null;
  rules: RuleSetView | null;
};

export function buildShared(snap: Snapshot, env: ProjectionEnv, signature: string): SharedView {
  // The signature holds the online flags in member order: no second round of isOnline calls.
  const flags = signature.slice(signature.indexOf('|') + 1);
  const online = new Map(env.members.map((m, i) => [m.userId as string, flags[i] === '1']));
  const counts: AttendanceCounts = {
    counted: 0,
    checkedInLaptop: 0,
    checkedInSecretariat: 0,
    presentOffline: 0,
    absent: 0,
    absentWithReason: 0,
    notCheckedIn: 0,
  };
  const presentIds = new Set<string>();
  const members: MemberAttendance[] = env.members.map((m) => {
    const a = snap.attendance.get(m.userId);
    const isOnline = online.get(m.userId) ?? false;
    const entry: MemberAttendance = {
      userId: m.userId,
      fullName: m.fullName,
      group: m.group,
      role: m.role,
      status: a?.status ?? 'not_checked_in',
      online: isOnline,
      // Presence is what was recorded (by the member's check-in or by the secretariat), not the connection.
      counted: a?.status === 'present',
      checkedInAt: a?.checked_in_at ?? null,
      source: a ? (a.updated_by === a.user_id ? 'laptop' : 'secretariat') : null,
      recordedBy: (a?.updated_by ?? null) as UserId | null,
      recordedAt: a?.updated_at ?? null,
    };
    if (a?.reason) entry.reason = a.reason;
    if (entry.counted) {
      counts.counted++;
      presentIds.add(m.userId);
      if (entry.source === 'laptop') counts.checkedInLaptop++;
      else counts.checkedInSecretariat++;
      if (!isOnline) counts.presentOffline++;
    } else if (entry.status === 'absent') counts.absent++;
    else if (entry.status === 'absent_with_reason') counts.absentWithReason++;
    else counts.notCheckedIn++;
    return entry;
  });
  const cur = snap.current;
  return {
    snap,
    signature,
    online,
    members,
    counts,
    quorum: env.legal.quorum(vietnamDate(env.now), env.meetingDate ?? vietnamDate(env.now), presentIds),
    rules: ruleSetView(env),
    speakers: {
      queue: snap.queue.map((r) => queueEntry(env, r)),
      current: cur ? { ...queueEntry(env, cur), startedAt: cur.started_at!, limitSec: cur.limit_sec ?? env.limitSec } : null,
      stats: snap.stats.map((s) => ({
        userId: s.user_id as UserId,
        fullName: nameOf(env, s.user_id),
        count: s.count,
        totalSec: Math.round(s.total_ms / 1000),
      })),
      limitSec: env.limitSec,
    },
    vote: snap.openVote ? openVoteBase(snap.openVote) : null,
  };
}

export function projectView(shared: SharedView, ctx: CommandContext, env: ProjectionEnv): MeetingLiveView {
  const snap = shared.snap;
  const privileged = ctx.role === 'chair' || ctx.role === 'secretariat';
  return {
    meetingId: env.meetingId,
    version: snap.version,
    serverNow: env.now,
    phase: snap.meeting.phase,
    openedAt: snap.meeting.opened_at,
    closedAt: snap.meeting.closed_at,
    current: {
      agendaItemId: snap.meeting.current_item as AgendaItemId | null,
      documentId: snap.meeting.current_document as DocumentId | null,
      page: snap.meeting.current_page,
      changedAt: snap.meeting.current_changed_at,
    },
    // The member list (with reasons for absence) is for the chair and the secretariat only.
    attendance: privileged
      ? { members: shared.members, counts: shared.counts, quorum: shared.quorum }
      : { counts: shared.counts, quorum: shared.quorum },
    speakers: shared.speakers,
    vote: shared.vote && snap.openVote ? withChairExtras(shared.vote, snap.openVote, ctx, env) : null,
    results: snap.results,
    rules: shared.rules,
    elections: projectElections(snap.elections, ctx, {
      participants: env.participants,
      isOnline: (u) => shared.online.get(u) ?? env.isOnline(u),
      attendanceOf: (u) => snap.attendance.get(u)?.status ?? null,
    }),
    me: myState(snap, ctx, env, shared.online),
  };
}

function openVoteBase(v: OpenVoteSnapshot): OpenVoteView {
  return {
    voteId: v.row.id as VoteId,
    agendaItemId: v.row.agenda_item_id as AgendaItemId,
    question: v.row.question,
    kind: v.row.kind,
    options: v.options,
    rule: v.rule,
    n: v.row.n,
    entitledCount: v.entitled.size,
    presentAtOpen: v.row.present_at_open,
    openedAt: v.row.opened_at,
    castCount: v.voted.size,
    basis: v.basis,
  };
}

function ruleSetView(env: ProjectionEnv): RuleSetView | null {
  const r = env.legal.ruleSet(env.meetingDate ?? vietnamDate(env.now));
  if (!r.ok) return null;
  const set = r.value;
  return {
    bodyType: set.bodyType,
    date: set.date,
    passing: set.passing,
    labels: set.labels.options.map((o) => ({ vi: o.vi, en: o.en })),
    quorum: citationOf(set.quorum),
    tie: set.tie ? { resolve: set.tie.resolve, citation: citationOf(set.tie) } : null,
  };
}

function withChairExtras(base: OpenVoteView, v: OpenVoteSnapshot, ctx: CommandContext, env: ProjectionEnv): OpenVoteView {
  if (ctx.role !== 'chair') return base;
  const view: OpenVoteView = { ...base };
  // Per-option counts while a secret ballot is open would let the chair match increments to arrivals.
  if (v.liveCounts) view.liveCounts = { ...v.liveCounts };
  if (v.row.kind === 'named') {
    const order = new Map(env.members.map((m, i) => [m.userId as string, i]));
    view.notVoted = [...v.entitled.keys()]
      .filter((u) => !v.voted.has(u))
      .map((u) => ({ userId: u as UserId, fullName: v.entitled.get(u)!.fullName }))
      .sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
  }
  return view;
}

function myState(snap: Snapshot, ctx: CommandContext, env: ProjectionEnv, online: Map<string, boolean>): MyLiveState {
  const p = env.participants.get(ctx.userId);
  const isMember = p !== undefined && isMemberRole(p.role);
  const a = snap.attendance.get(ctx.userId);
  const pending = snap.current?.user_id === ctx.userId ? snap.current : (snap.queue.find((r) => r.user_id === ctx.userId) ?? null);
  let vote: MyLiveState['vote'] = null;
  const v = snap.openVote;
  // Guests, the secretariat and the projector are never voters: no personal vote state at all.
  if (v && isMember) {
    const entitled = v.entitled.has(ctx.userId);
    const hasVoted = v.voted.has(ctx.userId);
    const isOnline = online.get(ctx.userId) ?? env.isOnline(ctx.userId);
    const cannotVoteReason = !entitled
      ? v.rule.base === 'present'
        ? 'error.relay.notEntitledPresent'
        : 'error.relay.notEntitledTotal'
      : hasVoted
        ? 'error.relay.alreadyVoted'
        : !isOnline
          ? 'error.relay.offlineVote'
          : a?.status !== 'present'
            ? 'error.relay.notCheckedInVote'
            : null;
    vote = { entitled, hasVoted, cannotVoteReason };
    const mine = v.choiceOf?.get(ctx.userId);
    if (mine !== undefined) vote.optionId = mine as VoteOptionId;
  }
  return {
    userId: ctx.userId,
    role: ctx.role,
    isMember,
    attendance: isMember ? (a?.status ?? 'not_checked_in') : null,
    speakerRequest: pending
      ? { requestId: pending.id as SpeakerRequestId, kind: pending.kind, status: pending.status === 'speaking' ? 'speaking' : 'queued' }
      : null,
    vote,
  };
}
