import type { VoteBasis, VoteResultView } from '../../../shared/meeting-live/live-state';
import { formatDateVi } from '../../../shared/util/dates';
import type { RuleCitation } from '../../../shared/voting/citation';
import { summarizeDenominator } from '../../../shared/voting/denominator';
import { useI18n } from '../../app/i18n';
import { outcomeKey } from './vote-view';
import './vote-basis.css';

/** "Thông qua" / "Không thông qua" / "Không hợp lệ": a vote opened without quorum never reads "Thông qua". */
export function OutcomeBadge({ result, className = 'outcome' }: { result: VoteResultView; className?: string }) {
  const { t, locale } = useI18n();
  const key = outcomeKey(result);
  // A question with its own meaning of the result (bỏ phiếu tín nhiệm) says it in its own words.
  const own =
    result.tally.rule.outcome && key !== 'outcome.invalid'
      ? result.tally.rule.outcome[result.tally.passed ? 'passed' : 'notPassed'][locale]
      : null;
  const tone = key === 'outcome.invalid' ? 'invalid' : result.tally.passed ? 'passed' : 'failed';
  return (
    <span
      className={`${className} ${className}--${tone}`}
      data-testid="vote-outcome"
      data-outcome={result.tally.outcome ?? (result.tally.passed ? 'passed' : 'not_passed')}
    >
      {own ?? t(key)}
    </span>
  );
}

function Citation({ c }: { c: RuleCitation }) {
  const { t } = useI18n();
  return (
    <>
      {c.text} {t('basis.inForce', { from: formatDateVi(c.inForceFrom) })}
      {c.needsLegalConfirmation ? <span className="rules__flag"> · {t('rule.needsConfirmation')}</span> : null}
    </>
  );
}

/** The frozen legal basis: N with every exclusion by name and reason, quorum at opening, the rules cited. */
export function VoteBasisView({ basis, rule }: { basis: VoteBasis; rule: RuleCitation | undefined }) {
  const { t, locale } = useI18n();
  const d = basis.denominator;
  const what = (k: string) => t(`roster.end.${k}` as 'roster.end.died');
  return (
    <section className="vote-basis" aria-label={t('basis.title')} data-testid="vote-basis">
      <p data-testid="basis-denominator">{t('basis.denominator', { text: summarizeDenominator(d, locale) })}</p>
      {d.source === 'invitation_list' ? <p className="result-card__warn">{t('basis.fromInvitations')}</p> : null}
      {d.exclusions.length + d.keptInN.length > 0 ? (
        <ul className="vote-basis__exclusions" data-testid="basis-exclusions">
          {d.exclusions.map((e) => (
            <li key={e.membershipId}>
              {t('basis.exclusion', {
                name: e.fullName,
                what: what(e.kind),
                date: formatDateVi(e.since),
                reason: e.reason ? ` — ${e.reason}` : '',
              })}
            </li>
          ))}
          {d.keptInN.map((e) => (
            <li key={e.membershipId}>{t('basis.keptInN', { name: e.fullName, what: what(e.kind), date: formatDateVi(e.since) })}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {t('basis.quorum', {
          present: basis.quorum.present,
          total: basis.quorum.total,
          required: basis.quorum.required,
          state: t(basis.quorum.met ? 'basis.quorumMet' : 'basis.quorumNotMet'),
        })}
      </p>
      {basis.quorum.citation ? (
        <p className="vote-basis__cite">
          {t('basis.quorumRule', { text: '' })}
          <Citation c={basis.quorum.citation} />
        </p>
      ) : null}
      {rule ? (
        <p className="vote-basis__cite" data-testid="basis-rule">
          {t('basis.rule', { text: '' })}
          <Citation c={rule} />
        </p>
      ) : null}
      {basis.tie ? (
        <p className="vote-basis__cite">
          {t('basis.tieRule', { text: '' })}
          <Citation c={basis.tie.citation} />
        </p>
      ) : null}
    </section>
  );
}
