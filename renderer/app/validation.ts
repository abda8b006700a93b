import type { MessageKey } from '../../shared/i18n';
import { fail, ok, type AppError, type Result } from '../../shared/util/result';

/** Each field's problem, as a message key; a field without a problem is absent. */
export type FieldProblems<F extends string = string> = Partial<Record<F, MessageKey>>;

/**
 * The one shape of a form check: the service input, or an `invalid_input` error that names every field's
 * problem at once (`detail`: field → message key; `key`: the first problem, for callers showing one line).
 */
export function validated<I, F extends string>(problems: FieldProblems<F>, input: () => I): Result<I> {
  const entries = Object.entries(problems).filter((e): e is [string, MessageKey] => typeof e[1] === 'string');
  if (entries.length === 0) return ok(input());
  return fail('invalid_input', entries[0]![1], undefined, Object.fromEntries(entries));
}

/** The message keys of every field problem a form check reported, in field order (the error's key alone otherwise). */
export function problemKeys(e: AppError): MessageKey[] {
  const fromDetail = e.detail ? (Object.values(e.detail).filter((v) => typeof v === 'string') as MessageKey[]) : [];
  if (fromDetail.length) return [...new Set(fromDetail)];
  return e.key ? [e.key] : [];
}

/** Every problem of a form check as one text (each message is a sentence). */
export const problemsText = (e: AppError, t: (key: MessageKey) => string): string =>
  problemKeys(e)
    .map((k) => t(k))
    .join(' ');
