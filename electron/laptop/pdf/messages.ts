import type { Message, MessageKey, MessageParams } from '../../../shared/i18n';
import { assertNever, fail, type AppError, type ErrorCode } from '../../../shared/util/result';
import type { FailStage, WorkerWarning } from './worker-protocol';

/**
 * Every error and warning the secretariat can see from PDF validation, as message keys (texts in
 * shared/i18n/messages/errors-pdf.ts). The bulk checker prints the same messages in both languages.
 */

type Failure = { ok: false; error: AppError };
type Extra = Record<string, string | number | null>;

/** pdf.js causes are English and sometimes long (fuzzed files): keep them readable inside a sentence. */
const MAX_CAUSE_CHARS = 160;

const MIB = 1024 * 1024;
const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;

export function shortCause(cause: string): string {
  const oneLine = cause
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  return oneLine.length > MAX_CAUSE_CHARS ? `${oneLine.slice(0, MAX_CAUSE_CHARS - 1)}…` : oneLine;
}

const failure = (code: ErrorCode, key: MessageKey, params: MessageParams | undefined, extra: Extra): Failure =>
  fail(code, key, params, extra);

function invalid(reason: MessageKey, params: MessageParams, extra: Extra): Failure {
  return failure('pdf_invalid', 'error.pdf.invalid', { reason, ...params }, extra);
}

export const invalidEmpty = (extra: Extra) => invalid('error.pdf.reason.empty', {}, extra);

export const invalidNoHeader = (extra: Extra) => invalid('error.pdf.reason.noHeader', {}, extra);

export function invalidFromPdfjs(stage: FailStage, cause: string, page: number | undefined, extra: Extra): Failure {
  const c = shortCause(cause);
  const more = { ...extra, cause: c, page: page ?? null };
  const at = { cause: c, page: page ?? '?' };
  switch (stage) {
    case 'open':
      return invalid('error.pdf.reason.open', at, more);
    case 'no_pages':
      return invalid('error.pdf.reason.noPages', at, more);
    case 'page':
      return invalid('error.pdf.reason.page', at, more);
    case 'content':
      return invalid('error.pdf.reason.content', at, more);
    default:
      return assertNever(stage, 'pdf fail stage');
  }
}

export const encryptedNeedPassword = (extra: Extra): Failure => failure('pdf_encrypted', 'error.pdf.needPassword', undefined, extra);

export const encryptedWrongPassword = (extra: Extra): Failure => failure('pdf_encrypted', 'error.pdf.wrongPassword', undefined, extra);

export const timedOut = (timeoutMs: number, extra: Extra): Failure =>
  failure('pdf_timeout', 'error.pdf.timeout', { seconds: timeoutMs / 1000 }, { timeoutMs, ...extra });

export const tooLarge = (sizeBytes: number, maxBytes: number, extra: Extra): Failure =>
  failure('pdf_too_large', 'error.pdf.tooLarge', { sizeMb: mib(sizeBytes), maxMb: mib(maxBytes) }, { maxBytes, ...extra });

/** The validation thread died on this file (out of memory, a crash inside pdf.js). */
export function unsupported(reason: 'memory' | 'crash', cause: string, extra: Extra): Failure {
  const c = shortCause(cause);
  const why: MessageKey = reason === 'memory' ? 'error.pdf.reason.memory' : 'error.pdf.reason.crash';
  return failure('pdf_unsupported', 'error.pdf.unsupported', { reason: why, cause: c }, { cause: c, ...extra });
}

export const internalFailure = (cause: string, extra: Extra = {}): Failure =>
  failure('internal', 'error.pdf.internal', { cause: shortCause(cause) }, extra);

export const inspectorClosed = (): Failure => failure('internal', 'error.pdf.inspectorClosed', undefined, {});

export function warningMessage(w: WorkerWarning): Message {
  switch (w.kind) {
    case 'legacy_fonts':
      return { key: 'warning.pdf.legacyFonts', params: { fonts: w.fonts.join(', ') } };
    case 'xfa':
      return { key: 'warning.pdf.xfa' };
    case 'password_protected':
      return { key: 'warning.pdf.passwordProtected' };
    default:
      return assertNever(w, 'pdf warning');
  }
}

export const pathNotFound = (file: string): Failure => failure('not_found', 'error.pdf.pathNotFound', { file }, { file });

const UNREADABLE_REASONS: Record<string, MessageKey> = {
  EACCES: 'error.pdf.reason.noPermission',
  EPERM: 'error.pdf.reason.noPermission',
  ELOOP: 'error.pdf.reason.linkLoop',
  NOT_REGULAR: 'error.pdf.reason.notRegular',
};

/** `cause` is an errno code (EACCES...) or NOT_REGULAR for devices, sockets and pipes. */
export function pathUnreadable(file: string, cause: string): Failure {
  const reason = UNREADABLE_REASONS[cause] ?? 'error.pdf.reason.errno';
  return failure('internal', 'error.pdf.pathUnreadable', { file, reason, cause }, { file, cause });
}
