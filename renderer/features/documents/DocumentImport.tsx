import { useState, type FormEvent } from 'react';
import type { DocumentInput } from '../../../shared/ipc/slices/core';
import type { AgendaItemId, MeetingId } from '../../../shared/model/ids';
import type { DocumentMeta, Participant } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FilePicker } from '../../components/FilePicker';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { problemsText } from '../../app/validation';
import { useLatestRequest } from '../../app/useLatestRequest';
import { checkDocumentInput, emptyDocumentInput, MAX_DOC_TITLE_CHARS, titleFromFileName } from './doc-form';
import { guessDocType } from './doc-type-guess';
import { DocumentMetaFields } from './DocumentMetaFields';
import { ImportProgressBar } from './ImportProgressBar';
import { readFileBytes } from './read-file';
import { useImport } from './useImport';
import { FormActions } from '../../components/FormActions';
import './documents.css';

type Props = { meetingId: MeetingId; agendaItemId: AgendaItemId; roster: readonly Participant[]; onImported(doc: DocumentMeta): void };

/**
 * Imports one PDF under an agenda item. A rejected file leaves the form as it was (file, title, choices)
 * so the secretariat can fix the file or, for a protected PDF, add its password and retry.
 */
export function DocumentImport({ meetingId, agendaItemId, roster, onImported }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const imp = useImport();
  const [file, setFile] = useState<File | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [meta, setMeta] = useState<DocumentInput>(emptyDocumentInput);
  const [titleEdited, setTitleEdited] = useState(false);
  /** Where the prefilled title came from, shown so the secretary knows to check it. */
  const [defaults, setDefaults] = useState<'metadata' | 'heading' | null>(null);
  const latest = useLatestRequest();
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [imported, setImported] = useState<DocumentMeta | null>(null);
  const needsPassword = imp.error?.code === 'pdf_encrypted';

  const pick = (f: File | null) => {
    setFile(f);
    setImported(null);
    setFormError(null);
    setPassword('');
    setDefaults(null);
    imp.reset();
    if (!f || (titleEdited && meta.title.trim())) return;
    setMeta((m) => ({ ...m, title: titleFromFileName(f.name) }));
    // The PDF's own title (metadata, else its first heading) replaces the file name once read; the type
    // it names ("Tờ trình", "Dự thảo Nghị quyết", …) is chosen with it. Both stay editable.
    const current = latest.begin();
    void readFileBytes(f).then(async (bytes) => {
      // pdf.js is heavy: loaded with the viewer's code, only once a file is picked.
      const found = bytes ? await import('../viewer').then((m) => m.readPdfTitle(api, bytes)) : null;
      if (!current() || !found) return;
      const type = guessDocType(found.title);
      setMeta((m) => ({ ...m, title: found.title.slice(0, MAX_DOC_TITLE_CHARS), ...(type ? { docType: type } : {}) }));
      setDefaults(found.from);
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setImported(null);
    if (!file) return setFormError(t('documents.chooseFile'));
    const checked = checkDocumentInput(meta);
    if (!checked.ok) return setFormError(problemsText(checked.error, t));
    setFormError(null);
    const bytes = await readFileBytes(file);
    if (!bytes) return setFormError(t('error.readFile'));
    const doc = await imp.start((importId) =>
      api.invoke('documents:import', {
        meetingId,
        agendaItemId,
        importId,
        fileName: file.name,
        bytes,
        meta: checked.value,
        ...(needsPassword && password ? { password } : {}),
      }),
    );
    if (!doc) return;
    setImported(doc);
    setFile(null);
    setFileInputKey((k) => k + 1);
    setMeta(emptyDocumentInput());
    setTitleEdited(false);
    setDefaults(null);
    setPassword('');
    onImported(doc);
  };

  return (
    <form className="form import-form" onSubmit={submit} noValidate aria-labelledby={`import-heading-${agendaItemId}`}>
      <h3 id={`import-heading-${agendaItemId}`} className="section-title">
        {t('documents.import')}
      </h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {imp.error ? (
        <Alert tone="error" title={t('documents.rejected', { file: file?.name ?? '' })}>
          {errorText(imp.error)}
        </Alert>
      ) : null}
      {imported ? (
        <Alert tone="success">
          {t('documents.imported', { title: imported.title, pages: imported.pages })}
          {imp.warning ? <div>{t('documents.warning', { text: imp.warning })}</div> : null}
        </Alert>
      ) : null}
      <FilePicker
        key={fileInputKey}
        name="pdfFile"
        label={t('documents.file')}
        accept="application/pdf,.pdf"
        chooseText={t('file.choose')}
        noneText={t('file.none')}
        onPick={pick}
      />
      {needsPassword ? (
        <Field label={t('documents.password')}>
          <input
            name="pdfPassword"
            type="password"
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
          />
        </Field>
      ) : null}
      {defaults ? (
        <p className="small muted" role="status" data-testid="import-defaults">
          {defaults === 'metadata' ? t('documents.defaultsFromMetadata') : t('documents.defaultsFromHeading')}
        </p>
      ) : null}
      <DocumentMetaFields
        name={`import-${agendaItemId}`}
        value={meta}
        roster={roster}
        onChange={setMeta}
        onTitleEdited={() => {
          setTitleEdited(true);
          latest.cancel();
        }}
      />
      {imp.progress ? <ImportProgressBar progress={imp.progress} /> : null}
      <FormActions
        submitLabel={needsPassword ? t('documents.retryWithPassword') : t('documents.importButton')}
        busyLabel={t('documents.importing')}
        busy={imp.busy}
      />
    </form>
  );
}
