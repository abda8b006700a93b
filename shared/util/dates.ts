import { formatMeetingDateTime } from './meeting-time';

/** Validates an ISO calendar date (yyyy-mm-dd), rejecting impossible days like 2025-02-30. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

export function isTime(s: unknown): s is string {
  return typeof s === 'string' && (s === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(s));
}

/** yyyy-mm-dd → dd/mm/yyyy, the format Vietnamese administrative documents use. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** dd/mm/yyyy → yyyy-mm-dd, or null when it is not a real date. */
export function parseDateVi(s: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** ISO timestamp → dd/mm/yyyy HH:MM in the meeting's time zone (not the laptop's: one zone everywhere). */
export function formatDateTimeVi(isoTs: string): string {
  return formatMeetingDateTime(isoTs) || isoTs;
}
