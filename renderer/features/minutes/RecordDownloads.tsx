import { useState } from 'react';
import { RECORD_FILE_KINDS, type RecordFileKind } from '../../../shared/ipc/slices/record';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useApi } from '../../app/api-context';
import { useAction } from '../../app/useAction';
import { useI18n } from '../../app/i18n';
import { printPdf, saveFiles } from './record-files';

/** After the close: the minutes (PDF, DOCX), the CSV/XLSX exports and the archive, and printing the minutes. */
export function RecordDownloads({ meetingId }: { meetingId: MeetingId }) {
  const { t, errorText } = useI18n();
  const api = useApi();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);

  async function fetchFiles(kind: RecordFileKind) {
    setDone(null);
    const r = await action.run(() => api.invoke('record:files', { meetingId, kind }));
    return r?.value ?? null;
  }

  return (
    <section className="record-downloads" aria-labelledby="record-downloads-heading" data-testid="record-downloads">
      <h3 id="record-downloads-heading" className="section-title">
        {t('record.ui.downloads')}
      </h3>
      <div className="form__actions form__actions--start record-downloads__buttons">
        {RECORD_FILE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn"
            data-kind={kind}
            disabled={action.busy}
            onClick={() =>
              void fetchFiles(kind).then((files) => {
                if (!files) return;
                saveFiles(files);
                setDone(files.map((f) => f.name).join(', '));
              })
            }
          >
            {t(`record.ui.download.${kind}`)}
          </button>
        ))}
        <button
          type="button"
          className="btn"
          disabled={action.busy}
          onClick={() => void fetchFiles('minutes-pdf').then((files) => (files?.[0] ? printPdf(files[0]) : undefined))}
        >
          {t('record.ui.print')}
        </button>
      </div>
      {done ? <Alert tone="success">{t('record.ui.downloaded', { files: done })}</Alert> : null}
      {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
    </section>
  );
}
