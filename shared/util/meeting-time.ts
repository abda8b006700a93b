/**
 * Times in one zone everywhere: the meeting's (every meeting of a Vietnamese provincial body takes place in
 * Asia/Ho_Chi_Minh, UTC+7, no daylight saving), whatever zone a laptop's clock is set to. Dates read
 * dd/mm/yyyy, times HH:MM (24 h), in both languages: live screens, publish times, note times.
 */
export const DEFAULT_MEETING_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  return f;
};

function partsOf(when: Date, zone: string): Parts {
  const out: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(when)) out[p.type] = p.value;
  return {
    year: out.year ?? '',
    month: out.month ?? '',
    day: out.day ?? '',
    hour: out.hour ?? '',
    minute: out.minute ?? '',
    second: out.second ?? '',
  };
}

const toDate = (when: string | number | Date): Date | null => {
  const d = when instanceof Date ? when : new Date(when);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "dd/mm/yyyy HH:MM" in the meeting's zone; '' for an invalid time. */
export function formatMeetingDateTime(when: string | number | Date, zone: string = DEFAULT_MEETING_TIME_ZONE): string {
  const d = toDate(when);
  if (!d) return '';
  const p = partsOf(d, zone);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "HH:MM" (or "HH:MM:SS") in the meeting's zone; '' for an invalid time. */
export function formatMeetingClock(when: string | number | Date, zone: string = DEFAULT_MEETING_TIME_ZONE, seconds = false): string {
  const d = toDate(when);
  if (!d) return '';
  const p = partsOf(d, zone);
  return seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

/** The calendar day "yyyy-mm-dd" of a moment in the meeting's zone (today, for a past-date check). */
export function meetingIsoDate(when: string | number | Date, zone: string = DEFAULT_MEETING_TIME_ZONE): string {
  const d = toDate(when);
  if (!d) return '';
  const p = partsOf(d, zone);
  return `${p.year}-${p.month}-${p.day}`;
}
