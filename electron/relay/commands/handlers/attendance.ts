import type { AttendanceCheckIn, AttendanceSet } from '../../../../shared/meeting-live/commands';
import { fail, ok } from '../../../../shared/util/result';
import type { ApplyEnv, ApplyResult } from '../env';

export function applyCheckIn(env: ApplyEnv, _cmd: AttendanceCheckIn): ApplyResult {
  const { store, ctx, at } = env;
  if (store.getMeeting.get()!.phase === 'closed')
    return fail('conflict', 'error.relay.meetingClosed', undefined, { reason: 'meeting_closed' });
  if (!ctx.online) return fail('offline', 'error.relay.offlineCheckIn', undefined, { reason: 'offline' });
  const prev = store.getAttendance.get(ctx.userId);
  // Checking in again keeps the first check-in time: it is what the minutes record.
  const checkedInAt = prev?.status === 'present' && prev.checked_in_at !== null ? prev.checked_in_at : at;
  store.upsertAttendance.run({ user_id: ctx.userId, status: 'present', reason: null, checked_in_at: checkedInAt, at, by: ctx.userId });
  return ok({});
}

export function applyAttendanceSet(env: ApplyEnv, cmd: AttendanceSet): ApplyResult {
  const { store, ctx, at } = env;
  if (store.getMeeting.get()!.phase === 'closed')
    return fail('conflict', 'error.relay.meetingClosed', undefined, { reason: 'meeting_closed' });
  // Only members of the body in office are recorded: an invitation (guest, observer) is not membership.
  if (!env.members.some((m) => m.userId === cmd.userId))
    return fail('not_found', 'error.relay.notMemberTarget', undefined, { userId: cmd.userId });
  const prev = store.getAttendance.get(cmd.userId);
  const checkedInAt = cmd.status !== 'present' ? null : prev?.status === 'present' && prev.checked_in_at !== null ? prev.checked_in_at : at;
  store.upsertAttendance.run({
    user_id: cmd.userId,
    status: cmd.status,
    reason: cmd.status === 'absent_with_reason' ? (cmd.reason ?? null) : null,
    checked_in_at: checkedInAt,
    at,
    by: ctx.userId,
  });
  return ok({});
}
