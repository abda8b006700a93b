import type { AppError } from '../../../../shared/util/result';
import { FakeWorkerError } from './pdfjs';

export type ViewerErrorCode = 'fake-worker' | 'broken' | 'timeout' | 'read-failed' | 'unknown';
/** `cause`: the laptop service's error, when that is why (rendered in the user's language instead of `message`). */
export type ViewerError = { code: ViewerErrorCode; message: string; detail?: string; cause?: AppError };

/** pdf.js exception names (they cross the worker boundary by name, not by class). */
const BROKEN_NAMES = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException']);

/** A clear Vietnamese message for why a document could not be opened; the technical cause goes in `detail`. */
export function describeOpenError(e: unknown): ViewerError {
  if (e instanceof FakeWorkerError) {
    return {
      code: 'fake-worker',
      message:
        'Trình xem tài liệu không khởi động được luồng xử lý riêng, nên không mở tài liệu để tránh treo máy. Vui lòng khởi động lại ứng dụng.',
      detail: e.message,
    };
  }
  const name = e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (BROKEN_NAMES.has(name) || /Invalid PDF|PDF header|xref|Bad FCHECK|Unexpected|Invalid|corrupt/i.test(detail)) {
    return {
      code: 'broken',
      message: 'Tệp PDF bị hỏng hoặc không đúng định dạng, nên không hiển thị được. Hãy báo thư ký cuộc họp để được gửi lại tệp.',
      detail,
    };
  }
  return { code: 'unknown', message: 'Không mở được tài liệu này.', detail };
}

export const timeoutError = (): ViewerError => ({
  code: 'timeout',
  message: 'Tài liệu mất quá nhiều thời gian để mở (có thể tệp bị hỏng). Bạn có thể thử lại hoặc đóng tài liệu.',
});
