import { LOCALES } from '../../shared/i18n';
import { useI18n } from '../app/i18n';

/** Two toggle buttons, each labelled in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === locale ? 'lang-switch__btn lang-switch__btn--on' : 'lang-switch__btn'}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {t(l === 'vi' ? 'app.lang.vi' : 'app.lang.en')}
        </button>
      ))}
    </div>
  );
}
