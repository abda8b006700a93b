import type { DocumentInput } from '../../../shared/ipc/slices/core';
import { DOC_TYPES, type Confidentiality, type DocType, type Participant } from '../../../shared/model/types';
import { CharCount } from '../../components/CharCount';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { confidentialityKey, docTypeKey } from '../../app/labels';
import { MAX_DOC_TITLE_CHARS } from './doc-form';
import { VisibilityPicker } from './VisibilityPicker';

type Props = {
  value: DocumentInput;
  roster: readonly Participant[];
  onChange(v: DocumentInput): void;
  name: string;
  onTitleEdited?(): void;
};

const CONFIDENTIALITY: readonly Confidentiality[] = ['thuong', 'mat'];

/** Title, type, confidentiality and visibility: shared by import and edit. */
export function DocumentMetaFields({ value, roster, onChange, name, onTitleEdited }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="form__grid">
        <div className="field field--wide">
          <Field label={t('documents.title')}>
            <input
              name="docTitle"
              maxLength={MAX_DOC_TITLE_CHARS}
              value={value.title}
              onChange={(e) => {
                onTitleEdited?.();
                onChange({ ...value, title: e.target.value });
              }}
            />
          </Field>
          <CharCount value={value.title} max={MAX_DOC_TITLE_CHARS} />
        </div>
        <Field label={t('documents.docType')}>
          <select name="docType" value={value.docType} onChange={(e) => onChange({ ...value, docType: e.target.value as DocType })}>
            {DOC_TYPES.map((d) => (
              <option key={d} value={d}>
                {t(docTypeKey(d))}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('documents.confidentiality')}>
          <select
            name="confidentiality"
            value={value.confidentiality}
            onChange={(e) => onChange({ ...value, confidentiality: e.target.value as Confidentiality })}
          >
            {CONFIDENTIALITY.map((c) => (
              <option key={c} value={c}>
                {t(confidentialityKey(c))}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <VisibilityPicker
        name={name}
        value={value.visibility}
        roster={roster}
        onChange={(visibility) => onChange({ ...value, visibility })}
      />
    </>
  );
}
