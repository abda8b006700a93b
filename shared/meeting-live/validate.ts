import type { AgendaItemId, DocumentId, UserId } from '../model/ids';
import { isIdShape } from '../model/ids';
import type { Result } from '../util/result';
import { fail, ok } from '../util/result';
import type { AttendanceStatus, Command, CommandType, SpeakerKind, VoteKind, VoteOpen } from './commands';
import { ATTENDANCE_STATUSES, COMMAND_TYPES, LIMITS, MINUTES_SECTION_RE, SPEAKER_KINDS, VOTE_KINDS } from './commands';
import type { CommandId, SpeakerRequestId, VoteId, VoteOptionId } from './ids';
import { ELECTION_ALLOWED, parseElectionBody } from './validate-election';
import type { Obj } from './validate-fields';
import { id, invalid, isObj, oneOf, text } from './validate-fields';

/*
 * parse unknown → Result<Command>. Strict: unknown fields are refused rather than ignored, so a tampered
 * client learns exactly what was wrong and nothing it sends is silently half-used.
 */

/** Fields that would name the actor. The actor is always the session's user, so these are refused outright. */
const ACTOR_FIELDS = ['userId', 'voterId', 'voter', 'delegateId', 'delegate', 'user', 'by', 'from', 'senderId', 'actorId', 'actor'];

const isCommandType = (v: unknown): v is CommandType => typeof v === 'string' && (COMMAND_TYPES as readonly string[]).includes(v);

const ALLOWED: Readonly<Record<CommandType, readonly string[]>> = {
  'attendance:check-in': [],
  'attendance:set': ['userId', 'status', 'reason'],
  'agenda:set-current': ['agendaItemId', 'documentId', 'page'],
  'speaker:request': ['kind', 'topic'],
  'speaker:withdraw': [],
  'speaker:grant': ['requestId'],
  'speaker:next': [],
  'speaker:end': [],
  'vote:open': ['agendaItemId', 'question', 'kind', 'options', 'ruleId', 'revoteOf'],
  'vote:cast': ['voteId', 'optionId'],
  'vote:close': ['voteId'],
  'meeting:open': [],
  'meeting:close': [],
  'minutes:conclusion': ['agendaItemId', 'text'],
  'minutes:dissent': ['agendaItemId', 'userId', 'text'],
  'minutes:edit': ['section', 'text'],
  'minutes:finalise': ['version'],
  'minutes:revise': ['reason'],
  ...ELECTION_ALLOWED,
};

