import { useState, type ReactNode } from 'react';
import type { AgendaInput } from '../../../shared/ipc/slices/core';
import { MAX_AGENDA_TITLE_CHARS } from '../../../shared/model/limits';
import type { AgendaItem } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { CharCount } from '../../components/CharCount';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useFormSubmit } from '../../app/useFormSubmit';
import { agendaFormValues, MAX_DURATION_MIN, toAgendaInput } from './agenda-form';
import { FormActions } from '../../components/FormActions';

type Props = {
  item?: AgendaItem;
  submitLabel: string;
  onSubmit(input: AgendaInput): Promise<AppError | null>;
  onCancel?(): void;
  /** Shown before the buttons (the new-item panel's "Xong" after items were added in a row). */
  extraActions?: ReactNode;
};

export function AgendaItemForm({ item, submitLabel, onSubmit, onCancel, extraActions }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => agendaFormValues(item));
  const { error, saved: lastSaveOk, busy, submit, clearSaved } = useFormSubmit({ parse: toAgendaInput, save: onSubmit });
  // "Đã lưu" only makes sense when editing an existing item (a new one's form is closed by the parent).
  const saved = lastSaveOk && Boolean(item);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => {
    clearSaved();
    setValues((v) => ({ ...v, [k]: e.target.value }));
  };
  return (
    <form className="form" onSubmit={submit(values)} noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <div className="form__grid">
        <div className="field field--wide">
          <Field label={t('agenda.itemTitle')}>
            <input name="itemTitle" value={values.title} onChange={set('title')} autoFocus={!item} />
          </Field>
          <CharCount value={values.title} max={MAX_AGENDA_TITLE_CHARS} />
        </div>
        <Field label={t('agenda.presenter')}>
          <input name="presenter" value={values.presenter} onChange={set('presenter')} />
        </Field>
        <Field label={t('agenda.duration')}>
          <input
            name="duration"
            type="number"
            min={0}
            max={MAX_DURATION_MIN}
            step={1}
            inputMode="numeric"
            value={values.duration}
            onChange={set('duration')}
          />
        </Field>
      </div>
      <FormActions submitLabel={submitLabel} busyLabel={t('common.saving')} busy={busy} onCancel={onCancel}>
        {extraActions}
      </FormActions>
    </form>
  );
}
