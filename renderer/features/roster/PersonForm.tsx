import { useState } from 'react';
import type { ParticipantInput } from '../../../shared/ipc/slices/core';
import { MEETING_ROLES, type MeetingRole, type Participant } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { useFormSubmit } from '../../app/useFormSubmit';
import { roleKey } from '../../app/labels';
import { personFormValues, toParticipantInput, type PersonFormValues } from './person-form';
import { FormActions } from '../../components/FormActions';
import './roster.css';

type Props = {
  person?: Participant;
  groups: readonly string[];
  onSubmit(input: ParticipantInput): Promise<AppError | null>;
  onCancel(): void;
};

/** Add or edit one person; the username identifies the account and can't change once created. */
export function PersonForm({ person, groups, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => personFormValues(person));
  const { error, busy, submit } = useFormSubmit({ parse: toParticipantInput, save: onSubmit });
  const set = (k: keyof PersonFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const heading = person ? t('roster.editHeading', { name: person.fullName }) : t('roster.addHeading');
  return (
    <form className="form person-form card" onSubmit={submit(values)} noValidate aria-label={heading}>
      <h3 className="section-title">{heading}</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="form__grid form__grid--3">
        <Field label={t('roster.col.fullName')}>
          <input name="fullName" value={values.fullName} onChange={set('fullName')} autoFocus />
        </Field>
        <Field label={t('roster.col.title')}>
          <input name="personTitle" value={values.title} onChange={set('title')} />
        </Field>
        <Field label={t('roster.col.unit')}>
          <input name="unit" value={values.unit} onChange={set('unit')} />
        </Field>
        <Field label={t('roster.col.group')}>
          <input name="group" list="roster-groups" value={values.group} onChange={set('group')} />
        </Field>
        <Field label={t('roster.col.role')}>
          <select name="role" value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as MeetingRole }))}>
            {MEETING_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('roster.col.username')}>
          <input
            name="username"
            autoCapitalize="none"
            spellCheck={false}
            value={values.username}
            onChange={set('username')}
            readOnly={Boolean(person)}
          />
        </Field>
        <Field label={person ? t('roster.passwordKeep') : t('roster.passwordNew')}>
          <input name="newPassword" type="password" autoComplete="new-password" value={values.password} onChange={set('password')} />
        </Field>
      </div>
      <datalist id="roster-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <FormActions submitLabel={t('common.save')} busyLabel={t('common.saving')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
