import type { AgendaSetCurrent, MeetingClose, MeetingOpen } from '../../../../shared/meeting-live/commands';
import { fail, ok } from '../../../../shared/util/result';
import type { ApplyEnv, ApplyResult } from '../env';

export function applyMeetingOpen(env: ApplyEnv, _cmd: MeetingOpen): ApplyResult {
  const m = env.store.getMeeting.get()!;
  if (m.phase === 'open') return fail('conflict', 'error.relay.meetingAlreadyOpen', undefined, { reason: 'meeting_open' });
  if (m.phase === 'closed') return fail('conflict', 'error.relay.meetingClosed', undefined, { reason: 'meeting_closed' });
  env.store.setPhase.run({ phase: 'open', opened_at: env.at, closed_at: null });
  return ok({});
}

export function applyMeetingClose(env: ApplyEnv, _cmd: MeetingClose): ApplyResult {
  const { store, at } = env;
  const m = store.getMeeting.get()!;
  if (m.phase !== 'open')
    return fail('conflict', m.phase === 'closed' ? 'error.relay.meetingClosed' : 'error.relay.meetingNotOpen', undefined, {
      reason: `meeting_${m.phase}`,
    });
  if (store.openVote.get()) return fail('conflict', 'error.relay.voteStillOpen', undefined, { reason: 'vote_open' });
  const speaking = store.currentSpeaker.get();
  if (speaking) store.endSpeaker.run({ id: speaking.id, at });
  store.cancelQueue.run({ at });
  store.setPhase.run({ phase: 'closed', opened_at: m.opened_at, closed_at: at });
  return ok({});
}

export function applyAgendaSetCurrent(env: ApplyEnv, cmd: AgendaSetCurrent): ApplyResult {
  const m = env.store.getMeeting.get()!;
  if (m.phase !== 'open')
    return fail('conflict', m.phase === 'closed' ? 'error.relay.meetingClosed' : 'error.relay.meetingNotOpen', undefined, {
      reason: `meeting_${m.phase}`,
    });
  if (cmd.agendaItemId !== null && env.agendaItemIds && !env.agendaItemIds.has(cmd.agendaItemId)) {
    return fail('not_found', 'error.relay.unknownAgendaItem', undefined, { agendaItemId: cmd.agendaItemId });
  }
  env.store.setCurrent.run({ item: cmd.agendaItemId, doc: cmd.documentId ?? null, page: cmd.page ?? null, at: env.at });
  return ok({});
}
