import type { Locale, MessageKey } from '../../../shared/i18n';
import type { SpeakerKind, VoteKind } from '../../../shared/meeting-live/commands';
import { SPEAKER_KIND_LABELS, VOTE_KIND_LABELS } from '../../../shared/meeting-live/commands';
import type { AttendanceShown, MeetingPhase } from '../../../shared/meeting-live/live-state';
import { DEFAULT_MEETING_TIME_ZONE, formatMeetingClock } from '../../../shared/util/meeting-time';
import { assertNever } from '../../../shared/util/result';

export function phaseKey(phase: MeetingPhase): MessageKey {
  switch (phase) {
    case 'not_started':
      return 'live.phase.not_started';
    case 'open':
      return 'live.phase.open';
    case 'closed':
      return 'live.phase.closed';
    default:
      return assertNever(phase, 'meeting phase');
  }
}

export function attendanceKey(status: AttendanceShown): MessageKey {
  switch (status) {
    case 'present':
      return 'att.status.present';
    case 'absent':
      return 'att.status.absent';
    case 'absent_with_reason':
      return 'att.status.absent_with_reason';
    case 'not_checked_in':
      return 'att.status.not_checked_in';
    default:
      return assertNever(status, 'attendance status');
  }
}

export const speakerKindLabel = (kind: SpeakerKind, locale: Locale): string => SPEAKER_KIND_LABELS[kind][locale];
export const voteKindLabel = (kind: VoteKind, locale: Locale): string => VOTE_KIND_LABELS[kind][locale];

/**
 * Wall-clock time of a relay timestamp, "14:05", in the meeting's time zone (Asia/Ho_Chi_Minh), the same
 * 24-hour form in both languages.
 */
export function formatTime(ms: number, _locale: Locale, seconds = false): string {
  return formatMeetingClock(ms, DEFAULT_MEETING_TIME_ZONE, seconds);
}
