import { useState } from 'react';
import { LIMITS } from '../../../shared/meeting-live/commands';
import type { MinutesDraftView } from '../../../shared/ipc/slices/record';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useCommand } from '../live/useCommand';
import { SectionEditor } from './SectionEditor';

/**
 * The secretariat edits the generated minutes after the close, section by section, then finalises them
 * (Hoàn thành biên bản). A final version is frozen; a change opens a new version with a reason.
 */
export function MinutesEditor({ draft, reload }: { draft: MinutesDraftView; reload: () => Promise<void> }) {
  const { t, errorText } = useI18n();
  const finalise = useCommand();
  const revise = useCommand();
  const [reason, setReason] = useState('');
  const editable = draft.closed && draft.status === 'draft';
  const cleanReason = reason.replace(/\s+/g, ' ').trim();
  const status = t(draft.status === 'final' ? 'record.ui.status.final' : 'record.ui.status.draft');

  return (
    <section className="minutes-editor" aria-labelledby="minutes-editor-heading" data-testid="minutes-editor">
      <h3 id="minutes-editor-heading" className="section-title">
        {t('record.ui.editorTitle')}
      </h3>
      <p className={`minutes-editor__status minutes-editor__status--${draft.status}`} data-testid="minutes-status">
        {t('record.ui.edition', { version: draft.version, status })}
      </p>
      {draft.basedOn !== null ? (
        <p className="small">{t('record.ui.revises', { version: draft.basedOn, reason: draft.reason ?? '' })}</p>
      ) : null}
      {!draft.closed ? <p className="small muted">{t('record.ui.beforeClose')}</p> : null}
      {draft.sections.map((s) => (
        <SectionEditor key={`${draft.version}|${s.key}|${s.text}`} section={s} editable={editable} onSaved={reload} />
      ))}
      {editable ? (
        <div className="minutes-editor__finalise">
          <p className="small muted">{t('record.ui.finaliseHint')}</p>
          <button
            type="button"
            className="btn btn--primary"
            disabled={finalise.busy}
            onClick={() =>
              void finalise.send({ type: 'minutes:finalise', version: draft.version }).then((ack) => (ack ? reload() : undefined))
            }
          >
            {t('record.ui.finalise')}
          </button>
          {finalise.error ? <Alert tone="error">{errorText(finalise.error)}</Alert> : null}
        </div>
      ) : null}
      {draft.closed && draft.status === 'final' ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (cleanReason)
              void revise
                .send({ type: 'minutes:revise', reason: cleanReason })
                .then((ack) => (ack ? (setReason(''), reload()) : undefined));
          }}
        >
          <Alert tone="success">{t('record.ui.finalised', { version: draft.version })}</Alert>
          <Field label={t('record.ui.reviseReason')}>
            <input name="reason" maxLength={LIMITS.NOTE_MAX_CHARS} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form__actions form__actions--start">
            <button type="submit" className="btn" disabled={revise.busy || cleanReason === ''}>
              {t('record.ui.revise')}
            </button>
          </div>
          {revise.error ? <Alert tone="error">{errorText(revise.error)}</Alert> : null}
        </form>
      ) : null}
    </section>
  );
}
