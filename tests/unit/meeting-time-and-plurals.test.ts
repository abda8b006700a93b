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

describe('English plurals and decimals', () => {
  it('picks the singular for one and the plural otherwise; Vietnamese has no plural', async () => {
    const { translate, localDecimal } = await import('../../shared/i18n');
    expect(translate('en', 'spk.ahead', { n: 1 })).toBe('1 person before you.');
    expect(translate('en', 'spk.ahead', { n: 3 })).toBe('3 people before you.');
    expect(translate('en', 'meetings.counts', { docs: 1, people: 0 })).toBe('1 document · 0 people');
    expect(translate('vi', 'spk.ahead', { n: 1 })).toBe('Còn 1 người trước bạn.');
    expect(localDecimal('en', '1,96')).toBe('1.96');
    expect(localDecimal('vi', '1,96')).toBe('1,96');
  });
});
