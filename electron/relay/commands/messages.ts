import type { MessageKey } from '../../../shared/i18n';
import type { CommandType } from '../../../shared/meeting-live/commands';
import type { BodyKind } from '../../../shared/model/bodies';

/**
 * The message key for "only <roles> may <command>", one per command type (COMMAND_ROLES); the texts live in
 * shared/i18n/messages/errors-relay.ts. A Record, so a new command type cannot go without its refusal.
 */
export const FORBIDDEN_ROLE_KEYS: Readonly<Record<CommandType, MessageKey>> = {
  'attendance:check-in': 'error.relay.role.attendance:check-in',
  'attendance:set': 'error.relay.role.attendance:set',
  'agenda:set-current': 'error.relay.role.agenda:set-current',
  'speaker:request': 'error.relay.role.speaker:request',
  'speaker:withdraw': 'error.relay.role.speaker:withdraw',
  'speaker:grant': 'error.relay.role.speaker:grant',
  'speaker:next': 'error.relay.role.speaker:next',
  'speaker:end': 'error.relay.role.speaker:end',
  'vote:open': 'error.relay.role.vote:open',
  'vote:cast': 'error.relay.role.vote:cast',
  'vote:close': 'error.relay.role.vote:close',
  'meeting:open': 'error.relay.role.meeting:open',
  'meeting:close': 'error.relay.role.meeting:close',
  'minutes:conclusion': 'error.record.role.minutes:conclusion',
  'minutes:dissent': 'error.record.role.minutes:dissent',
  'minutes:edit': 'error.record.role.minutes:edit',
  'minutes:finalise': 'error.record.role.minutes:finalise',
  'minutes:revise': 'error.record.role.minutes:revise',
  'election:prepare': 'error.relay.role.election:prepare',
  'election:open': 'error.relay.role.election:open',
  'election:cast': 'error.relay.role.election:cast',
  'election:close': 'error.relay.role.election:close',
  'election:confirm': 'error.relay.role.election:confirm',
  'election:announce': 'error.relay.role.election:announce',
};

/** "This passing rule is not one of <body>'s", per body (the body's name differs by language). */
export const UNKNOWN_RULE_KEYS: Readonly<Record<BodyKind, MessageKey>> = {
  hdnd: 'error.relay.unknownRule.hdnd',
  ubnd: 'error.relay.unknownRule.ubnd',
  tinh_uy: 'error.relay.unknownRule.tinh_uy',
};

const TIME_FMT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "14:05:09" in Vietnam time, whatever the relay machine's time zone (the same digits in both languages). */
export const clockVi = (ms: number): string => TIME_FMT.format(new Date(ms));
