import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { UserId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useItemNote } from './useItemNote';

/** The secretariat (or chair) records a member's dissent (bảo lưu ý kiến) on the current item, for the minutes. */
export function DissentForm({ view }: { view: MeetingLiveView }) {
  const { t, errorText } = useI18n();
  const { cmd, text, setText, saved, setSaved, item, open, clean, save } = useItemNote(view);
  const [userId, setUserId] = useState<UserId | ''>('');
  const members = view.attendance.members ?? [];
  const ready = open && item !== null && userId !== '' && clean !== '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready || userId === '') return;
    if (await save((agendaItemId, note) => ({ type: 'minutes:dissent', agendaItemId, userId, text: note }))) setUserId('');
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="dissent-heading" data-testid="dissent-form">
      <h3 id="dissent-heading" className="section-title">
        {t('record.ui.dissentTitle')}
      </h3>
      {!item ? <p className="small muted">{t('record.ui.conclusionNoItem')}</p> : null}
      <Field label={t('record.ui.dissentMember')}>
        <select
          name="userId"
          value={userId}
          disabled={!open || !item}
          onChange={(e) => {
            setUserId(e.target.value as UserId | '');
            setSaved(false);
          }}
        >
          <option value="">{t('record.ui.dissentChoose')}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.fullName}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('record.ui.dissentText')}>
        <textarea
          name="dissent"
          rows={3}
          maxLength={LIMITS.NOTE_MAX_CHARS}
          value={text}
          disabled={!open || !item}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="form__actions form__actions--start">
        <button type="submit" className="btn btn--primary" disabled={cmd.busy || !ready}>
          {t('record.ui.dissentSave')}
        </button>
      </div>
      {saved ? <Alert tone="success">{t('record.ui.dissentSaved')}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </form>
  );
}
