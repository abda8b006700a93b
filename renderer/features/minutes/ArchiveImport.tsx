import { useState, type FormEvent } from 'react';
import type { ArchivedMeetingView } from '../../../shared/ipc/slices/record';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useApi } from '../../app/api-context';
import { useAction } from '../../app/useAction';
import { useI18n } from '../../app/i18n';
import { ArchivedMeeting } from './ArchivedMeeting';
import './minutes.css';

/**
 * The office's archive laptop: import a meeting's archive (.tar.gz). The laptop verifies it (manifest, hash
 * chain, signatures, the checkpoints printed in its minutes) and refuses a broken one with the reason.
 */
export function ArchiveImport() {
  const { t, errorText } = useI18n();
  const api = useApi();
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [archive, setArchive] = useState<ArchivedMeetingView | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setArchive(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await action.run(() => api.invoke('record:import', { bytes, fileName: file.name }));
    if (r) setArchive(r.value);
  }

  return (
    <section className="archive-import" aria-labelledby="archive-import-heading" data-testid="archive-import">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="archive-import-heading" className="section-title">
          {t('record.ui.importTitle')}
        </h2>
        <Field label={t('record.ui.importFile')}>
          <input
            type="file"
            name="archive"
            accept=".tar.gz,.tgz,application/gzip"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setArchive(null);
              action.setError(null);
            }}
          />
        </Field>
        <div className="form__actions form__actions--start">
          <button type="submit" className="btn btn--primary" disabled={!file || action.busy}>
            {t('record.ui.import')}
          </button>
        </div>
        {action.error ? <Alert tone="error">{t('record.ui.importRefused', { reason: errorText(action.error) })}</Alert> : null}
      </form>
      {archive ? <ArchivedMeeting archive={archive} /> : null}
    </section>
  );
}
