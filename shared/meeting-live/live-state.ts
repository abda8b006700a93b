import type { ElectionView } from './election-state';
import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../model/ids';
import type { MeetingRole } from '../model/types';
import type { MessageKey } from '../i18n';
import type { ThresholdRule } from '../voting/thresholds';
import type { QuorumStatus } from '../voting/quorum';
import type { TallyResult } from '../voting/tally';
import type { RuleCitation } from '../voting/citation';
import type { FrozenDenominator } from '../voting/denominator';
import type { TieResolution } from '../voting/rule-set';
import type { AttendanceStatus, SpeakerKind, VoteKind } from './commands';
import type { SpeakerRequestId, VoteId, VoteOptionId } from './ids';
import type { RecallView } from './recall';

/*
 * What a client sees of the running meeting: relay-published state, rebuilt from the relay's database.
 * One shape for every viewer; fields a role may not see are absent (undefined), never faked.
 * Times are the relay's clock in ms since the epoch; `serverNow` lets a client correct its own clock
 * for timers (elapsed = (clientNow - (receivedAt - serverNow)) - startedAt).
 */

export type MeetingPhase = 'not_started' | 'open' | 'closed';

/** A member's attendance as shown. 'not_checked_in' is the state before anything was recorded. */
export type AttendanceShown = AttendanceStatus | 'not_checked_in';

export type MemberAttendance = {
  userId: UserId;
  fullName: string;
  group: string;
  role: MeetingRole;
  status: AttendanceShown;
  /** Reason for an excused absence: chair and secretariat only. */
  reason?: string;
  /** The relay's heartbeat sees this person's laptop. */
  online: boolean;
  /** Counted for quorum: recorded present (on the laptop or by the secretariat). The heartbeat is information only. */
  counted: boolean;
  checkedInAt: number | null;
  /** Who recorded the current status: the member on their laptop, or the secretariat. Null before anything was recorded. */
  source: 'laptop' | 'secretariat' | null;
  recordedBy: UserId | null;
  recordedAt: number | null;
};

export type AttendanceCounts = {
  /** Counted for quorum: recorded present, whatever the laptop's connection. */
  counted: number;
  /** Of the counted: checked in on their laptop / recorded by the secretariat. */
  checkedInLaptop: number;
  checkedInSecretariat: number;
  /** Of the counted: the laptop is offline now (still present). */
  presentOffline: number;
  absent: number;
  absentWithReason: number;
  notCheckedIn: number;
};

export type AttendanceView = {
  /**
   * The list per member: chair and secretariat only. Everyone else gets the counts — with 500 members the
   * list would make every broadcast ~60 KB per laptop.
   */
  members?: MemberAttendance[];
  counts: AttendanceCounts;
  quorum: QuorumStatus;
};

export type CurrentAgenda = {
  agendaItemId: AgendaItemId | null;
  documentId: DocumentId | null;
  page: number | null;
  /** Bumped on every agenda:set-current, so "follow the chair" can tell a new push from the old one. */
  changedAt: number | null;
};

export type SpeakerQueueEntry = {
  requestId: SpeakerRequestId;
  userId: UserId;
  fullName: string;
  kind: SpeakerKind;
  topic: string | null;
  agendaItemId: AgendaItemId | null;
  requestedAt: number;
};

export type CurrentSpeaker = SpeakerQueueEntry & { startedAt: number; limitSec: number };

export type SpeakingStats = { userId: UserId; fullName: string; count: number; totalSec: number };

export type SpeakersView = {
  queue: SpeakerQueueEntry[];
  current: CurrentSpeaker | null;
  /** Finished turns per member (only members who spoke). */
  stats: SpeakingStats[];
  limitSec: number;
};

export type VoteOptionView = { id: VoteOptionId; label: string };

/**
 * The legal basis of a vote, frozen when it opened: N with every exclusion by name and reason, quorum with its
 * citation, the tie and label rules in force, and the round (a re-vote keeps the round it repeats on record).
 */
export type VoteBasis = {
  round: number;
  revoteOf: VoteId | null;
  /** The date the rules were resolved for (the meeting's date). */
  ruleDate: string;
  denominator: Omit<FrozenDenominator, 'members'>;
  quorum: QuorumStatus;
  tie: { resolve: TieResolution; citation: RuleCitation } | null;
  labels: RuleCitation;
};

export type OpenVoteView = {
  voteId: VoteId;
  agendaItemId: AgendaItemId;
  question: string;
  kind: VoteKind;
  options: VoteOptionView[];
  rule: ThresholdRule;
  /** Frozen at open: legal denominator, entitled members, present members. */
  n: number;
  entitledCount: number;
  presentAtOpen: number;
  openedAt: number;
  castCount: number;
  basis: VoteBasis | null;
  /** Live count per option: chair only, and never for a secret ballot. */
  liveCounts?: Record<string, number>;
  /** Named votes, chair only: entitled members who have not voted yet. */
  notVoted?: { userId: UserId; fullName: string }[];
};

export type NamedChoice = { userId: UserId; fullName: string; optionId: VoteOptionId | null };

export type VoteResultView = {
  voteId: VoteId;
  agendaItemId: AgendaItemId;
  question: string;
  kind: VoteKind;
  openedAt: number;
  closedAt: number;
  /** Quorum at the moment the vote opened, recorded with the result. Without it the result is 'invalid'. */
  quorumMetAtOpen: boolean;
  tally: TallyResult;
  /** Null only for votes recorded before the legal basis was kept. */
  basis: VoteBasis | null;
  /** Named votes only: every entitled member and their choice (null: did not vote). */
  choices?: NamedChoice[];
};

/** The viewer's own situation. */
export type MyLiveState = {
  userId: UserId;
  role: MeetingRole;
  isMember: boolean;
  attendance: AttendanceShown | null;
  /** My queued or current request for the floor. */
  speakerRequest: { requestId: SpeakerRequestId; kind: SpeakerKind; status: 'queued' | 'speaking' } | null;
  /** About the open vote, if any. */
  vote: {
    entitled: boolean;
    hasVoted: boolean;
    /** My choice, for public and named votes only (a secret ballot is not linked to me anywhere). */
    optionId?: VoteOptionId;
    /** Why I cannot vote right now (a message key, rendered in the user's language), null when I can. */
    cannotVoteReason: MessageKey | null;
  } | null;
};

export type MeetingLiveView = {
  meetingId: MeetingId;
  /** Increases with every committed command. */
  version: number;
  serverNow: number;
  phase: MeetingPhase;
  openedAt: number | null;
  closedAt: number | null;
  current: CurrentAgenda;
  attendance: AttendanceView;
  speakers: SpeakersView;
  vote: OpenVoteView | null;
  /** Closed votes, oldest first. */
  results: VoteResultView[];
  /** The rules in force for this body on the meeting date (null when none resolve: votes cannot open). */
  rules: RuleSetView | null;
  /** Prepared elections and confidence ratings with their rounds, oldest first. */
  elections: ElectionView[];
  me: MyLiveState;
  /** Recall of the meeting's confidential documents (added by the relay; absent from older relays). */
  recall?: RecallView;
};

/** What the chair's vote form and the screens need of the rule set in force. */
export type RuleSetView = {
  bodyType: string;
  date: string;
  passing: ThresholdRule[];
  labels: { vi: string; en: string }[];
  quorum: RuleCitation;
  tie: { resolve: TieResolution; citation: RuleCitation } | null;
};
