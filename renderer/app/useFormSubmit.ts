import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../../shared/i18n';
import type { AppError } from '../../shared/util/result';
import { useI18n } from './i18n';

export type Parsed<I> = { ok: true; input: I } | { ok: false; error: MessageKey };

/**
 * The submit cycle every edit form shares: validate locally (message key), then call the service
 * (Vietnamese error from the Result), tracking busy/error and whether the last save succeeded.
 */
export function useFormSubmit<V, I>(opts: { parse: (values: V) => Parsed<I>; save: (input: I) => Promise<AppError | null> }) {
  const { t, errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = (values: V) => async (e: FormEvent) => {
    e.preventDefault();
    const parsed = opts.parse(values);
    if (!parsed.ok) {
      setError(t(parsed.error));
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await opts.save(parsed.input);
    setBusy(false);
    if (failure) setError(errorText(failure));
    else setSaved(true);
  };
  return { error, saved, busy, submit, clearSaved: () => setSaved(false) };
}