export function parseCommand(input: unknown): Result<Command> {
  if (!isObj(input)) return invalid('error.cmd.notObject');
  const type = input['type'];
  if (!isCommandType(type)) return invalid('error.cmd.unknownType', undefined, 'type');
  const commandId = input['commandId'];
  if (!isIdShape(commandId)) {
    return invalid('error.cmd.commandId', undefined, 'commandId');
  }
  const allowed = ALLOWED[type];
  for (const key of Object.keys(input)) {
    if (key === 'type' || key === 'commandId' || allowed.includes(key)) continue;
    if (ACTOR_FIELDS.includes(key)) {
      return fail(
        'forbidden',
        type === 'vote:cast' || type === 'election:cast' ? 'error.cmd.actorVoter' : 'error.cmd.actor',
        { field: key },
        { field: key, reason: 'actor_field' },
      );
    }
    return invalid('error.cmd.extraField', { field: key, type }, key);
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
      const userId = id<UserId>(o, 'userId', 'error.cmd.field.userId');
      if (!userId.ok) return userId;
      const status = oneOf<AttendanceStatus>(o, 'status', 'error.cmd.field.attendanceStatus', ATTENDANCE_STATUSES);
      if (!status.ok) return status;
      const reason = text(o, 'reason', 'error.cmd.field.absenceReason', LIMITS.REASON_MAX_CHARS, status.value === 'absent_with_reason');
      if (!reason.ok) return reason;
      if (status.value !== 'absent_with_reason' && reason.value !== undefined) {
        return invalid('error.cmd.reasonOnlyAbsent', undefined, 'reason');
      }
      return ok(
        reason.value === undefined
          ? { type, commandId, userId: userId.value, status: status.value }
          : { type, commandId, userId: userId.value, status: status.value, reason: reason.value },
      );
    }
    case 'agenda:set-current': {
      const raw = o['agendaItemId'];
      if (raw === undefined) return invalid('error.cmd.agendaMissing', undefined, 'agendaItemId');
      if (raw !== null && !isIdShape(raw)) return invalid('error.cmd.invalid', { label: 'error.cmd.field.agendaItem' }, 'agendaItemId');
      const doc = o['documentId'];
      if (doc !== undefined && doc !== null && !isIdShape(doc))
        return invalid('error.cmd.invalid', { label: 'error.cmd.field.document' }, 'documentId');
      const page = o['page'];
      if (
        page !== undefined &&
        page !== null &&
        !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= LIMITS.PAGE_MAX)
      ) {
        return invalid('error.cmd.pagePositive', undefined, 'page');
      }
      if (page !== undefined && page !== null && (doc === undefined || doc === null)) {
        return invalid('error.cmd.pageNeedsDocument', undefined, 'page');
      }
      if (raw === null && doc !== undefined && doc !== null) return invalid('error.cmd.documentNeedsItem', undefined, 'documentId');
      return ok({
        type,
        commandId,
        agendaItemId: raw as AgendaItemId | null,
        documentId: (doc ?? null) as DocumentId | null,
        page: (page ?? null) as number | null,
      });
    }
    case 'speaker:request': {
      const kind = oneOf<SpeakerKind>(o, 'kind', 'error.cmd.field.speakerKind', SPEAKER_KINDS);
      if (!kind.ok) return kind;
      const topic = text(o, 'topic', 'error.cmd.field.topic', LIMITS.TOPIC_MAX_CHARS, false);
      if (!topic.ok) return topic;
      return ok(
        topic.value === undefined ? { type, commandId, kind: kind.value } : { type, commandId, kind: kind.value, topic: topic.value },
      );
    }
    case 'speaker:grant': {
      const requestId = id<SpeakerRequestId>(o, 'requestId', 'error.cmd.field.requestId');
      if (!requestId.ok) return requestId;
      return ok({ type, commandId, requestId: requestId.value });
    }
    case 'vote:open': {
      const agendaItemId = id<AgendaItemId>(o, 'agendaItemId', 'error.cmd.field.agendaItem');
      if (!agendaItemId.ok) return agendaItemId;
      const question = text(o, 'question', 'error.cmd.field.question', LIMITS.QUESTION_MAX_CHARS, true);
      if (!question.ok) return question;
      const kind = oneOf<VoteKind>(o, 'kind', 'error.cmd.field.voteKind', VOTE_KINDS);
      if (!kind.ok) return kind;
      const ruleId = id<string>(o, 'ruleId', 'error.cmd.field.ruleId');
      if (!ruleId.ok) return ruleId;
      const options = parseOptions(o['options']);
      if (!options.ok) return options;
      const base: VoteOpen = {
        type,
        commandId,
        agendaItemId: agendaItemId.value,
        question: question.value!,
        kind: kind.value,
        ruleId: ruleId.value,
      };
      if (options.value !== undefined) base.options = options.value;
      if (o['revoteOf'] !== undefined && o['revoteOf'] !== null) {
        const revoteOf = id<VoteId>(o, 'revoteOf', 'error.cmd.field.revoteOf');
        if (!revoteOf.ok) return revoteOf;
        base.revoteOf = revoteOf.value;
      }
      return ok(base);
    }
    case 'vote:cast': {
      const voteId = id<VoteId>(o, 'voteId', 'error.cmd.field.voteId');
      if (!voteId.ok) return voteId;
      const optionId = id<VoteOptionId>(o, 'optionId', 'error.cmd.field.option');
      if (!optionId.ok) return optionId;
      return ok({ type, commandId, voteId: voteId.value, optionId: optionId.value });
    }
    case 'vote:close': {
      const voteId = id<VoteId>(o, 'voteId', 'error.cmd.field.voteId');
      if (!voteId.ok) return voteId;
      return ok({ type, commandId, voteId: voteId.value });
    }
    case 'minutes:conclusion':
    case 'minutes:dissent': {
      const agendaItemId = id<AgendaItemId>(o, 'agendaItemId', 'error.cmd.field.agendaItem');
      if (!agendaItemId.ok) return agendaItemId;
      const body = text(o, 'text', 'error.cmd.field.text', LIMITS.NOTE_MAX_CHARS, true);
      if (!body.ok) return body;
      if (type === 'minutes:conclusion') return ok({ type, commandId, agendaItemId: agendaItemId.value, text: body.value! });
      const userId = id<UserId>(o, 'userId', 'error.cmd.field.userId');
      if (!userId.ok) return userId;
      return ok({ type, commandId, agendaItemId: agendaItemId.value, userId: userId.value, text: body.value! });
    }
    case 'minutes:edit': {
      const section = o['section'];
      if (typeof section !== 'string' || !MINUTES_SECTION_RE.test(section))
        return invalid('error.cmd.invalid', { label: 'error.cmd.field.minutesSection' }, 'section');
      const body = text(o, 'text', 'error.cmd.field.text', LIMITS.NOTE_MAX_CHARS, true);
      if (!body.ok) return body;
      return ok({ type, commandId, section, text: body.value! });
    }
    case 'minutes:finalise': {
      const version = o['version'];
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
        return invalid('error.cmd.invalid', { label: 'error.cmd.field.minutesVersion' }, 'version');
      return ok({ type, commandId, version });
    }
    case 'minutes:revise': {
      const reason = text(o, 'reason', 'error.cmd.field.revisionReason', LIMITS.NOTE_MAX_CHARS, true);
      if (!reason.ok) return reason;
      return ok({ type, commandId, reason: reason.value! });
    }
    case 'election:prepare':
    case 'election:open':
    case 'election:cast':
    case 'election:close':
    case 'election:confirm':
    case 'election:announce':
      return parseElectionBody(type, commandId, o);
    default: {
      const never: never = type;
      return invalid('error.cmd.unknownType', { type: String(never) }, 'type');
    }
  }
}

function parseOptions(v: unknown): Result<string[] | undefined> {
  if (v === undefined || v === null) return ok(undefined);
  if (!Array.isArray(v)) return invalid('error.cmd.optionsArray', undefined, 'options');
  if (v.length < LIMITS.OPTIONS_MIN || v.length > LIMITS.OPTIONS_MAX) {
    return invalid('error.cmd.optionsCount', { min: LIMITS.OPTIONS_MIN, max: LIMITS.OPTIONS_MAX }, 'options');
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of v) {
    const r = text({ label: item }, 'label', 'error.cmd.field.option', LIMITS.OPTION_LABEL_MAX_CHARS, true);
    if (!r.ok) return { ok: false, error: { ...r.error, detail: { field: 'options' } } };
    const key = r.value!.toLocaleLowerCase('vi');
    if (seen.has(key)) return invalid('error.cmd.optionDuplicate', { option: r.value! }, 'options');
    seen.add(key);
    out.push(r.value!);
  }
  return ok(out);
}
