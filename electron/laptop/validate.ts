import { err, type AppError } from '../../shared/util/result';

/** Runtime checks for requests: the renderer is untrusted input, whatever its types say. */
export class InvalidInput extends Error {
  constructor(public readonly error: AppError) {
    super(error.message);
  }
}

export function fail(message: string, field?: string): never {
  throw new InvalidInput(err('invalid_input', message, field ? { field } : undefined).error);
}

export function obj(v: unknown, what = 'yêu cầu'): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`Dữ liệu ${what} không hợp lệ.`);
  return v as Record<string, unknown>;
}

export function text(v: unknown, field: string, label: string, opts: { max?: number; allowEmpty?: boolean } = {}): string {
  if (typeof v !== 'string') fail(`${label}: phải là chuỗi ký tự.`, field);
  const s = v.normalize('NFC').trim();
  if (!opts.allowEmpty && s === '') fail(`${label} không được để trống.`, field);
  const max = opts.max ?? 500;
  if (s.length > max) fail(`${label} quá dài (tối đa ${max} ký tự).`, field);
  return s;
}

export function int(v: unknown, field: string, label: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(`${label} phải là số nguyên từ ${min} đến ${max}.`, field);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string, label: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(`${label} không hợp lệ.`, field);
  return v as T;
}

export function bytes(v: unknown, field: string): Uint8Array {
  if (!(v instanceof Uint8Array)) fail('Nội dung tệp không hợp lệ.', field);
  return v;
}
