import { useState } from 'react';
import type { RosterImportPreview } from '../../../shared/ipc/slices/bodies';
import type { BodyRoster, TermId } from '../../../shared/model/roster';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { readFileText } from '../documents/read-file';

/** Roster CSV: pick a file, see what would change and every problem by line, then confirm (all or nothing). */
export function RosterImport({ termId, onImported }: { termId: TermId; onImported(r: BodyRoster): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, setError, run } = useAction();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterImportPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const pick = async (file: File | null) => {
    setPreview(null);
    setDone(null);
    if (!file) return;
    const text = await readFileText(file);
    if (text === null) {
      setError({ code: 'invalid_input', message: t('error.readFile') });
      return;
    }
    setCsv(text);
    const r = await run(() => api.invoke('bodies:import-preview', { termId, csv: text }));
    if (r) setPreview(r.value);
  };
  const confirm = async () => {
    if (csv === null) return;
    const r = await run(() => api.invoke('bodies:import-confirm', { termId, csv }));
    if (!r) return;
    setDone(t('bodies.csv.done', { added: r.value.added, updated: r.value.updated }));
    setPreview(null);
    setCsv(null);
    setInputKey((k) => k + 1);
    onImported(r.value.roster);
  };

  const adds = preview?.rows.filter((r) => r.action === 'add').length ?? 0;
  return (
    <section className="card csv-import" aria-labelledby="roster-csv-heading" data-testid="roster-import">
      <h3 id="roster-csv-heading" className="section-title">
        {t('bodies.csv.heading')}
      </h3>
      <p className="hint">{t('bodies.csv.help')}</p>
      <FilePicker
        key={inputKey}
        name="rosterCsv"
        label={t('bodies.csv.file')}
        accept=".csv,text/csv"
        disabled={busy}
        chooseText={t('file.choose')}
        noneText={t('file.none')}
        onPick={(f) => void pick(f ?? null)}
      />
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {preview ? (
        <div data-testid="roster-preview">
          <p>{t('bodies.csv.preview', { add: adds, update: preview.rows.length - adds })}</p>
          {preview.problems.length > 0 ? (
            <Alert tone="warning">
              <p>{t('bodies.csv.problems', { n: preview.problems.length })}</p>
              <ul className="csv-import__errors">
                {preview.problems.map((p) => (
                  <li key={`${p.line}-${p.key}`}>{t('bodies.csv.line', { line: p.line, message: t(p.key, p.params) })}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <table className="table">
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <th scope="row">{r.fullName}</th>
                  <td>{r.position}</td>
                  <td>{t(r.action === 'add' ? 'bodies.action.add' : 'bodies.action.update')}</td>
                  <td>{r.endKind ? t(`roster.end.${r.endKind}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn--primary" disabled={busy || preview.problems.length > 0} onClick={() => void confirm()}>
            {t('bodies.csv.confirm')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
