import type { MessageKey } from '../../../../shared/i18n';
import type { AppError } from '../../../../shared/util/result';
import { FakeWorkerError } from './pdfjs';

export type ViewerErrorCode = 'fake-worker' | 'broken' | 'timeout' | 'read-failed' | 'unknown';
/**
 * Why a document could not be opened: a message key (rendered in the reader's language), the technical cause in
 * `detail`; `cause`: the laptop service's error, when that is why (rendered instead of `key`).
 */
export type ViewerError = { code: ViewerErrorCode; key: MessageKey; detail?: string; cause?: AppError };

/** pdf.js exception names (they cross the worker boundary by name, not by class). */
const BROKEN_NAMES = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException']);

export function describeOpenError(e: unknown): ViewerError {
  if (e instanceof FakeWorkerError) return { code: 'fake-worker', key: 'viewer.open.fakeWorker', detail: e.message };
  const name = e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (BROKEN_NAMES.has(name) || /Invalid PDF|PDF header|xref|Bad FCHECK|Unexpected|Invalid|corrupt/i.test(detail)) {
    return { code: 'broken', key: 'viewer.open.broken', detail };
  }
  return { code: 'unknown', key: 'viewer.open.unknown', detail };
}

export const timeoutError = (): ViewerError => ({ code: 'timeout', key: 'viewer.open.timeout' });

/** The laptop could not give the document's bytes: its own error says why. */
export const readFailed = (cause: AppError): ViewerError => ({ code: 'read-failed', key: 'viewer.open.unknown', cause });
