import type { MeetingId } from '../../shared/model/ids';
import type { Meeting, MeetingRole, Participant, Session } from '../../shared/model/types';
import { appError } from '../../shared/util/result';
import { getMeeting } from './db/queries/meetings';
import { getParticipant } from './db/queries/participants';
import type { CallContext, Services } from './context';

import { Denied } from './denied';

export { Denied };

export function requireSession(ctx: CallContext): Session {
  if (!ctx.session) throw new Denied(appError('unauthenticated', 'error.sessionExpired'));
  return ctx.session;
}

export type MeetingAccess = {
  session: Session;
  meeting: Meeting;
  participant: Participant | null;
  role: MeetingRole | null;
  /** Secretariat of this meeting, or a system secretariat account. */
  canEdit: boolean;
};

/** Resolves the caller's rights in a meeting; delegates never see a draft meeting. */
export function meetingAccess(svc: Services, ctx: CallContext, meetingId: MeetingId): MeetingAccess {
  const session = requireSession(ctx);
  const meeting = typeof meetingId === 'string' ? getMeeting(svc.db, meetingId) : null;
  if (!meeting) throw new Denied(appError('not_found', 'error.meetingNotFound'));
  const participant = getParticipant(svc.db, meeting.id, session.user.id);
  const canEdit = session.user.systemRole === 'secretariat' || participant?.role === 'secretariat';
  if (!canEdit && (!participant || meeting.status !== 'published')) {
    throw new Denied(appError('not_found', 'error.meetingNotFound'));
  }
  return { session, meeting, participant, role: participant?.role ?? null, canEdit };
}

export function requireEditor(a: MeetingAccess): void {
  if (!a.canEdit) throw new Denied(appError('forbidden', 'error.editorOnly'));
}
