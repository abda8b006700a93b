import { useEffect, useState } from 'react';
import { TEXT_SCALES, type TextScale } from '../../shared/ipc/slices/viewer';
import { useApi } from './api-context';
import { useI18n } from './i18n';

/** The whole interface is sized in rem: the root font size is the user's text scale (100 % = 16 px). */
function applyTextScale(scale: TextScale): void {
  document.documentElement.style.fontSize = `${scale}%`;
  document.documentElement.dataset.textScale = String(scale);
}

/**
 * Large text (100 / 125 / 150 %), kept per user on this laptop (`viewer:get-prefs` / `viewer:set-prefs`).
 * Applied to the root element while the user is signed in; signing out returns to 100 %.
 */
export function TextSizeSwitch() {
  const api = useApi();
  const { t } = useI18n();
  const [scale, setScale] = useState<TextScale>(100);

  useEffect(() => {
    let live = true;
    void api.invoke('viewer:get-prefs').then((r) => {
      if (live && r.ok) setScale(r.value.textScale);
    });
    return () => {
      live = false;
      applyTextScale(100);
    };
  }, [api]);

  useEffect(() => applyTextScale(scale), [scale]);

  const choose = (s: TextScale) => {
    setScale(s);
    void api.invoke('viewer:set-prefs', { textScale: s }).then((r) => {
      if (r.ok) setScale(r.value.textScale);
    });
  };

  return (
    <div className="lang-switch text-size" role="group" aria-label={t('a11y.textSize')} data-testid="text-size">
      <span className="text-size__label" aria-hidden="true">
        {t('a11y.textSize')}
      </span>
      {TEXT_SCALES.map((s) => (
        <button
          key={s}
          type="button"
          className={s === scale ? 'lang-switch__btn lang-switch__btn--on' : 'lang-switch__btn'}
          aria-pressed={s === scale}
          aria-label={t('a11y.textSize.option', { scale: s })}
          title={t('a11y.textSize.option', { scale: s })}
          onClick={() => choose(s)}
        >
          {s} %
        </button>
      ))}
    </div>
  );
}
