import { isIdShape } from '../model/ids';
import type { MessageKey, MessageParams } from '../i18n';
import type { AppError, Result } from '../util/result';
import { fail, ok } from '../util/result';

/* Field parsers shared by the command validators: each refusal names the field and a message key. */

export type Obj = Record<string, unknown>;
export type Fail = { ok: false; error: AppError };

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// Control characters (except none: single-line fields) would corrupt exports and the projector.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Refusals are message keys; `label` parameters are field names (error.cmd.field.*), filled in by translate. */
export function invalid(key: MessageKey, params?: MessageParams, field?: string): Fail {
  return fail('invalid_input', key, params, field ? { field } : undefined);
}

/** Trimmed, NFC-normalised single-line text within limits. */
export function text(o: Obj, field: string, label: MessageKey, max: number, required: boolean): Result<string | undefined> {
  const v = o[field];
  if (v === undefined || v === null) return required ? invalid('error.cmd.missing', { label }, field) : ok(undefined);
  if (typeof v !== 'string') return invalid('error.cmd.notString', { label }, field);
  const s = v.normalize('NFC').trim();
  if (CONTROL_RE.test(s)) return invalid('error.cmd.control', { label }, field);
  if (s.length === 0) return required ? invalid('error.cmd.empty', { label }, field) : ok(undefined);
  if (s.length > max) return invalid('error.cmd.tooLong', { label, max }, field);
  return ok(s);
}

export function id<T extends string>(o: Obj, field: string, label: MessageKey): Result<T> {
  const v = o[field];
  if (v === undefined || v === null) return invalid('error.cmd.missing', { label }, field);
  if (!isIdShape(v)) return invalid('error.cmd.invalid', { label }, field);
  return ok(v as T);
}

export function oneOf<T extends string>(o: Obj, field: string, label: MessageKey, allowed: readonly T[]): Result<T> {
  const v = o[field];
  if (v === undefined || v === null) return invalid('error.cmd.missing', { label }, field);
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    return invalid('error.cmd.notOneOf', { label, allowed: allowed.join(', ') }, field);
  }
  return ok(v as T);
}
