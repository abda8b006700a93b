import { assertNever, err, type AppError } from '../../../shared/util/result';
import type { FailStage, WorkerWarning } from './worker-protocol';

/**
 * Every text the secretariat can see from PDF validation, Vietnamese first; the English text goes into
 * `detail.en` for logs and support. The bulk checker prints these same messages.
 */

type Failure = { ok: false; error: AppError };
type Extra = Record<string, string | number | null>;

/** pdf.js causes are English and sometimes long (fuzzed files): keep them readable inside a sentence. */
const MAX_CAUSE_CHARS = 160;

const viNumber = (n: number, digits: number) =>
  n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const enNumber = (n: number, digits: number) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

const MIB = 1024 * 1024;
const sizeVi = (bytes: number) => `${viNumber(bytes / MIB, 1)} MB`;
const sizeEn = (bytes: number) => `${enNumber(bytes / MIB, 1)} MB`;

export function shortCause(cause: string): string {
  const oneLine = cause.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
  return oneLine.length > MAX_CAUSE_CHARS ? `${oneLine.slice(0, MAX_CAUSE_CHARS - 1)}…` : oneLine;
}

function invalid(reasonVi: string, reasonEn: string, extra: Extra): Failure {
  return err('pdf_invalid', `Tệp không phải là PDF hợp lệ hoặc đã bị hỏng: ${reasonVi}.`, {
    en: `The file is not a valid PDF or is damaged: ${reasonEn}.`,
    ...extra,
  });
}

export const invalidEmpty = (extra: Extra) => invalid('tệp rỗng (0 byte)', 'the file is empty (0 bytes)', extra);

export const invalidNoHeader = (extra: Extra) =>
  invalid(
    'không tìm thấy phần đầu “%PDF-” trong 1024 byte đầu tiên',
    'no “%PDF-” header in the first 1024 bytes',
    extra,
  );

export function invalidFromPdfjs(stage: FailStage, cause: string, page: number | undefined, extra: Extra): Failure {
  const c = shortCause(cause);
  const more = { ...extra, cause: c, page: page ?? null };
  switch (stage) {
    case 'open':
      return invalid(`không đọc được cấu trúc tài liệu (${c})`, `the document structure cannot be read (${c})`, more);
    case 'no_pages':
      return invalid('tài liệu không có trang nào', 'the document has no pages', more);
    case 'page':
      return invalid(`không đọc được trang ${page ?? '?'} (${c})`, `page ${page ?? '?'} cannot be read (${c})`, more);
    case 'content':
      return invalid(
        `không đọc được nội dung trang ${page ?? '?'} (${c})`,
        `the content of page ${page ?? '?'} cannot be read (${c})`,
        more,
      );
    default:
      return assertNever(stage, 'pdf fail stage');
  }
}

export const encryptedNeedPassword = (extra: Extra): Failure =>
  err(
    'pdf_encrypted',
    'Tệp PDF được đặt mật khẩu. Vui lòng nhập mật khẩu của tệp, hoặc gỡ bảo vệ bằng mật khẩu khỏi tệp rồi nhập lại.',
    {
      en: "The PDF is password-protected. Please provide the file's password, or remove the password protection and import the file again.",
      ...extra,
    },
  );

export const encryptedWrongPassword = (extra: Extra): Failure =>
  err(
    'pdf_encrypted',
    'Mật khẩu của tệp PDF không đúng. Vui lòng nhập đúng mật khẩu, hoặc gỡ bảo vệ bằng mật khẩu khỏi tệp rồi nhập lại.',
    {
      en: 'The password for the PDF is incorrect. Please provide the correct password, or remove the password protection and import the file again.',
      ...extra,
    },
  );

export const timedOut = (timeoutMs: number, extra: Extra): Failure =>
  err(
    'pdf_timeout',
    `Không kiểm tra xong tệp PDF trong thời gian cho phép (${viNumber(timeoutMs / 1000, 3)} giây): tệp có thể bị hỏng hoặc quá phức tạp. Hãy thử xuất lại tệp PDF từ phần mềm gốc.`,
    {
      en: `Checking the PDF did not finish within the time limit (${enNumber(timeoutMs / 1000, 3)} s): the file may be damaged or too complex. Try exporting the PDF again from the original application.`,
      timeoutMs,
      ...extra,
    },
  );

