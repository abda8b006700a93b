import { BODY_PRESETS, type BodyKind } from '../../../shared/model/bodies';
import { useI18n } from '../../app/i18n';
import './meetings.css';

/** The preset's quorum and passing rules with their legal basis, so the secretariat sees what applies. */
export function BodyRules({ kind }: { kind: BodyKind }) {
  const { t, locale } = useI18n();
  const preset = BODY_PRESETS[kind];
  return (
    <section className="rules" aria-labelledby="rules-heading">
      <h3 id="rules-heading" className="rules__heading">
        {t('meetingForm.rulesHeading')} — {preset.name[locale]}
      </h3>
      <dl className="rules__list">
        <dt>{t('meetingForm.quorum')}</dt>
        <dd>
          <div className="rules__label">{preset.quorum.label[locale]}</div>
          <div className="rules__basis">{t('meetingForm.legalBasis', { text: preset.quorum.legalBasis })}</div>
        </dd>
        <dt>{t('meetingForm.voteRules')}</dt>
        <dd>
          <ul className="rules__votes">
            {preset.voteRules.map((rule) => (
              <li key={rule.id}>
                <div className="rules__label">{rule.label[locale]}</div>
                <div className="rules__basis">{t('meetingForm.legalBasis', { text: rule.legalBasis })}</div>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
