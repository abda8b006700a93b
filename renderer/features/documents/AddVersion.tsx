import { useState, type FormEvent } from 'react';
import type { DocumentMeta } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { ImportProgressBar } from './ImportProgressBar';
import { readFileBytes } from './read-file';
import { useImport } from './useImport';
import { FormActions } from '../../components/FormActions';
import './documents.css';

/**
 * After publication the only change allowed: a new version that supersedes the current one. The new
 * version replaces this row, so the caller shows the confirmation.
 */
export function AddVersion({ doc, onAdded }: { doc: DocumentMeta; onAdded(doc: DocumentMeta): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const imp = useImport();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  if (!open) {
    return (
      <div className="add-version">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setOpen(true)}
          aria-label={t('doc.addVersionFor', { title: doc.title })}
        >
          {t('doc.addVersion')}
        </button>
      </div>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFormError(t('documents.chooseFile'));
    setFormError(null);
    const bytes = await readFileBytes(file);
    if (!bytes) return setFormError(t('error.readFile'));
    const v = await imp.start((importId) =>
      api.invoke('documents:add-version', { documentId: doc.id, importId, fileName: file.name, bytes }),
    );
    if (!v) return;
    setOpen(false);
    setFile(null);
    onAdded(v);
  };
  return (
    <form
      className="form add-version add-version--open"
      onSubmit={submit}
      noValidate
      aria-label={t('doc.addVersionFor', { title: doc.title })}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {imp.error ? (
        <Alert tone="error" title={t('documents.rejected', { file: file?.name ?? '' })}>
          {errorText(imp.error)}
        </Alert>
      ) : null}
      <FilePicker
        name="versionFile"
        label={t('documents.file')}
        accept="application/pdf,.pdf"
        chooseText={t('file.choose')}
        noneText={t('file.none')}
        onPick={setFile}
      />
      {imp.progress ? <ImportProgressBar progress={imp.progress} /> : null}
      <FormActions
        submitLabel={t('doc.addVersion')}
        busyLabel={t('documents.importing')}
        busy={imp.busy}
        onCancel={() => setOpen(false)}
        small
      />
    </form>
  );
}
