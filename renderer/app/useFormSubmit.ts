import { useState, type FormEvent } from 'react';
import type { AppError, Result } from '../../shared/util/result';
import { useI18n } from './i18n';
import { problemsText } from './validation';

/**
 * The submit cycle every edit form shares: validate locally (a `Result` naming every field's problem, see
 * validation.ts), then call the service (its error rendered in the user's language), tracking busy/error
 * and whether the last save succeeded.
 */
export function useFormSubmit<V, I>(opts: { parse: (values: V) => Result<I>; save: (input: I) => Promise<AppError | null> }) {
  const { t, errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = (values: V) => async (e: FormEvent) => {
    e.preventDefault();
    const parsed = opts.parse(values);
    if (!parsed.ok) {
      setError(problemsText(parsed.error, t));
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await opts.save(parsed.value);
    setBusy(false);
    if (failure) setError(errorText(failure));
    else setSaved(true);
  };
  return { error, saved, busy, submit, clearSaved: () => setSaved(false) };
}
