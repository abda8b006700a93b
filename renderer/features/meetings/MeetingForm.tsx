import { useState, type FormEvent } from 'react';
import { BODY_KINDS, BODY_PRESETS, type BodyKind } from '../../../shared/model/bodies';
import { MAX_MEETING_TITLE_CHARS } from '../../../shared/model/limits';
import type { Meeting } from '../../../shared/model/types';
import type { MeetingInput } from '../../../shared/ipc/slices/core';
import type { AppError } from '../../../shared/util/result';
import { meetingIsoDate } from '../../../shared/util/meeting-time';
import { Alert } from '../../components/Alert';
import { CharCount } from '../../components/CharCount';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useFormSubmit } from '../../app/useFormSubmit';
import { parseDateVi } from '../../../shared/util/dates';
import { BodyRules } from './BodyRules';
import { initialValues, isPastDate, toMeetingInput, withBody } from './meeting-form';
import { FormActions } from '../../components/FormActions';
import './meetings.css';

type Props = {
  meeting?: Meeting;
  submitLabel: string;
  onSubmit(input: MeetingInput): Promise<AppError | null>;
  onCancel?(): void;
};

export function MeetingForm({ meeting, submitLabel, onSubmit, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState(() => initialValues(meeting));
  const { error, saved, busy, submit, clearSaved } = useFormSubmit({ parse: toMeetingInput, save: onSubmit });
  const bodyLocked = meeting?.status === 'published';
  // A date before today (in the meeting's zone) is asked about once; an unchanged date of an old meeting is not.
  const [askPast, setAskPast] = useState(false);
  const send = submit(values);
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = toMeetingInput(values);
    if (parsed.ok && parsed.value.date !== meeting?.date && isPastDate(parsed.value.date, meetingIsoDate(Date.now()))) {
      setAskPast(true);
      return;
    }
    void send(e);
  };
  const set = <K extends keyof typeof values>(k: K, v: (typeof values)[K]) => {
    clearSaved();
    setValues((old) => ({ ...old, [k]: v }));
  };

  return (
    <>
      <form className="form meeting-form" onSubmit={onFormSubmit} noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {saved && meeting ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        <div className="form__grid">
          <Field label={t('meetingForm.body')} hint={bodyLocked ? t('meetingForm.bodyLocked') : undefined}>
            <select
              name="bodyKind"
              value={values.bodyKind}
              disabled={bodyLocked}
              onChange={(e) => setValues((v) => withBody(v, e.target.value as BodyKind))}
            >
              {BODY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {BODY_PRESETS[k].name[locale]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('meetingForm.meetingType')}>
            <select name="meetingType" value={values.meetingType} onChange={(e) => set('meetingType', e.target.value)}>
              {BODY_PRESETS[values.bodyKind].meetingTypes.map((mt) => (
                <option key={mt.id} value={mt.id}>
                  {mt[locale]}
                </option>
              ))}
            </select>
          </Field>
          <div className="field field--wide">
            <Field label={t('meetingForm.title')}>
              <input
                name="title"
                value={values.title}
                placeholder={t('meetingForm.titlePlaceholder')}
                onChange={(e) => set('title', e.target.value)}
              />
            </Field>
            <CharCount value={values.title} max={MAX_MEETING_TITLE_CHARS} />
          </div>
          <Field label={t('meetingForm.date')}>
            <input
              name="date"
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              value={values.dateText}
              onChange={(e) => set('dateText', e.target.value)}
            />
          </Field>
          <Field label={t('meetingForm.time')}>
            <input name="time" inputMode="numeric" placeholder="08:00" value={values.time} onChange={(e) => set('time', e.target.value)} />
          </Field>
          <Field label={t('meetingForm.place')} wide>
            <input name="place" value={values.place} onChange={(e) => set('place', e.target.value)} />
          </Field>
        </div>
        <BodyRules kind={values.bodyKind} date={parseDateVi(values.dateText) ?? new Date().toISOString().slice(0, 10)} />
        <FormActions submitLabel={submitLabel} busyLabel={t('common.saving')} busy={busy} onCancel={onCancel} />
      </form>
      {askPast ? (
        <ConfirmDialog
          title={t('meetingForm.pastTitle')}
          confirmLabel={t('meetingForm.pastConfirm')}
          cancelLabel={t('meetingForm.pastCancel')}
          onConfirm={() => {
            setAskPast(false);
            void send({ preventDefault() {} } as FormEvent);
          }}
          onCancel={() => setAskPast(false)}
        >
          <p data-testid="past-date-question">{t('meetingForm.pastBody', { date: values.dateText })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
