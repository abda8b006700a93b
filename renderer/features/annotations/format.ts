import { formatMeetingDateTime } from '../../../shared/util/meeting-time';

/** dd/mm/yyyy HH:MM in the meeting's time zone, as Vietnamese documents write dates ('' when invalid). */
export function formatDateTime(iso: string): string {
  return formatMeetingDateTime(iso);
}
