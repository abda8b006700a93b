import { useState } from 'react';
import type { CsvImportReport } from '../../../shared/ipc/slices/core';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { readFileText } from '../documents/read-file';
import './roster.css';

/** Picking a file imports it at once; the report lists what was added, updated and every bad line. */
export function CsvImport({ meetingId, onImported }: { meetingId: MeetingId; onImported(): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, setError, run } = useAction();
  const [report, setReport] = useState<CsvImportReport | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    const csv = await readFileText(file);
    if (csv === null) {
      setError({ code: 'invalid_input', message: t('error.readFile') });
      return;
    }
    const r = await run(() => api.invoke('roster:import-csv', { meetingId, csv }));
    setInputKey((k) => k + 1);
    if (r) {
      setReport(r.value);
      onImported();
    }
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
      {report ? (
        <Alert tone={report.errors.length ? 'warning' : 'success'}>
          <p data-testid="csv-result">{t('roster.csv.result', { added: report.added, updated: report.updated })}</p>
          {report.errors.length > 0 ? (
            <>
              <p>{t('roster.csv.errors', { n: report.errors.length })}</p>
              <ul className="csv-import__errors">
                {report.errors.map((e) => (
                  <li key={`${e.line}-${e.error.message}`}>{t('roster.csv.lineError', { line: e.line, message: errorText(e.error) })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}
