import { useState } from 'react';
import type { CsvImportReport } from '../../../shared/ipc/slices/core';
import type { MeetingId } from '../../../shared/model/ids';
import { appError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { readFileText } from '../documents/read-file';
import './roster.css';

type Preview = { file: string; csv: string; report: CsvImportReport };

/**
 * Picking a file shows a preview first (rows, what would be added and updated, every bad line, usernames
 * repeated in the file: `roster:import-csv` with `dryRun`); nothing is written until "Nhập danh sách".
 */
export function CsvImport({ meetingId, onImported }: { meetingId: MeetingId; onImported(): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, setError, run } = useAction();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [report, setReport] = useState<CsvImportReport | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const pick = async (file: File | undefined) => {
    setReport(null);
    setPreview(null);
    if (!file) return;
    const csv = await readFileText(file);
    if (csv === null) {
      setError(appError('invalid_input', 'error.readFile'));
      return;
    }
    const r = await run(() => api.invoke('roster:import-csv', { meetingId, csv, dryRun: true }));
    if (r) setPreview({ file: file.name, csv, report: r.value });
  };

  const confirm = async () => {
    if (!preview) return;
    const r = await run(() => api.invoke('roster:import-csv', { meetingId, csv: preview.csv }));
    if (!r) return;
    setPreview(null);
    setInputKey((k) => k + 1);
    setReport(r.value);
    onImported();
  };

  const cancel = () => {
    setPreview(null);
    setInputKey((k) => k + 1);
  };

  return (
    <section className="card csv-import" aria-labelledby="csv-heading">
      <h3 id="csv-heading" className="section-title">
        {t('roster.csv.heading')}
      </h3>
      <p className="hint">{t('roster.csv.help')}</p>
      <FilePicker
        key={inputKey}
        name="csvFile"
        label={t('roster.csv.file')}
        accept=".csv,text/csv"
        disabled={busy}
        chooseText={t('file.choose')}
        noneText={t('file.none')}
        onPick={(f) => void pick(f ?? undefined)}
      />
      {busy ? <p role="status">{t('roster.csv.importing')}</p> : null}
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {preview ? (
        <div className="csv-preview" data-testid="csv-preview">
          <h4 className="csv-preview__title">{t('roster.csv.previewTitle', { rows: preview.report.rows, file: preview.file })}</h4>
          <p data-testid="csv-preview-counts">
            {t('roster.csv.previewWill', { added: preview.report.added, updated: preview.report.updated })}
          </p>
          <LineErrors report={preview.report} />
          {preview.report.duplicates.length > 0 ? (
            <p className="small" data-testid="csv-duplicates">
              {t('roster.csv.duplicates', { names: preview.report.duplicates.join(', ') })}
            </p>
          ) : null}
          {preview.report.added + preview.report.updated === 0 ? <p className="small muted">{t('roster.csv.noneValid')}</p> : null}
          <div className="form__actions">
            <button type="button" className="btn" onClick={cancel} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void confirm()}
              disabled={busy || preview.report.added + preview.report.updated === 0}
              data-testid="csv-confirm"
            >
              {t('roster.csv.confirm')}
            </button>
          </div>
        </div>
      ) : null}
      {report ? (
        <Alert tone={report.errors.length ? 'warning' : 'success'}>
          <p data-testid="csv-result">{t('roster.csv.result', { added: report.added, updated: report.updated })}</p>
          <LineErrors report={report} />
        </Alert>
      ) : null}
    </section>
  );
}

function LineErrors({ report }: { report: CsvImportReport }) {
  const { t, errorText } = useI18n();
  if (report.errors.length === 0) return null;
  return (
    <>
      <p>{t('roster.csv.errors', { n: report.errors.length })}</p>
      <ul className="csv-import__errors" data-testid="csv-line-errors">
        {report.errors.map((e) => (
          <li key={`${e.line}-${e.error.message}`}>{t('roster.csv.lineError', { line: e.line, message: errorText(e.error) })}</li>
        ))}
      </ul>
    </>
  );
}
