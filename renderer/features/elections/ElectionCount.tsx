import type { ElectionRoundView, ElectionView } from '../../../shared/meeting-live/election-state';
import type { RatingResult } from '../../../shared/voting/confidence';
import { CONFIDENCE_LEVELS, confidenceBandKey, confidenceLevelKey } from '../../../shared/voting/confidence';
import type { ElectionCount as Count } from '../../../shared/voting/elections';
import { localDecimal } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { baseWordKey, candidateName, nextRoundKey } from './election-view';
import './election-count.css';

/** The count of a closed round: ballots, valid/invalid, votes per candidate with % of the base, the elected / bands. */
export function ElectionCount({ election, round }: { election: ElectionView; round: ElectionRoundView }) {
  const result = round.result;
  if (!result) return null;
  return result.kind === 'election' ? (
    <CountTable election={election} count={result.count} />
  ) : (
    <RatingTable election={election} count={result.count} />
  );
}

function CountTable({ election, count }: { election: ElectionView; count: Count }) {
  const { t, locale } = useI18n();
  return (
    <div className="election-count" data-testid="election-count">
      <dl className="election-count__figures">
        <Figure label={t('election.record.returned')} value={count.ballots} testId="count-ballots" />
        <Figure label={t('election.record.valid')} value={count.valid} testId="count-valid" />
        <Figure label={t('election.record.invalid')} value={count.invalid} testId="count-invalid" />
        <Figure label={t('eui.count.required', { base: count.base })} value={count.required} testId="count-required" />
      </dl>
      <table className="table election-count__table">
        <caption className="visually-hidden">{t('eui.count.caption', { office: election.office })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('election.record.col.name')}</th>
            <th scope="col" className="num">
              {t('election.record.col.votes')}
            </th>
            <th scope="col" className="num">
              {t('eui.count.percentCol')}
            </th>
            <th scope="col">{t('election.record.col.elected')}</th>
          </tr>
        </thead>
        <tbody>
          {count.candidates.map((c) => (
            <tr key={c.id} className={c.elected ? 'election-count__row--elected' : undefined} data-testid="count-row">
              <th scope="row">{candidateName(election, c.id)}</th>
              <td className="num">{c.votes}</td>
              <td className="num">{localDecimal(locale, c.percentOfBase)} %</td>
              <td>
                {c.elected ? (
                  <span className="election-badge election-badge--elected">{t('election.record.elected')}</span>
                ) : (
                  <span className="election-badge">{t('election.record.notElected')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('eui.count.percentOf', { base: t(baseWordKey(count.basis.base)), n: count.base })}</p>
      <p className="small" data-testid="count-next">
        {t(nextRoundKey(count.next), { seats: 'seats' in count.next ? count.next.seats : count.seats })}
        {'among' in count.next ? `: ${count.next.among.map((id) => candidateName(election, id)).join(', ')}` : ''}
      </p>
      <p className="small muted">
        {t(count.basis.labelKey)} — {count.basis.citation.document}
        {count.basis.citation.article ? `, ${t('eui.article', { n: count.basis.citation.article })}` : ''}
        {count.basis.needsLegalConfirmation ? ` (${t('election.needsLegalConfirmation')})` : ''}
      </p>
    </div>
  );
}

function RatingTable({ election, count }: { election: ElectionView; count: RatingResult }) {
  const { t, locale } = useI18n();
  return (
    <div className="election-count" data-testid="election-count">
      <dl className="election-count__figures">
        <Figure label={t('eui.count.n')} value={count.n} testId="count-n" />
        <Figure label={t('election.record.returned')} value={count.ballots} testId="count-ballots" />
        <Figure label={t('election.record.valid')} value={count.valid} testId="count-valid" />
        <Figure label={t('election.record.invalid')} value={count.invalid} testId="count-invalid" />
      </dl>
      <table className="table election-count__table">
        <caption className="visually-hidden">{t('eui.count.caption', { office: election.office })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('election.record.col.name')}</th>
            {CONFIDENCE_LEVELS.map((l) => (
              <th key={l} scope="col" className="num">
                {t(confidenceLevelKey(l))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {count.rows.map((r) => (
            <tr key={r.id} data-testid="count-row">
              <th scope="row">
                {candidateName(election, r.id)}
                <span className={`election-band election-band--${r.band}`}>{t(confidenceBandKey(r.band))}</span>
              </th>
              {CONFIDENCE_LEVELS.map((l) => (
                <td key={l} className="num">
                  {r.counts[l]} <span className="muted">({localDecimal(locale, r.percents[l])} %)</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('eui.count.ratingBase', { n: count.n, document: count.citation.document })}</p>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="election-count__figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
