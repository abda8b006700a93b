import type { VoteResultView } from '../../../shared/meeting-live/live-state';
import { localDecimal } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { resultRows } from './vote-view';
import { OutcomeBadge } from './VoteBasisView';
import './voting.css';

/** One line per closed vote for a narrow column: question, outcome, the favourable count of N. */
export function ResultSummary({ result }: { result: VoteResultView }) {
  const { t, locale } = useI18n();
  const favour = resultRows(result.tally).find((r) => r.favour);
  return (
    <div className="result-summary" data-testid="vote-result-summary">
      <p className="result-summary__question">{result.question}</p>
      <div className="result-summary__row">
        <OutcomeBadge result={result} />
        {favour ? (
          <span className="small">
            {t('result.summary', {
              label: favour.label,
              count: favour.count,
              n: result.tally.n,
              percent: localDecimal(locale, favour.percentOfN),
            })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
