import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';

/** The optional "Máy chủ phòng họp" field of the sign-in form. */
export function RelayAddressField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <Field label={t('conn.relayField')} hint={t('conn.relayHint')}>
      <input
        name="relayUrl"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        placeholder="http://192.168.1.10:4444"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="relay-url"
      />
    </Field>
  );
}
