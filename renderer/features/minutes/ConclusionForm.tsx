import type { FormEvent } from 'react';
import { LIMITS } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useItemNote } from './useItemNote';

/** The chair records the conclusion (kết luận) of the current agenda item; it goes into the minutes. */
export function ConclusionForm({ view }: { view: MeetingLiveView }) {
  const { t, errorText } = useI18n();
  const { cmd, text, setText, saved, item, open, clean, save } = useItemNote(view);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save((agendaItemId, note) => ({ type: 'minutes:conclusion', agendaItemId, text: note }));
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="conclusion-heading" data-testid="conclusion-form">
      <h3 id="conclusion-heading" className="section-title">
        {t('record.ui.conclusionTitle')}
      </h3>
      {!item ? <p className="small muted">{t('record.ui.conclusionNoItem')}</p> : null}
      <Field label={t('record.ui.conclusionLabel')}>
        <textarea
          name="conclusion"
          rows={3}
          maxLength={LIMITS.NOTE_MAX_CHARS}
          value={text}
          disabled={!open || !item}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="form__actions form__actions--start">
        <button type="submit" className="btn btn--primary" disabled={cmd.busy || !open || !item || clean === ''}>
          {t('record.ui.conclusionSave')}
        </button>
      </div>
      {saved ? <Alert tone="success">{t('record.ui.conclusionSaved')}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </form>
  );
}
