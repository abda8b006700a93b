import type { MessageTable } from './types';

/**
 * What the secretariat sees from PDF validation (import, new version, `docs:check`). `{@reason}` is one of the
 * `error.pdf.reason.*` messages, filled with the same parameters; `{#n}` is a number in the user's format.
 */
export const errorsPdf = {
  'error.pdf.invalid': {
    vi: 'Tệp không phải là PDF hợp lệ hoặc đã bị hỏng: {@reason}.',
    en: 'The file is not a valid PDF or is damaged: {@reason}.',
  },
  'error.pdf.reason.empty': { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
  'error.pdf.reason.noHeader': {
    vi: 'không tìm thấy phần đầu “%PDF-” trong 1024 byte đầu tiên',
    en: 'no “%PDF-” header in the first 1024 bytes',
  },
  'error.pdf.reason.open': { vi: 'không đọc được cấu trúc tài liệu ({cause})', en: 'the document structure cannot be read ({cause})' },
  'error.pdf.reason.noPages': { vi: 'tài liệu không có trang nào', en: 'the document has no pages' },
  'error.pdf.reason.page': { vi: 'không đọc được trang {page} ({cause})', en: 'page {page} cannot be read ({cause})' },
  'error.pdf.reason.content': {
    vi: 'không đọc được nội dung trang {page} ({cause})',
    en: 'the content of page {page} cannot be read ({cause})',
  },
  'error.pdf.needPassword': {
    vi: 'Tệp PDF được đặt mật khẩu. Vui lòng nhập mật khẩu của tệp, hoặc gỡ bảo vệ bằng mật khẩu khỏi tệp rồi nhập lại.',
    en: "The PDF is password-protected. Please provide the file's password, or remove the password protection and import the file again.",
  },
  'error.pdf.wrongPassword': {
    vi: 'Mật khẩu của tệp PDF không đúng. Vui lòng nhập đúng mật khẩu, hoặc gỡ bảo vệ bằng mật khẩu khỏi tệp rồi nhập lại.',
    en: 'The password for the PDF is incorrect. Please provide the correct password, or remove the password protection and import the file again.',
  },
  'error.pdf.timeout': {
    vi: 'Không kiểm tra xong tệp PDF trong thời gian cho phép ({#seconds} giây): tệp có thể bị hỏng hoặc quá phức tạp. Hãy thử xuất lại tệp PDF từ phần mềm gốc.',
    en: 'Checking the PDF did not finish within the time limit ({#seconds} s): the file may be damaged or too complex. Try exporting the PDF again from the original application.',
  },
  'error.pdf.tooLarge': {
    vi: 'Tệp PDF quá lớn ({#sizeMb} MB); giới hạn là {#maxMb} MB. Hãy giảm dung lượng tệp (ví dụ: nén ảnh quét) rồi nhập lại.',
    en: 'The PDF is too large ({#sizeMb} MB); the limit is {#maxMb} MB. Reduce the file size (for example, compress scanned images) and import it again.',
  },
  'error.pdf.unsupported': {
    vi: 'Hệ thống chưa xử lý được tệp PDF này: {@reason}. Hãy thử xuất lại tệp PDF từ phần mềm gốc hoặc in ra một tệp PDF mới.',
    en: 'This PDF cannot be processed: {@reason}. Try exporting the PDF again from the original application or printing it to a new PDF.',
  },
  'error.pdf.reason.memory': { vi: 'tệp cần quá nhiều bộ nhớ để xử lý', en: 'the file needs too much memory to process' },
  'error.pdf.reason.crash': { vi: 'trình đọc PDF gặp lỗi ({cause})', en: 'the PDF reader failed ({cause})' },
  'error.pdf.internal': {
    vi: 'Lỗi hệ thống khi kiểm tra tệp PDF: {cause}. Vui lòng báo cho quản trị viên.',
    en: 'System error while checking the PDF: {cause}. Please tell the administrator.',
  },
  'error.pdf.inspectorClosed': {
    vi: 'Bộ kiểm tra PDF đã đóng; không thể kiểm tra thêm tệp.',
    en: 'The PDF inspector has been closed; no more files can be checked.',
  },
  'error.pdf.pathNotFound': { vi: 'Không tìm thấy tệp hoặc thư mục: {file}.', en: 'No such file or folder: {file}.' },
  'error.pdf.pathUnreadable': {
    vi: 'Không đọc được tệp hoặc thư mục: {file} ({@reason}).',
    en: 'Cannot read the file or folder: {file} ({@reason}).',
  },
  'error.pdf.reason.noPermission': { vi: 'không có quyền đọc', en: 'permission denied' },
  'error.pdf.reason.linkLoop': { vi: 'liên kết vòng', en: 'symbolic link loop' },
  'error.pdf.reason.notRegular': { vi: 'không phải tệp thông thường', en: 'not a regular file' },
  'error.pdf.reason.errno': { vi: '{cause}', en: '{cause}' },

  // Warnings: the import succeeds, the secretariat is told
  'warning.pdf.legacyFonts': {
    vi: 'Tài liệu có vẻ dùng phông chữ tiếng Việt mã cũ (TCVN3/VNI: {fonts}): chữ có thể hiển thị sai trên máy đại biểu và không tìm kiếm được. Nên chuyển văn bản sang phông Unicode rồi xuất lại PDF.',
    en: 'The document seems to use legacy Vietnamese fonts (TCVN3/VNI: {fonts}): text may display wrongly on delegates’ laptops and cannot be searched. Convert the text to a Unicode font and export the PDF again.',
  },
  'warning.pdf.xfa': {
    vi: 'Tài liệu chứa biểu mẫu XFA: một số nội dung của biểu mẫu có thể không hiển thị.',
    en: 'The document contains an XFA form: some of the form’s content may not be displayed.',
  },
  'warning.pdf.passwordProtected': {
    vi: 'Tệp PDF được đặt mật khẩu: đại biểu có thể phải nhập mật khẩu mới xem được. Nên gỡ bảo vệ bằng mật khẩu rồi nhập lại tệp.',
    en: 'The PDF is password-protected: delegates may have to enter the password to view it. Remove the password protection and import the file again.',
  },
} as const satisfies MessageTable;
