import type { AgendaItemId, DocumentId, UserId } from '../model/ids';
import type { MeetingRole } from '../model/types';
import type { TallyResult } from '../voting/tally';
import type { ElectionCommand } from './election-commands';
import type { CommandId, ElectionId, ElectionRoundId, SpeakerRequestId, VoteId, VoteOptionId } from './ids';

/*
 * Authoritative meeting commands. A client sends one of these to the relay; the relay validates it,
 * applies it in one durable SQLite transaction and answers with a CommandAck (or an error value).
 * The sender is never part of a command: the relay takes it from the authenticated session, so a
 * client cannot act (or vote) as someone else.
 */

export type AttendanceStatus = 'present' | 'absent' | 'absent_with_reason';
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'absent_with_reason'];

export type SpeakerKind = 'phat_bieu' | 'tranh_luan' | 'chat_van';
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['phat_bieu', 'tranh_luan', 'chat_van'];
export const SPEAKER_KIND_LABELS: Readonly<Record<SpeakerKind, { vi: string; en: string }>> = {
  phat_bieu: { vi: 'Phát biểu', en: 'Speech' },
  tranh_luan: { vi: 'Tranh luận', en: 'Debate' },
  chat_van: { vi: 'Chất vấn', en: 'Question' },
};

export type VoteKind = 'public' | 'named' | 'secret';
export const VOTE_KINDS: readonly VoteKind[] = ['public', 'named', 'secret'];
export const VOTE_KIND_LABELS: Readonly<Record<VoteKind, { vi: string; en: string }>> = {
  public: { vi: 'Biểu quyết công khai', en: 'Public vote' },
  named: { vi: 'Biểu quyết ghi danh', en: 'Named (roll-call) vote' },
  secret: { vi: 'Bỏ phiếu kín', en: 'Secret ballot' },
};
/**
 * The first option is the one a passing rule counts ("in favour"). The relay uses the labels of the rule set
 * in force for the body (HĐND "Tán thành…", Party "Đồng ý / Không đồng ý"); this is the state bodies' default.
 */
export const DEFAULT_VOTE_OPTIONS: readonly string[] = ['Tán thành', 'Không tán thành', 'Không biểu quyết'];

export type AttendanceCheckIn = { type: 'attendance:check-in'; commandId: CommandId };
export type AttendanceSet = {
  type: 'attendance:set';
  commandId: CommandId;
  /** The person whose attendance the secretariat records (not the sender). */
  userId: UserId;
  status: AttendanceStatus;
  /** Required for absent_with_reason, refused otherwise. */
  reason?: string;
};
export type AgendaSetCurrent = {
  type: 'agenda:set-current';
  commandId: CommandId;
  /** null: no current item (e.g. before the first). */
  agendaItemId: AgendaItemId | null;
  /** Optional document and 1-based page for delegates who follow the chair. */
  documentId?: DocumentId | null;
  page?: number | null;
};
export type SpeakerRequest = { type: 'speaker:request'; commandId: CommandId; kind: SpeakerKind; topic?: string };
export type SpeakerWithdraw = { type: 'speaker:withdraw'; commandId: CommandId };
export type SpeakerGrant = { type: 'speaker:grant'; commandId: CommandId; requestId: SpeakerRequestId };
export type SpeakerNext = { type: 'speaker:next'; commandId: CommandId };
export type SpeakerEnd = { type: 'speaker:end'; commandId: CommandId };
export type VoteOpen = {
  type: 'vote:open';
  commandId: CommandId;
  agendaItemId: AgendaItemId;
  question: string;
  kind: VoteKind;
  /** Option labels in order; defaults to DEFAULT_VOTE_OPTIONS. The first is "in favour". */
  options?: string[];
  /** A passing rule in force for the meeting's body on its date (view.rules.passing). */
  ruleId: string;
  /** A re-vote ordered by the chair (biểu quyết lại): the closed vote it repeats. Both rounds stay on record. */
  revoteOf?: VoteId;
};
export type VoteCast = { type: 'vote:cast'; commandId: CommandId; voteId: VoteId; optionId: VoteOptionId };
export type VoteClose = { type: 'vote:close'; commandId: CommandId; voteId: VoteId };
export type MeetingOpen = { type: 'meeting:open'; commandId: CommandId };
export type MeetingClose = { type: 'meeting:close'; commandId: CommandId };
/** The chair's conclusion (kết luận) on an agenda item, for the minutes; a later one supersedes it there. */
export type MinutesConclusion = { type: 'minutes:conclusion'; commandId: CommandId; agendaItemId: AgendaItemId; text: string };
/** A member's recorded dissent (bảo lưu ý kiến, Điều lệ Đảng Art. 9(5)), recorded by the chair or secretariat. */
export type MinutesDissent = { type: 'minutes:dissent'; commandId: CommandId; agendaItemId: AgendaItemId; userId: UserId; text: string };
/**
 * After the close, the secretariat edits one section of the generated minutes (MINUTES_SECTION_RE: "opening",
 * "attendance", "closing" or "item:<agendaItemId>") in the current draft version.
 */