export const tooLarge = (sizeBytes: number, maxBytes: number, extra: Extra): Failure =>
  err(
    'pdf_too_large',
    `Tệp PDF quá lớn (${sizeVi(sizeBytes)}); giới hạn là ${sizeVi(maxBytes)}. Hãy giảm dung lượng tệp (ví dụ: nén ảnh quét) rồi nhập lại.`,
    {
      en: `The PDF is too large (${sizeEn(sizeBytes)}); the limit is ${sizeEn(maxBytes)}. Reduce the file size (for example, compress scanned images) and import it again.`,
      maxBytes,
      ...extra,
    },
  );

/** The validation thread died on this file (out of memory, a crash inside pdf.js). */
export function unsupported(reason: 'memory' | 'crash', cause: string, extra: Extra): Failure {
  const vi = reason === 'memory' ? 'tệp cần quá nhiều bộ nhớ để xử lý' : `trình đọc PDF gặp lỗi (${shortCause(cause)})`;
  const en = reason === 'memory' ? 'the file needs too much memory to process' : `the PDF reader failed (${shortCause(cause)})`;
  return err(
    'pdf_unsupported',
    `Hệ thống chưa xử lý được tệp PDF này: ${vi}. Hãy thử xuất lại tệp PDF từ phần mềm gốc hoặc in ra một tệp PDF mới.`,
    { en: `This PDF cannot be processed: ${en}. Try exporting the PDF again from the original application or printing it to a new PDF.`, cause: shortCause(cause), ...extra },
  );
}

export const internalFailure = (cause: string, extra: Extra = {}): Failure =>
  err('internal', `Lỗi hệ thống khi kiểm tra tệp PDF: ${shortCause(cause)}. Vui lòng báo cho quản trị viên.`, {
    en: `System error while checking the PDF: ${shortCause(cause)}. Please tell the administrator.`,
    ...extra,
  });

export const inspectorClosed = (): Failure =>
  err('internal', 'Bộ kiểm tra PDF đã đóng; không thể kiểm tra thêm tệp.', {
    en: 'The PDF inspector has been closed; no more files can be checked.',
  });

export function warningText(w: WorkerWarning): string {
  switch (w.kind) {
    case 'legacy_fonts':
      return `Tài liệu có vẻ dùng phông chữ tiếng Việt mã cũ (TCVN3/VNI: ${w.fonts.join(', ')}): chữ có thể hiển thị sai trên máy đại biểu và không tìm kiếm được. Nên chuyển văn bản sang phông Unicode rồi xuất lại PDF.`;
    case 'xfa':
      return 'Tài liệu chứa biểu mẫu XFA: một số nội dung của biểu mẫu có thể không hiển thị.';
    case 'password_protected':
      return 'Tệp PDF được đặt mật khẩu: đại biểu có thể phải nhập mật khẩu mới xem được. Nên gỡ bảo vệ bằng mật khẩu rồi nhập lại tệp.';
    default:
      return assertNever(w, 'pdf warning');
  }
}

export const pathNotFound = (file: string): Failure =>
  err('not_found', `Không tìm thấy tệp hoặc thư mục: ${file}.`, { en: `No such file or folder: ${file}.`, file });

const UNREADABLE_REASONS: Record<string, { vi: string; en: string }> = {
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EPERM: { vi: 'không có quyền đọc', en: 'permission denied' },
  ELOOP: { vi: 'liên kết vòng', en: 'symbolic link loop' },
  NOT_REGULAR: { vi: 'không phải tệp thông thường', en: 'not a regular file' },
};

/** `cause` is an errno code (EACCES...) or NOT_REGULAR for devices, sockets and pipes. */
export function pathUnreadable(file: string, cause: string): Failure {
  const reason = UNREADABLE_REASONS[cause] ?? { vi: cause, en: cause };
  return err('internal', `Không đọc được tệp hoặc thư mục: ${file} (${reason.vi}).`, {
    en: `Cannot read the file or folder: ${file} (${reason.en}).`,
    file,
    cause,
  });
}
