import { describe, expect, it } from 'vitest';
import { formatDateTimeVi } from '../../shared/util/dates';
import { formatMeetingClock, formatMeetingDateTime, meetingIsoDate } from '../../shared/util/meeting-time';
import { formatDateTime as noteTime } from '../../renderer/features/annotations/format';
import { formatTime } from '../../renderer/features/live/labels';

describe('times in the meeting’s zone', () => {
  // 17:30 UTC is 00:30 the next day in Hà Nội: the laptop's own zone plays no part.
  const LATE_UTC = '2026-12-01T17:30:05Z';

  it('writes dd/mm/yyyy HH:MM in Asia/Ho_Chi_Minh, whatever zone the process runs in', () => {
    expect(formatMeetingDateTime(LATE_UTC)).toBe('02/12/2026 00:30');
    expect(formatDateTimeVi(LATE_UTC)).toBe('02/12/2026 00:30');
    expect(noteTime(LATE_UTC)).toBe('02/12/2026 00:30');
    expect(meetingIsoDate(LATE_UTC)).toBe('2026-12-02');
  });

  it('gives the same 24-hour clock in both languages, seconds when asked', () => {
    const ms = Date.parse(LATE_UTC);
    expect(formatTime(ms, 'vi')).toBe('00:30');
    expect(formatTime(ms, 'en')).toBe('00:30');
    expect(formatMeetingClock(ms, undefined, true)).toBe('00:30:05');
    expect(formatMeetingClock(Date.parse('2026-06-01T06:05:00Z'))).toBe('13:05');
  });

  it('another zone can be named; invalid times give an empty string (dates.ts keeps the input)', () => {
    expect(formatMeetingDateTime(LATE_UTC, 'UTC')).toBe('01/12/2026 17:30');
    expect(formatMeetingDateTime('not a time')).toBe('');
    expect(formatDateTimeVi('not a time')).toBe('not a time');
  });
});
