import type { MeetingLiveView, SpeakersView, SpeakingStats } from '../../../shared/meeting-live/live-state';
import type { UserId } from '../../../shared/model/ids';

/** 1-based place of a member's queued request, null when not queued. */
export function queuePosition(speakers: SpeakersView, userId: UserId): number | null {
  const i = speakers.queue.findIndex((q) => q.userId === userId);
  return i < 0 ? null : i + 1;
}

export type MyFloor = { kind: 'none' } | { kind: 'queued'; position: number; ahead: number } | { kind: 'speaking' };

export function myFloor(view: MeetingLiveView): MyFloor {
  const req = view.me.speakerRequest;
  if (!req) return { kind: 'none' };
  if (req.status === 'speaking') return { kind: 'speaking' };
  const position = queuePosition(view.speakers, view.me.userId) ?? 1;
  return { kind: 'queued', position, ahead: position - 1 };
}

/** Speaking totals, longest first; ties by count then name order as received. */
export function statsRows(stats: readonly SpeakingStats[]): SpeakingStats[] {
  return [...stats].sort((a, b) => b.totalSec - a.totalSec || b.count - a.count);
}

/** Per-member speaking count and total for the queue table ("2 lượt · 07:30"). */
export function statsByUser(stats: readonly SpeakingStats[]): Map<UserId, SpeakingStats> {
  return new Map(stats.map((s) => [s.userId, s]));
}
