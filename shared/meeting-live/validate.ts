import type { AgendaItemId, DocumentId, UserId } from '../model/ids';
import { isIdShape } from '../model/ids';
import type { AppError, Result } from '../util/result';
import { err, ok } from '../util/result';
import type { AttendanceStatus, Command, CommandType, SpeakerKind, VoteKind } from './commands';
import { ATTENDANCE_STATUSES, COMMAND_TYPES, LIMITS, SPEAKER_KINDS, VOTE_KINDS } from './commands';
import type { CommandId, SpeakerRequestId, VoteId, VoteOptionId } from './ids';

/*
 * parse unknown → Result<Command>. Strict: unknown fields are refused rather than ignored, so a tampered
 * client learns exactly what was wrong and nothing it sends is silently half-used.
 */

type Obj = Record<string, unknown>;
type Fail = { ok: false; error: AppError };

/** Fields that would name the actor. The actor is always the session's user, so these are refused outright. */
const ACTOR_FIELDS = ['userId', 'voterId', 'voter', 'delegateId', 'delegate', 'user', 'by', 'from', 'senderId', 'actorId', 'actor'];

const ALLOWED: Readonly<Record<CommandType, readonly string[]>> = {
  'attendance:check-in': [],
  'attendance:set': ['userId', 'status', 'reason'],
  'agenda:set-current': ['agendaItemId', 'documentId', 'page'],
  'speaker:request': ['kind', 'topic'],
  'speaker:withdraw': [],
  'speaker:grant': ['requestId'],
  'speaker:next': [],
  'speaker:end': [],
  'vote:open': ['agendaItemId', 'question', 'kind', 'options', 'ruleId'],
  'vote:cast': ['voteId', 'optionId'],
  'vote:close': ['voteId'],
  'meeting:open': [],
  'meeting:close': [],
  'minutes:conclusion': ['agendaItemId', 'text'],
  'minutes:dissent': ['agendaItemId', 'userId', 'text'],
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCommandType = (v: unknown): v is CommandType => typeof v === 'string' && (COMMAND_TYPES as readonly string[]).includes(v);
// Control characters (except none: single-line fields) would corrupt exports and the projector.
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function invalid(message: string, field?: string): Fail {
  return err('invalid_input', message, field ? { field } : undefined);
}

/** Trimmed, NFC-normalised single-line text within limits. */
function text(o: Obj, field: string, label: string, max: number, required: boolean): Result<string | undefined> {
  const v = o[field];
  if (v === undefined || v === null) return required ? invalid(`Thiếu ${label}.`, field) : ok(undefined);
  if (typeof v !== 'string') return invalid(`${capitalise(label)} phải là chuỗi ký tự.`, field);
  const s = v.normalize('NFC').trim();
  if (CONTROL_RE.test(s)) return invalid(`${capitalise(label)} chứa ký tự điều khiển không hợp lệ.`, field);
  if (s.length === 0) return required ? invalid(`${capitalise(label)} không được để trống.`, field) : ok(undefined);
  if (s.length > max) return invalid(`${capitalise(label)} dài quá ${max} ký tự.`, field);
  return ok(s);
}

function id<T extends string>(o: Obj, field: string, label: string): Result<T> {
  const v = o[field];
  if (v === undefined || v === null) return invalid(`Thiếu ${label}.`, field);
  if (!isIdShape(v)) return invalid(`${capitalise(label)} không hợp lệ.`, field);
  return ok(v as T);
}

function oneOf<T extends string>(o: Obj, field: string, label: string, allowed: readonly T[]): Result<T> {
  const v = o[field];
  if (v === undefined || v === null) return invalid(`Thiếu ${label}.`, field);
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    return invalid(`${capitalise(label)} không hợp lệ (chấp nhận: ${allowed.join(', ')}).`, field);
  }
  return ok(v as T);
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function parseCommand(input: unknown): Result<Command> {
  if (!isObj(input)) return invalid('Lệnh phải là một đối tượng JSON.');
  const type = input['type'];
  if (!isCommandType(type)) return invalid('Loại lệnh không được hỗ trợ.', 'type');
  const commandId = input['commandId'];
  if (!isIdShape(commandId)) {
    return invalid('Mã lệnh (commandId) không hợp lệ: 1–64 ký tự chữ, số, "-" hoặc "_".', 'commandId');
  }
  const allowed = ALLOWED[type];
  for (const key of Object.keys(input)) {
    if (key === 'type' || key === 'commandId' || allowed.includes(key)) continue;
    if (ACTOR_FIELDS.includes(key)) {
      return err(
        'forbidden',
        type === 'vote:cast'
          ? `Không được chỉ định người bỏ phiếu (trường "${key}"): phiếu luôn được ghi cho chính người gửi.`
          : `Không được chỉ định người thực hiện (trường "${key}"): lệnh luôn được ghi cho chính người gửi.`,
        { field: key, reason: 'actor_field' },
      );
    }
    return invalid(`Trường "${key}" không thuộc lệnh ${type}.`, key);
  }
  return parseBody(type, commandId as CommandId, input);
}

function parseBody(type: CommandType, commandId: CommandId, o: Obj): Result<Command> {
  switch (type) {
    case 'attendance:check-in':
    case 'speaker:withdraw':
    case 'speaker:next':
    case 'speaker:end':
    case 'meeting:open':
    case 'meeting:close':
      return ok({ type, commandId });
    case 'attendance:set': {
      const userId = id<UserId>(o, 'userId', 'mã đại biểu');
      if (!userId.ok) return userId;
      const status = oneOf<AttendanceStatus>(o, 'status', 'trạng thái điểm danh', ATTENDANCE_STATUSES);
      if (!status.ok) return status;
      const reason = text(o, 'reason', 'lý do vắng mặt', LIMITS.REASON_MAX_CHARS, status.value === 'absent_with_reason');
      if (!reason.ok) return reason;
      if (status.value !== 'absent_with_reason' && reason.value !== undefined) {
        return invalid('Chỉ ghi lý do khi đánh dấu "vắng có lý do".', 'reason');
      }
      return ok(
        reason.value === undefined
          ? { type, commandId, userId: userId.value, status: status.value }
          : { type, commandId, userId: userId.value, status: status.value, reason: reason.value },
      );
    }
    case 'agenda:set-current': {
      const raw = o['agendaItemId'];
      if (raw === undefined) return invalid('Thiếu mục chương trình (agendaItemId, hoặc null).', 'agendaItemId');
      if (raw !== null && !isIdShape(raw)) return invalid('Mục chương trình không hợp lệ.', 'agendaItemId');
      const doc = o['documentId'];
      if (doc !== undefined && doc !== null && !isIdShape(doc)) return invalid('Tài liệu không hợp lệ.', 'documentId');
      const page = o['page'];
      if (page !== undefined && page !== null && !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= LIMITS.PAGE_MAX)) {
        return invalid('Số trang phải là số nguyên dương.', 'page');
      }
      if ((page !== undefined && page !== null) && (doc === undefined || doc === null)) {
        return invalid('Chỉ định trang thì phải chỉ định tài liệu.', 'page');
      }
      if (raw === null && doc !== undefined && doc !== null) return invalid('Không thể mở tài liệu khi chưa chọn mục chương trình.', 'documentId');
      return ok({
        type,
        commandId,
        agendaItemId: raw as AgendaItemId | null,
        documentId: (doc ?? null) as DocumentId | null,
        page: (page ?? null) as number | null,
      });
    }
    case 'speaker:request': {
      const kind = oneOf<SpeakerKind>(o, 'kind', 'hình thức phát biểu', SPEAKER_KINDS);
      if (!kind.ok) return kind;
      const topic = text(o, 'topic', 'nội dung đăng ký', LIMITS.TOPIC_MAX_CHARS, false);
      if (!topic.ok) return topic;
      return ok(topic.value === undefined ? { type, commandId, kind: kind.value } : { type, commandId, kind: kind.value, topic: topic.value });
    }
    case 'speaker:grant': {
      const requestId = id<SpeakerRequestId>(o, 'requestId', 'mã đăng ký phát biểu');
      if (!requestId.ok) return requestId;
      return ok({ type, commandId, requestId: requestId.value });
    }
    case 'vote:open': {
      const agendaItemId = id<AgendaItemId>(o, 'agendaItemId', 'mục chương trình');
      if (!agendaItemId.ok) return agendaItemId;
      const question = text(o, 'question', 'nội dung biểu quyết', LIMITS.QUESTION_MAX_CHARS, true);
      if (!question.ok) return question;
      const kind = oneOf<VoteKind>(o, 'kind', 'hình thức biểu quyết', VOTE_KINDS);
      if (!kind.ok) return kind;
      const ruleId = id<string>(o, 'ruleId', 'quy tắc thông qua');
      if (!ruleId.ok) return ruleId;
      const options = parseOptions(o['options']);
      if (!options.ok) return options;
      const base = { type, commandId, agendaItemId: agendaItemId.value, question: question.value!, kind: kind.value, ruleId: ruleId.value };
      return ok(options.value === undefined ? base : { ...base, options: options.value });
    }
    case 'vote:cast': {
      const voteId = id<VoteId>(o, 'voteId', 'mã cuộc biểu quyết');
      if (!voteId.ok) return voteId;
      const optionId = id<VoteOptionId>(o, 'optionId', 'phương án');
      if (!optionId.ok) return optionId;
      return ok({ type, commandId, voteId: voteId.value, optionId: optionId.value });
    }
    case 'vote:close': {
      const voteId = id<VoteId>(o, 'voteId', 'mã cuộc biểu quyết');
      if (!voteId.ok) return voteId;
      return ok({ type, commandId, voteId: voteId.value });
    }
    case 'minutes:conclusion':
    case 'minutes:dissent': {
      const agendaItemId = id<AgendaItemId>(o, 'agendaItemId', 'mục chương trình');
      if (!agendaItemId.ok) return agendaItemId;
      const body = text(o, 'text', 'nội dung', LIMITS.NOTE_MAX_CHARS, true);
      if (!body.ok) return body;
      if (type === 'minutes:conclusion') return ok({ type, commandId, agendaItemId: agendaItemId.value, text: body.value! });
      const userId = id<UserId>(o, 'userId', 'mã đại biểu');
      if (!userId.ok) return userId;
      return ok({ type, commandId, agendaItemId: agendaItemId.value, userId: userId.value, text: body.value! });
    }
    default: {
      const never: never = type;
      return invalid(`Loại lệnh không được hỗ trợ: ${String(never)}.`, 'type');
    }
  }
}

function parseOptions(v: unknown): Result<string[] | undefined> {
  if (v === undefined || v === null) return ok(undefined);
  if (!Array.isArray(v)) return invalid('Danh sách phương án phải là một mảng.', 'options');
  if (v.length < LIMITS.OPTIONS_MIN || v.length > LIMITS.OPTIONS_MAX) {
    return invalid(`Cần từ ${LIMITS.OPTIONS_MIN} đến ${LIMITS.OPTIONS_MAX} phương án.`, 'options');
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of v) {
    const r = text({ label: item }, 'label', 'phương án', LIMITS.OPTION_LABEL_MAX_CHARS, true);
    if (!r.ok) return invalid(r.error.message, 'options');
    const key = r.value!.toLocaleLowerCase('vi');
    if (seen.has(key)) return invalid(`Phương án "${r.value}" bị trùng.`, 'options');
    seen.add(key);
    out.push(r.value!);
  }
  return ok(out);
}