export type MinutesEdit = { type: 'minutes:edit'; commandId: CommandId; section: string; text: string };
/** Freezes the draft `version` of the minutes (Hoàn thành biên bản). */
export type MinutesFinalise = { type: 'minutes:finalise'; commandId: CommandId; version: number };
/** Opens a new draft version after a finalised one, with the reason; both versions are kept. */
export type MinutesRevise = { type: 'minutes:revise'; commandId: CommandId; reason: string };

export type Command =
  | AttendanceCheckIn
  | AttendanceSet
  | AgendaSetCurrent
  | SpeakerRequest
  | SpeakerWithdraw
  | SpeakerGrant
  | SpeakerNext
  | SpeakerEnd
  | VoteOpen
  | VoteCast
  | VoteClose
  | MeetingOpen
  | MeetingClose
  | MinutesConclusion
  | MinutesDissent
  | MinutesEdit
  | MinutesFinalise
  | MinutesRevise
  | ElectionCommand;

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = [
  'attendance:check-in',
  'attendance:set',
  'agenda:set-current',
  'speaker:request',
  'speaker:withdraw',
  'speaker:grant',
  'speaker:next',
  'speaker:end',
  'vote:open',
  'vote:cast',
  'vote:close',
  'meeting:open',
  'meeting:close',
  'minutes:conclusion',
  'minutes:dissent',
  'minutes:edit',
  'minutes:finalise',
  'minutes:revise',
  'election:prepare',
  'election:open',
  'election:cast',
  'election:close',
  'election:confirm',
  'election:announce',
];

/** Roles that are members of the body: counted for quorum, entitled to vote, may check in and speak. */
export const MEMBER_ROLES: readonly MeetingRole[] = ['delegate', 'chair'];
export const isMemberRole = (role: MeetingRole): boolean => MEMBER_ROLES.includes(role);

/** Who may send each command. The relay enforces it; the UI uses it to show only what works. */
export const COMMAND_ROLES: Readonly<Record<CommandType, readonly MeetingRole[]>> = {
  'attendance:check-in': MEMBER_ROLES,
  'attendance:set': ['secretariat'],
  'agenda:set-current': ['chair'],
  'speaker:request': MEMBER_ROLES,
  'speaker:withdraw': MEMBER_ROLES,
  'speaker:grant': ['chair'],
  'speaker:next': ['chair'],
  'speaker:end': ['chair'],
  'vote:open': ['chair'],
  'vote:cast': MEMBER_ROLES,
  'vote:close': ['chair'],
  'meeting:open': ['chair'],
  'meeting:close': ['chair'],
  'minutes:conclusion': ['chair'],
  'minutes:dissent': ['chair', 'secretariat'],
  'minutes:edit': ['secretariat'],
  'minutes:finalise': ['secretariat'],
  'minutes:revise': ['secretariat'],
  'election:prepare': ['secretariat'],
  'election:open': ['chair'],
  'election:cast': MEMBER_ROLES,
  'election:close': ['chair'],
  // the relay also checks that the sender sits on the round's counting board
  'election:confirm': MEMBER_ROLES,
  'election:announce': ['chair'],
};

