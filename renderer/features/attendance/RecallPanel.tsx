import type { RecallView } from '../../../shared/meeting-live/recall';
import { useI18n } from '../../app/i18n';
import { formatTime } from '../live/labels';
import { recallRowKey, recallRows } from './recall-view';

/**
 * Recall of confidential documents (chair and secretariat): once the meeting is closed or the secretariat
 * recalled them, each laptop that received confidential material (per person: someone may have signed in on
 * two), whether it confirmed it deleted its copies or is pending.
 */
export function RecallPanel({ recall }: { recall: RecallView | undefined }) {
  const { t, locale } = useI18n();
  const shown = recallRows(recall);
  if (!recall || !shown) return null;
  return (
    <section className="recall-panel" aria-labelledby="recall-heading" data-testid="recall-panel">
      <h2 id="recall-heading" className="page__subtitle">
        {t('recall.title')}
      </h2>
      <p className="muted">{t(recall.source === 'secretariat' ? 'recall.sourceSecretariat' : 'recall.sourceMeetingClose')}</p>
      <p className="attendance__counts" data-testid="recall-summary">
        {t('recall.summary', { confirmed: shown.confirmed, total: shown.total })}
      </p>
      <table className="table attendance__table">
        <thead>
          <tr>
            <th scope="col">{t('recall.col.person')}</th>
            <th scope="col">{t('recall.col.laptop')}</th>
            <th scope="col">{t('recall.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((l) => (
            <tr key={recallRowKey(l)} data-testid="recall-row" data-confirmed={l.confirmedAt !== null}>
              <td>{l.fullName}</td>
              <td data-testid="recall-laptop">
                {l.label ?? t('recall.unnamedLaptop')}
                {l.laptopId ? <span className="muted"> · {l.laptopId.slice(0, 6)}</span> : null}
              </td>
              <td className="attendance__nowrap">
                {l.confirmedAt !== null ? t('recall.confirmedAt', { time: formatTime(l.confirmedAt, locale) }) : t('recall.pending')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
