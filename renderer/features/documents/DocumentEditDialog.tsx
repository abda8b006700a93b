import { useState, type FormEvent } from 'react';
import type { DocumentMeta, Participant } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { problemsText } from '../../app/validation';
import { checkDocumentInput, documentInputOf } from './doc-form';
import { DocumentMetaFields } from './DocumentMetaFields';

type Props = { doc: DocumentMeta; roster: readonly Participant[]; onDone(saved: boolean): void };

export function DocumentEditDialog({ doc, roster, onDone }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [meta, setMeta] = useState(() => documentInputOf(doc));
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDocumentInput(meta);
    if (!checked.ok) return setFormError(problemsText(checked.error, t));
    setFormError(null);
    const saved = await run(() => api.invoke('documents:update', { documentId: doc.id, patch: checked.value }));
    if (saved) onDone(true);
  };
  return (
    <Modal title={t('doc.editHeading', { title: doc.title })} busy={busy} onClose={() => onDone(false)} wide>
      <form className="form" onSubmit={submit} noValidate>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
        <DocumentMetaFields name={`edit-${doc.id}`} value={meta} roster={roster} onChange={setMeta} />
        <FormActions inDialog submitLabel={t('common.save')} busyLabel={t('common.saving')} busy={busy} onCancel={() => onDone(false)} />
      </form>
    </Modal>
  );
}