/** What each command does, for messages ("Chỉ chủ tọa mới được mở biểu quyết.") and logs. */
export const COMMAND_LABELS: Readonly<Record<CommandType, { vi: string; en: string }>> = {
  'attendance:check-in': { vi: 'điểm danh', en: 'check in' },
  'attendance:set': { vi: 'cập nhật điểm danh', en: 'record attendance' },
  'agenda:set-current': { vi: 'chuyển mục chương trình', en: 'set the current agenda item' },
  'speaker:request': { vi: 'đăng ký phát biểu', en: 'request the floor' },
  'speaker:withdraw': { vi: 'rút đăng ký phát biểu', en: 'withdraw a request for the floor' },
  'speaker:grant': { vi: 'mời phát biểu', en: 'give the floor' },
  'speaker:next': { vi: 'mời người tiếp theo phát biểu', en: 'give the floor to the next speaker' },
  'speaker:end': { vi: 'kết thúc lượt phát biểu', en: 'end the current speech' },
  'vote:open': { vi: 'mở biểu quyết', en: 'open a vote' },
  'vote:cast': { vi: 'biểu quyết', en: 'vote' },
  'vote:close': { vi: 'kết thúc biểu quyết', en: 'close a vote' },
  'meeting:open': { vi: 'khai mạc cuộc họp', en: 'open the meeting' },
  'meeting:close': { vi: 'bế mạc cuộc họp', en: 'close the meeting' },
  'minutes:conclusion': { vi: 'ghi kết luận', en: 'record a conclusion' },
  'minutes:dissent': { vi: 'ghi ý kiến bảo lưu', en: 'record a dissent' },
  'minutes:edit': { vi: 'sửa biên bản', en: 'edit the minutes' },
  'minutes:finalise': { vi: 'hoàn thành biên bản', en: 'finalise the minutes' },
  'minutes:revise': { vi: 'lập phiên bản mới của biên bản', en: 'open a new version of the minutes' },
  'election:prepare': { vi: 'chuẩn bị danh sách bầu cử', en: 'prepare an election list' },
  'election:open': { vi: 'mở bỏ phiếu bầu', en: 'open an election round' },
  'election:cast': { vi: 'bỏ phiếu bầu', en: 'cast an election ballot' },
  'election:close': { vi: 'kết thúc bỏ phiếu bầu', en: 'close an election round' },
  'election:confirm': { vi: 'xác nhận kết quả kiểm phiếu', en: 'confirm the count' },
  'election:announce': { vi: 'công bố kết quả bầu cử', en: 'announce the result' },
};

/** The sections of the minutes the secretariat may edit. */
export const MINUTES_SECTION_RE = /^(opening|attendance|closing|item:[A-Za-z0-9_-]{1,64})$/;

export const mayIssue = (role: MeetingRole, type: CommandType): boolean => COMMAND_ROLES[type].includes(role);

/**
 * The relay's answer to an applied command. Stored with the command id: a resend of the same command id
 * by the same sender returns this exact object again and changes nothing.
 * A vote:cast or election:cast ack never names the choice (secret ballots must not be linkable through it).
 */
export type CommandAck = {
  commandId: CommandId;
  type: CommandType;
  /** Relay clock (ms since epoch) when the command was applied. */
  at: number;
  /** Live-state version after this command. */
  version: number;
  voteId?: VoteId;
  requestId?: SpeakerRequestId;
  /** vote:close: the stored result. */
  result?: TallyResult;
  electionId?: ElectionId;
  roundId?: ElectionRoundId;
};

/** Limits, shared by the validator and the UI's input fields. */
export const LIMITS = {
  QUESTION_MAX_CHARS: 1000,
  OPTION_LABEL_MAX_CHARS: 200,
  OPTIONS_MIN: 2,
  OPTIONS_MAX: 20,
  TOPIC_MAX_CHARS: 300,
  REASON_MAX_CHARS: 500,
  PAGE_MAX: 100_000,
  NOTE_MAX_CHARS: 4000,
} as const;
