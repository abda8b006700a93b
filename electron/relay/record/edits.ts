import type { MinutesEdit, MinutesFinalise, MinutesRevise } from '../../../shared/meeting-live/commands';
import { fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { ApplyEnv, ApplyResult } from '../commands/env';

/*
 * The secretariat's edits of the generated minutes after the close (minutes:edit, minutes:finalise,
 * minutes:revise). Version 1 is a draft from the first edit or finalise; a final version is frozen (also by
 * triggers); a revision opens version n+1 citing n with a reason, starting from n's text.
 */

type VersionRow = { version: number; status: 'draft' | 'final' };

export function createEditsStore(db: Db) {
  return {
    latestVersion: db.prepare<[], VersionRow>('SELECT version, status FROM minutes_versions ORDER BY version DESC LIMIT 1'),
    insertVersion: db.prepare<{ version: number; basedOn: number | null; reason: string | null; at: number; by: string }>(
      `INSERT INTO minutes_versions (version, status, based_on, reason, created_at, created_by)
       VALUES (@version, 'draft', @basedOn, @reason, @at, @by)`,
    ),
    finalise: db.prepare<{ version: number; at: number; by: string }>(
      "UPDATE minutes_versions SET status = 'final', finalised_at = @at, finalised_by = @by WHERE version = @version AND status = 'draft'",
    ),
    insertEdit: db.prepare<{ version: number; section: string; text: string; at: number; by: string }>(
      'INSERT INTO minutes_edits (version, section, text, at, by_user) VALUES (@version, @section, @text, @at, @by)',
    ),
    /** The newest text of every section of `from`, copied into a new version. */
    copyEdits: db.prepare<{ from: number; to: number; at: number; by: string }>(
      `INSERT INTO minutes_edits (version, section, text, at, by_user)
       SELECT @to, section, text, @at, @by FROM minutes_edits e
        WHERE e.version = @from AND e.seq = (SELECT MAX(seq) FROM minutes_edits x WHERE x.version = @from AND x.section = e.section)
        ORDER BY e.seq`,
    ),
  };
}
export type EditsStore = ReturnType<typeof createEditsStore>;

function requireClosed(env: ApplyEnv): ApplyResult | null {
  const phase = env.store.getMeeting.get()!.phase;
  if (phase !== 'closed') return fail('conflict', 'error.record.minutesBeforeClose', undefined, { reason: `meeting_${phase}` });
  return null;
}

/** The draft being edited, created as version 1 on first use; a refusal when the latest version is final. */
function draftVersion(env: ApplyEnv, edits: EditsStore): { ok: true; version: number } | { ok: false; refusal: ApplyResult } {
  const latest = edits.latestVersion.get();
  if (!latest) {
    edits.insertVersion.run({ version: 1, basedOn: null, reason: null, at: env.at, by: env.ctx.userId });
    return { ok: true, version: 1 };
  }
  if (latest.status === 'final')
    return {
      ok: false,
      refusal: fail(
        'conflict',
        'error.record.minutesFinal',
        { version: latest.version },
        { reason: 'minutes_final', version: latest.version },
      ),
    };
  return { ok: true, version: latest.version };
}

export function applyMinutesEdit(env: ApplyEnv, edits: EditsStore, cmd: MinutesEdit): ApplyResult {
  const refused = requireClosed(env);
  if (refused) return refused;
  if (cmd.section.startsWith('item:') && env.agendaItemIds && !env.agendaItemIds.has(cmd.section.slice(5))) {
    return fail('not_found', 'error.record.unknownAgendaItem', undefined, { agendaItemId: cmd.section.slice(5) });
  }
  const draft = draftVersion(env, edits);
  if (!draft.ok) return draft.refusal;
  edits.insertEdit.run({ version: draft.version, section: cmd.section, text: cmd.text, at: env.at, by: env.ctx.userId });
  return ok({});
}

export function applyMinutesFinalise(env: ApplyEnv, edits: EditsStore, cmd: MinutesFinalise): ApplyResult {
  const refused = requireClosed(env);
  if (refused) return refused;
  const draft = draftVersion(env, edits);
  if (!draft.ok) return draft.refusal;
  // The version the secretariat saw: finalising a draft someone else has since replaced would freeze unseen text.
  if (draft.version !== cmd.version)
    return fail(
      'conflict',
      'error.record.minutesVersionMoved',
      { version: draft.version },
      { reason: 'version_moved', version: draft.version },
    );
  edits.finalise.run({ version: draft.version, at: env.at, by: env.ctx.userId });
  return ok({});
}

export function applyMinutesRevise(env: ApplyEnv, edits: EditsStore, cmd: MinutesRevise): ApplyResult {
  const refused = requireClosed(env);
  if (refused) return refused;
  const latest = edits.latestVersion.get();
  if (!latest || latest.status !== 'final')
    return fail('conflict', 'error.record.minutesNotFinal', undefined, { reason: 'minutes_not_final' });
  const version = latest.version + 1;
  edits.insertVersion.run({ version, basedOn: latest.version, reason: cmd.reason, at: env.at, by: env.ctx.userId });
  edits.copyEdits.run({ from: latest.version, to: version, at: env.at, by: env.ctx.userId });
  return ok({});
}
