import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isMessageKey, LOCALES, translate, type Locale, type MessageKey } from '../../shared/i18n';
import type { AppError } from '../../shared/util/result';

const LOCALE_STORAGE_KEY = 'phg.locale';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

type I18n = {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: T;
  /** An error in the user's language: its message key with parameters, else the Vietnamese fallback. */
  errorText(error: AppError): string;
};

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, l);
    } catch {
      // Storage may be unavailable (private mode): the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      errorText: (e) => (isMessageKey(e.key) ? translate(locale, e.key, e.params) : e.message),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
