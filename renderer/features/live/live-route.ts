import type { MeetingId } from '../../../shared/model/ids';
import { isIdShape } from '../../../shared/model/ids';

/**
 * Routes of the running meeting, kept apart from the app shell's routes: `#/live/<meetingId>` (the live
 * screen of whoever is signed in: chair console, delegate panel, secretariat) and `#/projector/<meetingId>`
 * (the room's big screen, meant for a second window).
 */
export type LiveRoute = { kind: 'live'; meetingId: MeetingId } | { kind: 'projector'; meetingId: MeetingId };

export function parseLiveRoute(hash: string): LiveRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length !== 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(parts[1]!);
  } catch {
    return null;
  }
  if (!isIdShape(id)) return null;
  if (parts[0] === 'live') return { kind: 'live', meetingId: id as MeetingId };
  if (parts[0] === 'projector') return { kind: 'projector', meetingId: id as MeetingId };
  return null;
}

export function formatLiveRoute(route: LiveRoute): string {
  return `#/${route.kind}/${encodeURIComponent(route.meetingId)}`;
}

/** The meeting page of the app shell (its own route format: `#/meetings/<id>`). */
export const meetingPageHash = (meetingId: MeetingId): string => `#/meetings/${encodeURIComponent(meetingId)}`;
