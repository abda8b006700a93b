import type { AttendanceShown, MeetingLiveView, MemberAttendance } from '../../../shared/meeting-live/live-state';
import type { QuorumStatus } from '../../../shared/voting/quorum';
import { compareByGivenName } from '../../../shared/util/vn-collate';
import { foldText } from '../../../shared/search/normalize';

/** Pure view logic of attendance: member order and filters, quorum meter. */

export type StatusFilter = 'all' | AttendanceShown | 'offline';

export const STATUS_ORDER: readonly AttendanceShown[] = ['present', 'not_checked_in', 'absent_with_reason', 'absent'];

/** Vietnamese order by given name (the roll call order a secretariat expects). */
export function sortMembers(members: readonly MemberAttendance[]): MemberAttendance[] {
  return [...members].sort((a, b) => compareByGivenName(a.fullName, b.fullName));
}

/** Diacritics and case folded away, as search does (đ → d). */
const fold = foldText;

/** Text filter (diacritics optional, on name and group) and status filter; 'offline' = present but not seen by the relay. */
export function filterMembers(members: readonly MemberAttendance[], query: string, status: StatusFilter): MemberAttendance[] {
  const q = fold(query.trim());
  return members.filter((m) => {
    if (status === 'offline') {
      if (!(m.status === 'present' && !m.online)) return false;
    } else if (status !== 'all' && m.status !== status) return false;
    return q === '' || fold(m.fullName).includes(q) || fold(m.group).includes(q);
  });
}

export type QuorumMeter = {
  present: number;
  total: number;
  required: number;
  met: boolean;
  /** Still needed to reach quorum (0 when met). */
  missing: number;
  /** present / total, 0..1, and the threshold's position on the same scale. */
  fraction: number;
  thresholdFraction: number;
};

export function quorumMeter(q: QuorumStatus): QuorumMeter {
  return {
    present: q.present,
    total: q.total,
    required: q.required,
    met: q.met,
    missing: Math.max(0, q.required - q.present),
    fraction: q.total > 0 ? Math.min(1, q.present / q.total) : 0,
    thresholdFraction: q.total > 0 ? Math.min(1, q.required / q.total) : 0,
  };
}

/** True when the viewer should be offered "Điểm danh": a member whose attendance is not yet present. */
export function canCheckIn(view: MeetingLiveView | null): boolean {
  if (!view || !view.me.isMember || view.phase !== 'open') return false;
  return view.me.attendance !== 'present';
}
