import type { MessageKey, MessageParams } from '../../shared/i18n';
import { appError, type AppError } from '../../shared/util/result';

/**
 * Runtime checks for requests: the renderer is untrusted input, whatever its types say. A failed check throws
 * InvalidInput (a message key and parameters); the dispatcher (create-services.ts) turns it into a Result.
 * Field labels are message keys (`error.field.*`), so the error reads in the user's language.
 */
export class InvalidInput extends Error {
  constructor(public readonly error: AppError) {
    super(error.message);
  }
}

export function invalid(key: MessageKey, params?: MessageParams, field?: string): never {
  throw new InvalidInput(appError('invalid_input', key, params, field ? { field } : undefined));
}

export function obj(v: unknown): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) invalid('error.input.request');
  return v as Record<string, unknown>;
}

export function text(v: unknown, field: string, label: MessageKey, opts: { max?: number; allowEmpty?: boolean } = {}): string {
  if (typeof v !== 'string') invalid('error.input.notString', { label }, field);
  const s = v.normalize('NFC').trim();
  if (!opts.allowEmpty && s === '') invalid('error.input.empty', { label }, field);
  const max = opts.max ?? 500;
  if (s.length > max) invalid('error.input.tooLong', { label, max }, field);
  return s;
}

export function int(v: unknown, field: string, label: MessageKey, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) invalid('error.input.intRange', { label, min, max }, field);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string, label: MessageKey): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) invalid('error.input.invalid', { label }, field);
  return v as T;
}

export function bytes(v: unknown, field: string): Uint8Array {
  if (!(v instanceof Uint8Array)) invalid('error.input.fileBytes', undefined, field);
  return v;
}
