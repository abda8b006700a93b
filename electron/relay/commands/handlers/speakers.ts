import type { SpeakerEnd, SpeakerGrant, SpeakerNext, SpeakerRequest, SpeakerWithdraw } from '../../../../shared/meeting-live/commands';
import type { SpeakerRequestId } from '../../../../shared/meeting-live/ids';
import type { Result } from '../../../../shared/util/result';
import { fail, ok } from '../../../../shared/util/result';
import type { ApplyEnv, ApplyResult } from '../env';
import type { SpeakerRow } from '../store';

function requireOpen(env: ApplyEnv): Result<null> {
  const phase = env.store.getMeeting.get()!.phase;
  if (phase === 'open') return ok(null);
  return fail('conflict', phase === 'closed' ? 'error.relay.meetingClosed' : 'error.relay.meetingNotOpen', undefined, {
    reason: `meeting_${phase}`,
  });
}

export function applySpeakerRequest(env: ApplyEnv, cmd: SpeakerRequest): ApplyResult {
  const open = requireOpen(env);
  if (!open.ok) return open;
  const { store, ctx, at } = env;
  if (store.getAttendance.get(ctx.userId)?.status !== 'present')
    return fail('forbidden', 'error.relay.notCheckedInSpeak', undefined, { reason: 'not_checked_in' });
  const pending = store.pendingSpeakerOf.get(ctx.userId);
  if (pending) {
    return fail('conflict', pending.status === 'speaking' ? 'error.relay.alreadySpeaking' : 'error.relay.alreadyQueued', undefined, {
      reason: 'already_requested',
      requestId: pending.id,
    });
  }
  const id = env.newId() as SpeakerRequestId;
  store.insertSpeaker.run({
    id,
    seq: store.nextSpeakerSeq.get()!.next,
    user_id: ctx.userId,
    kind: cmd.kind,
    topic: cmd.topic ?? null,
    agenda_item_id: store.getMeeting.get()!.current_item,
    at,
  });
  return ok({ requestId: id });
}

export function applySpeakerWithdraw(env: ApplyEnv, _cmd: SpeakerWithdraw): ApplyResult {
  const pending = env.store.pendingSpeakerOf.get(env.ctx.userId);
  if (!pending) return fail('not_found', 'error.relay.nothingToWithdraw', undefined, { reason: 'no_request' });
  // A speech in progress is ended by the chair, who keeps the timer and the minutes.
  if (pending.status === 'speaking') return fail('conflict', 'error.relay.alreadySpeaking', undefined, { reason: 'speaking' });
  env.store.withdrawSpeaker.run({ id: pending.id, at: env.at });
  return ok({ requestId: pending.id as SpeakerRequestId });
}

function startSpeech(env: ApplyEnv, row: SpeakerRow): ApplyResult {
  const current = env.store.currentSpeaker.get();
  // Giving the floor to someone else ends the current speech first: one speaker at a time.
  if (current) env.store.endSpeaker.run({ id: current.id, at: env.at });
  env.store.startSpeaker.run({ id: row.id, at: env.at, limit: env.limitSec });
  return ok({ requestId: row.id as SpeakerRequestId });
}

export function applySpeakerGrant(env: ApplyEnv, cmd: SpeakerGrant): ApplyResult {
  const open = requireOpen(env);
  if (!open.ok) return open;
  const row = env.store.getSpeaker.get(cmd.requestId);
  if (!row) return fail('not_found', 'error.relay.requestNotFound', undefined, { requestId: cmd.requestId });
  if (row.status !== 'queued') return fail('conflict', 'error.relay.requestNotQueued', undefined, { reason: `request_${row.status}` });
  return startSpeech(env, row);
}

export function applySpeakerNext(env: ApplyEnv, _cmd: SpeakerNext): ApplyResult {
  const open = requireOpen(env);
  if (!open.ok) return open;
  const head = env.store.queueHead.get();
  if (!head) return fail('not_found', 'error.relay.queueEmpty', undefined, { reason: 'queue_empty' });
  return startSpeech(env, head);
}

export function applySpeakerEnd(env: ApplyEnv, _cmd: SpeakerEnd): ApplyResult {
  const current = env.store.currentSpeaker.get();
  if (!current) return fail('not_found', 'error.relay.noCurrentSpeaker', undefined, { reason: 'no_speaker' });
  env.store.endSpeaker.run({ id: current.id, at: env.at });
  return ok({ requestId: current.id as SpeakerRequestId });
}
