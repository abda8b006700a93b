/** Errors cross every boundary (IPC, WebSocket, relay) as values, never as thrown exceptions. */
export type AppError = {
  /** Stable machine-readable code; the UI maps it to a localized message. */
  code: ErrorCode;
  /** Human-readable message in Vietnamese (the product's first language). */
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

export const err = (
  code: ErrorCode,
  message: string,
  detail?: AppError['detail'],
): { ok: false; error: AppError } => ({ ok: false, error: detail ? { code, message, detail } : { code, message } });

export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unhandled ${context}: ${JSON.stringify(value)}`);
}
