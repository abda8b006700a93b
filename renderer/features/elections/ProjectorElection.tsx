import { localDecimal } from '../../../shared/i18n';
import { confidenceBandKey } from '../../../shared/voting/confidence';
import { useI18n } from '../../app/i18n';
import { candidateName, roundKindKey, roundProgress, type ScreenElection } from './election-view';
import './election-screen.css';

/**
 * The big screen's election part: an open round's ballots returned (never a count), then, once the chair has
 * announced it, the elected with votes and % of the base (or each office-holder's rating and band).
 */
export function ProjectorElection({ screen }: { screen: Exclude<ScreenElection, { kind: 'none' }> }) {
  const { t, locale } = useI18n();
  const { election, round } = screen;
  const roundLine = t(roundKindKey(round.roundKind), { n: round.round });
  if (screen.kind === 'open') {
    const p = roundProgress(round);
    return (
      <section className="screen-election" data-testid="projector-election-open">
        <h2 className="screen-election__label">
          {t('eui.screen.open')} · {roundLine}
        </h2>
        <p className="screen-election__office">{election.office}</p>
        <p className="screen-election__cast" data-testid="projector-election-cast">
          {t('eui.progress', { done: p.done, of: p.of })}
        </p>
      </section>
    );
  }
  const result = round.result!;
  return (
    <section className="screen-election" data-testid="projector-election">
      <h2 className="screen-election__label">
        {t(result.kind === 'rating' ? 'eui.screen.ratingResult' : 'eui.screen.result')} · {roundLine}
      </h2>
      <p className="screen-election__office">{election.office}</p>
      {result.kind === 'election' ? (
        <>
          <p className="screen-election__figures" data-testid="projector-election-figures">
            {t('eui.screen.figures', { ballots: result.count.ballots, valid: result.count.valid, invalid: result.count.invalid })}
          </p>
          <h3 className="screen-election__sub">{t('eui.screen.elected', { count: result.count.elected.length })}</h3>
          <ol className="screen-election__list" data-testid="projector-elected">
            {result.count.candidates
              .filter((c) => c.elected)
              .map((c) => (
                <li key={c.id} className="screen-election__row" data-testid="projector-elected-row">
                  <span className="screen-election__name">{candidateName(election, c.id)}</span>
                  <span className="screen-election__votes">
                    {t('eui.screen.votes', { votes: c.votes, percent: localDecimal(locale, c.percentOfBase) })}
                  </span>
                </li>
              ))}
          </ol>
          {result.count.candidates.some((c) => !c.elected) ? (
            <p className="screen-election__others">
              {t('election.record.notElected')}:{' '}
              {result.count.candidates
                .filter((c) => !c.elected)
                .map((c) => `${candidateName(election, c.id)} (${c.votes})`)
                .join(', ')}
            </p>
          ) : null}
        </>
      ) : (
        <ol className="screen-election__list" data-testid="projector-elected">
          {result.count.rows.map((r) => (
            <li key={r.id} className="screen-election__row screen-election__row--rating" data-testid="projector-elected-row">
              <span className="screen-election__name">{candidateName(election, r.id)}</span>
              <span className="screen-election__votes">
                {t('eui.screen.ratingLine', {
                  high: r.counts.high,
                  normal: r.counts.normal,
                  low: r.counts.low,
                  lowPercent: localDecimal(locale, r.percents.low),
                })}
              </span>
              {r.band !== 'none' ? <span className="screen-election__band">{t(confidenceBandKey(r.band))}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
