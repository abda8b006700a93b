import type { MinutesConclusion, MinutesDissent } from '../../../shared/meeting-live/commands';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import { fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { ApplyEnv, ApplyResult } from '../commands/env';
import { createEditsStore } from './edits';

/** Statements on minutes_notes (the chair's conclusions and recorded dissent) and the secretariat's edits. */
export function createNotesStore(db: Db) {
  return {
    ...createEditsStore(db),
    insert: db.prepare<{ id: string; kind: string; item: string; user: string | null; text: string; at: number; by: string }>(
      `INSERT INTO minutes_notes (id, seq, kind, agenda_item_id, user_id, text, at, by_user)
       VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM minutes_notes), @kind, @item, @user, @text, @at, @by)`,
    ),
  };
}
export type NotesStore = ReturnType<typeof createNotesStore>;

function requireOpenItem(env: ApplyEnv, agendaItemId: string): ApplyResult | null {
  const phase = env.store.getMeeting.get()!.phase;
  if (phase !== 'open')
    return fail('conflict', phase === 'closed' ? 'error.record.meetingClosed' : 'error.record.meetingNotOpen', undefined, {
      reason: `meeting_${phase}`,
    });
  if (env.agendaItemIds && !env.agendaItemIds.has(agendaItemId))
    return fail('not_found', 'error.record.unknownAgendaItem', undefined, { agendaItemId });
  return null;
}

export function applyMinutesConclusion(env: ApplyEnv, notes: NotesStore, cmd: MinutesConclusion): ApplyResult {
  const refused = requireOpenItem(env, cmd.agendaItemId);
  if (refused) return refused;
  notes.insert.run({
    id: env.newId(),
    kind: 'conclusion',
    item: cmd.agendaItemId,
    user: null,
    text: cmd.text,
    at: env.at,
    by: env.ctx.userId,
  });
  return ok({});
}

export function applyMinutesDissent(env: ApplyEnv, notes: NotesStore, cmd: MinutesDissent): ApplyResult {
  const refused = requireOpenItem(env, cmd.agendaItemId);
  if (refused) return refused;
  const who = env.participants.get(cmd.userId);
  if (!who || !isMemberRole(who.role)) return fail('not_found', 'error.record.notMember', undefined, { userId: cmd.userId });
  notes.insert.run({
    id: env.newId(),
    kind: 'dissent',
    item: cmd.agendaItemId,
    user: cmd.userId,
    text: cmd.text,
    at: env.at,
    by: env.ctx.userId,
  });
  return ok({});
}
