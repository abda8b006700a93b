import { useId } from 'react';
import type { AppError } from '../../../shared/util/result';
import { useI18n } from '../../app/i18n';

/**
 * The optional "Máy chủ phòng họp" field of the sign-in form (and of the connection panel's "change
 * address"). Its problem (invalid, unreachable, not a relay, no meeting) is shown at the field itself.
 */
export function RelayAddressField({ value, onChange, error }: { value: string; onChange(v: string): void; error?: AppError | null }) {
  const { t, errorText } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-input`}>
        {t('conn.relayField')}
      </label>
      <input
        id={`${id}-input`}
        name="relayUrl"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        placeholder="https://192.168.1.10:4455"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        data-testid="relay-url"
      />
      {error ? (
        <span
          id={`${id}-error`}
          className="relay-field__error"
          role="alert"
          data-testid="relay-url-error"
          data-code={error.key ?? error.code}
        >
          {errorText(error)}
        </span>
      ) : (
        <span id={`${id}-hint`} className="field__hint">
          {t('conn.relayHint')}
        </span>
      )}
    </div>
  );
}
