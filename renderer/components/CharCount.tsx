import { useI18n } from '../app/i18n';

/**
 * "33/300 ký tự" under a text field with a length limit. Inside the field's label but hidden from the
 * accessibility tree: the field's name stays its label (the input's maxLength carries the limit).
 */
export function CharCount({ value, max }: { value: string; max: number }) {
  const { t } = useI18n();
  return (
    <span className="field__hint" aria-hidden="true" data-testid="char-count">
      {t('common.charCount', { n: value.length, max })}
    </span>
  );
}
