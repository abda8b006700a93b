import type { BodyKind } from '../../../shared/model/bodies';
import { familyRuleSet } from '../../../shared/voting/rules';
import { formatCitation } from '../../../shared/voting/citation';
import { useI18n } from '../../app/i18n';
import './meetings.css';

/**
 * The full body's quorum and passing rules in force on the meeting's date, each with its citation and, where
 * unverified, the "needs legal confirmation" flag, so the secretariat sees what applies. (The relay applies the
 * province's overrides on top; the live screens show those.)
 */
export function BodyRules({ kind, date }: { kind: BodyKind; date: string }) {
  const { t, locale } = useI18n();
  const set = familyRuleSet(kind, date);
  if (!set) return null;
  const flag = (needs: boolean) => (needs ? <span className="rules__flag">{t('rule.needsConfirmation')}</span> : null);
  return (
    <section className="rules" aria-labelledby="rules-heading">
      <h3 id="rules-heading" className="rules__heading">
        {t('meetingForm.rulesHeading')}
      </h3>
      <dl className="rules__list">
        <dt>{t('meetingForm.quorum')}</dt>
        <dd>
          <div className="rules__label">{set.quorum.label[locale]}</div>
          <div className="rules__basis">
            {t('meetingForm.legalBasis', { text: `${formatCitation(set.quorum.citation)}: ${set.quorum.wording[locale]}` })}{' '}
            {flag(set.quorum.needsLegalConfirmation)}
          </div>
        </dd>
        <dt>{t('meetingForm.voteRules')}</dt>
        <dd>
          <ul className="rules__votes">
            {set.passing.map((rule) => (
              <li key={rule.id}>
                <div className="rules__label">{rule.label[locale]}</div>
                <div className="rules__basis">
                  {t('meetingForm.legalBasis', { text: rule.legalBasis })} {flag(rule.citation?.needsLegalConfirmation ?? false)}
                </div>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
