import { translate, type MessageKey, type MessageParams } from '../i18n';

/**
 * Errors cross every boundary (IPC, WebSocket, relay) as values, never as thrown exceptions: a stable code,
 * a message key into the i18n tables with its parameters (the UI renders it in the user's language with
 * `t()`), and the Vietnamese text as a fallback for logs and for keys an older client does not know.
 */
export type AppError = {
  /** Stable machine-readable code. */
  code: ErrorCode;
  /** The message in the i18n tables (shared/i18n); the renderer shows translate(locale, key, params). */
  key?: MessageKey;
  params?: MessageParams;
  /** Human-readable message in Vietnamese (the product's first language): the fallback. */
  message: string;
  /** Optional structured detail (field name, limit, ...). */
  detail?: Record<string, string | number | boolean | null>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'frozen'
  | 'pdf_invalid'
  | 'pdf_encrypted'
  | 'pdf_timeout'
  | 'pdf_too_large'
  | 'pdf_unsupported'
  | 'offline'
  | 'internal';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** The one way to make an error: a code and a message key (with its parameters); the Vietnamese fallback is derived. */
export const fail = (
  code: ErrorCode,
  key: MessageKey,
  params?: MessageParams,
  detail?: AppError['detail'],
): { ok: false; error: AppError } => ({
  ok: false,
  error: appError(code, key, params, detail),
});

export function appError(code: ErrorCode, key: MessageKey, params?: MessageParams, detail?: AppError['detail']): AppError {
  const e: AppError = { code, key, message: translate('vi', key, params) };
  if (params) e.params = params;
  if (detail) e.detail = detail;
  return e;
}

/** @deprecated A literal message cannot follow the user's language: use `fail(code, key, params)`. */
export const err = (code: ErrorCode, message: string, detail?: AppError['detail']): { ok: false; error: AppError } => ({
  ok: false,
  error: detail ? { code, message, detail } : { code, message },
});

export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unhandled ${context}: ${JSON.stringify(value)}`);
}
