import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';

/**
 * Live views can cross on the wire (the answer to `live:state` and a pushed event). Keep the newer one:
 * a higher version, or the same version with a later relay clock (presence changes keep the version).
 * A view of another meeting always replaces the old one.
 */
export function isNewerView(prev: MeetingLiveView | null, next: MeetingLiveView | null): boolean {
  if (!prev || !next) return true;
  if (prev.meetingId !== next.meetingId) return true;
  if (next.version !== prev.version) return next.version > prev.version;
  return next.serverNow >= prev.serverNow;
}
