import type { VoteResultView } from '../../../shared/meeting-live/live-state';
import { localDecimal } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { formatTime, voteKindLabel } from '../live/labels';
import { ResultChart } from './ResultChart';
import { OutcomeBadge, VoteBasisView } from './VoteBasisView';
import { namedChoiceGroups, resultRows } from './vote-view';
import './voting.css';

/** One closed vote: N, present, cast; each option with count and % of N; the outcome with the rule applied. */
export function ResultCard({ result, chart = false }: { result: VoteResultView; chart?: boolean }) {
  const { t, locale } = useI18n();
  const { tally } = result;
  const rows = resultRows(tally);
  const favour = rows.find((r) => r.favour);
  return (
    <article className="result-card" data-testid="vote-result" data-vote-id={result.voteId}>
      <header className="result-card__head">
        <div>
          <h3 className="result-card__question">{result.question}</h3>
          <p className="result-card__meta">
            {voteKindLabel(result.kind, locale)} · {t('result.closedAt', { time: formatTime(result.closedAt, locale) })}
            {result.basis && result.basis.round > 1 ? <> · {t('vote.revoteOf', { round: result.basis.round })}</> : null}
          </p>
        </div>
        <OutcomeBadge result={result} />
      </header>
      <dl className="result-card__numbers">
        <div>
          <dt>{t('result.n')}</dt>
          <dd data-testid="result-n">{tally.n}</dd>
        </div>
        <div>
          <dt>{t('result.present')}</dt>
          <dd>{tally.present}</dd>
        </div>
        <div>
          <dt>{t('result.cast')}</dt>
          <dd data-testid="result-cast">{tally.cast}</dd>
        </div>
        <div>
          <dt>{t('result.notCast')}</dt>
          <dd>{tally.notCast}</dd>
        </div>
      </dl>
      <table className="table result-card__table">
        <thead>
          <tr>
            <th scope="col">{t('result.option')}</th>
            <th scope="col" className="result-card__num">
              {t('result.count')}
            </th>
            <th scope="col" className="result-card__num">
              {t('result.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="result-row" className={r.favour ? 'result-card__favour' : undefined}>
              <th scope="row">{r.label}</th>
              <td className="result-card__num">{r.count}</td>
              <td className="result-card__num">{localDecimal(locale, r.percentOfN)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart ? <ResultChart tally={tally} label={t('result.chartLabel', { question: result.question })} /> : null}
      <p className="result-card__rule">
        {t('result.ruleApplied', {
          rule: tally.rule.label[locale],
          required: tally.required,
          n: tally.n,
          favourLabel: favour?.label ?? '',
          favour: tally.favourCount,
        })}
      </p>
      <p className="result-card__basis">{t('result.basis', { text: tally.legalBasis })}</p>
      {result.basis ? <VoteBasisView basis={result.basis} rule={tally.rule.citation} /> : null}
      {!result.quorumMetAtOpen ? <p className="result-card__warn">{t('result.noQuorumAtOpen')}</p> : null}
      {result.choices ? (
        <details className="result-card__named">
          <summary>{t('result.named')}</summary>
          {namedChoiceGroups(result).map((g) => (
            <div key={g.optionId ?? 'none'} className="result-card__group">
              <h4>
                {g.label ?? t('result.didNotVote')} ({g.names.length})
              </h4>
              {g.names.length > 0 ? <p>{g.names.join(', ')}</p> : null}
            </div>
          ))}
        </details>
      ) : null}
    </article>
  );
}

/** Closed votes, newest first. */
export function ResultsList({ results, chart = false }: { results: readonly VoteResultView[]; chart?: boolean }) {
  const { t } = useI18n();
  if (results.length === 0) return <p className="empty">{t('live.noResults')}</p>;
  return (
    <div className="results-list">
      {[...results].reverse().map((r) => (
        <ResultCard key={r.voteId} result={r} chart={chart} />
      ))}
    </div>
  );
}
