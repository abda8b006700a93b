import type { MessageTable } from './types';

/**
 * Errors of the laptop's services (dispatcher, validation, handlers, annotations, search). Keys start with
 * `error.`. `{@label}` is filled with another message (a field name from `error.field.*`), `{#n}` with a number
 * in the user's number format (see translate in ../index.ts). PDF import errors are in errors-pdf.ts.
 */
export const errorsLaptop = {
  'error.internal': { vi: 'Lỗi nội bộ, vui lòng thử lại.', en: 'Internal error, please try again.' },
  'error.unexpected': {
    vi: 'Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn không bị thay đổi; vui lòng thử lại.',
    en: 'An unexpected error occurred. Your data was not changed; please try again.',
  },
  'error.unknownChannel': { vi: 'Yêu cầu không được hỗ trợ: {channel}', en: 'Unsupported request: {channel}' },
  'error.untrustedSender': { vi: 'Yêu cầu không đến từ cửa sổ của ứng dụng.', en: 'The request did not come from the app’s window.' },
  'error.ipc.closed': {
    vi: 'Mất kết nối tới dịch vụ trên máy. Đang thử lại…',
    en: 'Lost the connection to the services on this laptop. Retrying…',
  },
  'error.ipc.unreachable': { vi: 'Không kết nối được tới dịch vụ trên máy.', en: 'Could not connect to the services on this laptop.' },
  'error.localServer': { vi: 'Lỗi máy chủ cục bộ.', en: 'Error in the local service.' },
  'error.sessionExpired': {
    vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  'error.badLogin': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'The username or password is incorrect.' },
  'error.meetingNotFound': { vi: 'Không tìm thấy cuộc họp.', en: 'Meeting not found.' },
  'error.editorOnly': {
    vi: 'Chỉ thư ký cuộc họp mới được thay đổi nội dung này.',
    en: 'Only the meeting’s secretariat may change this.',
  },

  // Request validation (validate.ts); {@label} is one of error.field.*
  'error.input.request': { vi: 'Dữ liệu yêu cầu không hợp lệ.', en: 'The request data is not valid.' },
  'error.input.notString': { vi: '{@label}: phải là chuỗi ký tự.', en: '{@label}: must be text.' },
  'error.input.empty': { vi: '{@label} không được để trống.', en: '{@label} must not be empty.' },
  'error.input.tooLong': { vi: '{@label} quá dài (tối đa {max} ký tự).', en: '{@label} is too long (at most {max} characters).' },
  'error.input.intRange': {
    vi: '{@label} phải là số nguyên từ {min} đến {max}.',
    en: '{@label} must be a whole number from {min} to {max}.',
  },
  'error.input.invalid': { vi: '{@label} không hợp lệ.', en: '{@label} is not valid.' },
  'error.input.pickOne': { vi: '{@label}: cần chọn ít nhất một.', en: '{@label}: choose at least one.' },
  'error.input.tooMany': { vi: '{@label}: quá nhiều mục.', en: '{@label}: too many entries.' },
  'error.input.fileBytes': { vi: 'Nội dung tệp không hợp lệ.', en: 'The file content is not valid.' },

  'error.field.agendaTitle': { vi: 'Tên mục', en: 'Item title' },
  'error.field.presenter': { vi: 'Người trình bày', en: 'Presenter' },
  'error.field.durationMin': { vi: 'Thời lượng (phút)', en: 'Duration (minutes)' },
  'error.field.position': { vi: 'Vị trí', en: 'Position' },
  'error.field.searchQuery': { vi: 'Nội dung tìm kiếm', en: 'Search text' },
  'error.field.searchLimit': { vi: 'Số kết quả', en: 'Number of results' },
  'error.field.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'error.field.password': { vi: 'Mật khẩu', en: 'Password' },
  'error.field.port': { vi: 'Cổng', en: 'Port' },
  'error.field.listenHost': { vi: 'Địa chỉ lắng nghe', en: 'Listening address' },
  'error.field.visibility': { vi: 'Phạm vi xem', en: 'Who may see it' },
  'error.field.visibilityGroups': { vi: 'Tổ đại biểu', en: 'Delegate groups' },
  'error.field.visibilityDelegates': { vi: 'Đại biểu', en: 'Delegates' },
  'error.field.docTitle': { vi: 'Tên tài liệu', en: 'Document title' },
  'error.field.docType': { vi: 'Loại tài liệu', en: 'Document type' },
  'error.field.confidentiality': { vi: 'Độ mật', en: 'Confidentiality' },
  'error.field.fileName': { vi: 'Tên tệp', en: 'File name' },
  'error.field.importId': { vi: 'Mã lần nhập', en: 'Import id' },
  'error.field.viewerId': { vi: 'Mã cửa sổ xem tài liệu', en: 'Viewer id' },
  'error.field.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'error.field.jobTitle': { vi: 'Chức vụ', en: 'Job title' },
  'error.field.unit': { vi: 'Đơn vị', en: 'Organisation' },
  'error.field.group': { vi: 'Tổ đại biểu', en: 'Delegate group' },
  'error.field.role': { vi: 'Vai trò', en: 'Role' },
  'error.field.csv': { vi: 'Nội dung CSV', en: 'CSV content' },
  'error.field.bodyKind': { vi: 'Cơ quan', en: 'Body' },
  'error.field.meetingType': { vi: 'Loại cuộc họp', en: 'Meeting type' },
  'error.field.meetingTitle': { vi: 'Tên cuộc họp', en: 'Meeting title' },
  'error.field.place': { vi: 'Địa điểm', en: 'Place' },
  'error.field.page': { vi: 'Trang', en: 'Page' },

  // Meetings, agenda, documents
  'error.meeting.typeMismatch': {
    vi: 'Loại cuộc họp không phù hợp với cơ quan đã chọn.',
    en: 'The meeting type does not fit the selected body.',
  },
  'error.meeting.date': { vi: 'Ngày họp không hợp lệ (định dạng dd/mm/yyyy).', en: 'The meeting date is not valid (format dd/mm/yyyy).' },
  'error.meeting.time': { vi: 'Giờ họp không hợp lệ (định dạng HH:MM).', en: 'The meeting time is not valid (format HH:MM).' },
  'error.meeting.createSecretariatOnly': {
    vi: 'Chỉ tài khoản thư ký mới được tạo cuộc họp.',
    en: 'Only secretariat accounts may create meetings.',
  },
  'error.meeting.frozenBody': {
    vi: 'Không thể đổi cơ quan của cuộc họp đã phát hành.',
    en: 'The body of a published meeting cannot be changed.',
  },
  'error.meeting.alreadyPublished': { vi: 'Cuộc họp đã được phát hành trước đó.', en: 'The meeting has already been published.' },
  'error.meeting.emptyAgenda': {
    vi: 'Chưa thể phát hành: chương trình họp còn trống.',
    en: 'Cannot publish yet: the agenda is empty.',
  },
  'error.agenda.itemNotFound': { vi: 'Không tìm thấy mục chương trình.', en: 'Agenda item not found.' },
  'error.agenda.parentNotFound': { vi: 'Không tìm thấy mục cha.', en: 'Parent item not found.' },
  'error.agenda.oneLevel': { vi: 'Chương trình chỉ có một cấp mục con.', en: 'The agenda has only one level of sub-items.' },
  'error.agenda.hasChildren': {
    vi: 'Mục đang có mục con nên không thể trở thành mục con.',
    en: 'An item with sub-items cannot become a sub-item.',
  },
  'error.agenda.frozenDelete': {
    vi: 'Không thể xóa mục có tài liệu của cuộc họp đã phát hành.',
    en: 'An item with documents cannot be deleted from a published meeting.',
  },
  'error.document.notFound': { vi: 'Không tìm thấy tài liệu.', en: 'Document not found.' },
  'error.document.frozen': {
    vi: 'Cuộc họp đã phát hành: tài liệu đã được khóa. Hãy thêm phiên bản mới cho tài liệu cần thay đổi.',
    en: 'The meeting is published: its documents are locked. Add a new version of the document to change.',
  },
  'error.document.frozenInfo': {
    vi: 'Cuộc họp đã phát hành: thông tin tài liệu đã được khóa.',
    en: 'The meeting is published: document details are locked.',
  },
  'error.document.frozenDelete': {
    vi: 'Cuộc họp đã phát hành: không thể xóa tài liệu.',
    en: 'The meeting is published: documents cannot be deleted.',
  },
  'error.document.superseded': {
    vi: 'Tài liệu này đã có phiên bản mới hơn; hãy thêm phiên bản cho bản mới nhất.',
    en: 'This document already has a newer version; add the version to the newest one.',
  },
  'error.document.sameFile': { vi: 'Tệp mới giống hệt phiên bản hiện tại.', en: 'The new file is identical to the current version.' },
  'error.document.blobPending': {
    vi: 'Tệp của tài liệu chưa có trên máy này (đang chờ tải về).',
    en: 'The document’s file is not on this laptop yet (waiting to download).',
  },
  'error.document.confidentialExport': {
    vi: 'Tài liệu mật không được xuất, lưu hay in ra ngoài phần mềm.',
    en: 'A confidential document cannot be exported, saved or printed outside the application.',
  },
  'error.document.blobMissing': { vi: 'Tệp của tài liệu chưa có trên máy này.', en: 'The document’s file is not on this laptop.' },

  // Roster and CSV import
  'error.roster.usernameFormat': {
    vi: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới (2–64 ký tự).',
    en: 'A username contains only unaccented letters, digits, dots, hyphens or underscores (2–64 characters).',
  },
  'error.roster.passwordShort': { vi: 'Mật khẩu phải có ít nhất {min} ký tự.', en: 'The password must have at least {min} characters.' },
  'error.roster.newAccountNeedsPassword': {
    vi: 'Tài khoản mới "{username}" cần có mật khẩu.',
    en: 'The new account "{username}" needs a password.',
  },
  'error.roster.removeSelf': {
    vi: 'Không thể tự xóa mình khỏi danh sách thư ký của cuộc họp.',
    en: 'You cannot remove yourself from the meeting’s secretariat.',
  },
  'error.roster.participantNotFound': { vi: 'Không tìm thấy đại biểu trong cuộc họp.', en: 'Participant not found in the meeting.' },
  'error.roster.accountNotFound': { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  'error.roster.passwordOthers': {
    vi: 'Chỉ thư ký mới được đặt mật khẩu cho người khác.',
    en: 'Only the secretariat may set another person’s password.',
  },
  'error.roster.csvEmpty': { vi: 'Tệp CSV trống.', en: 'The CSV file is empty.' },
  'error.roster.csvColumns': {
    vi: 'Tệp CSV cần có cột "ho_ten" và "ten_dang_nhap" ở dòng tiêu đề.',
    en: 'The CSV file needs the columns "ho_ten" and "ten_dang_nhap" in its header line.',
  },
  'error.roster.csvRole': {
    vi: 'Vai trò "{role}" không hợp lệ (đại biểu, chủ tọa, thư ký, khách mời).',
    en: 'The role "{role}" is not valid (đại biểu, chủ tọa, thư ký, khách mời).',
  },
  'error.roster.csvDuplicate': {
    vi: 'Tên đăng nhập "{username}" bị trùng trong tệp.',
    en: 'The username "{username}" appears twice in the file.',
  },
  'error.csv.unclosedQuote': {
    vi: 'Dấu ngoặc kép không được đóng (bắt đầu từ dòng {line}).',
    en: 'A double quote is never closed (starting at line {line}).',
  },

  // Live meeting (sign-in through the relay, hosting), viewer state
  'error.live.passwordMissing': { vi: 'Vui lòng nhập mật khẩu.', en: 'Please enter the password.' },
  'error.live.accountMissing': {
    vi: 'Không tìm thấy tài khoản trên máy này sau khi đăng nhập.',
    en: 'The account was not found on this laptop after signing in.',
  },
  'error.viewer.zoom': { vi: 'Mức thu phóng không hợp lệ.', en: 'The zoom level is not valid.' },
  'error.viewer.rotation': { vi: 'Góc xoay không hợp lệ.', en: 'The rotation is not valid.' },

  // Annotations (Yjs notebooks) and their export
  'error.ydoc.notebookNotFound': { vi: 'Không tìm thấy sổ ghi chú này.', en: 'This notebook was not found.' },
  'error.ydoc.tooLarge': { vi: 'Thay đổi ghi chú quá lớn.', en: 'The change to the notes is too large.' },
  'error.ydoc.rejected': { vi: 'Thay đổi ghi chú không hợp lệ.', en: 'The change to the notes is not valid.' },
  'error.ydoc.malformed': {
    vi: 'Dữ liệu ghi chú bị hỏng; thay đổi không được lưu.',
    en: 'The note data is damaged; the change was not saved.',
  },
  'error.ydoc.missingDependencies': {
    vi: 'Thiếu thay đổi trước đó; cần đồng bộ lại toàn bộ ghi chú.',
    en: 'Earlier changes are missing; all notes need to be synchronised again.',
  },
  'error.ydoc.outsideAnnotations': {
    vi: 'Thay đổi nằm ngoài phần ghi chú; không được lưu.',
    en: 'The change lies outside the notes; it was not saved.',
  },
  'error.ydoc.invalid': { vi: 'Ghi chú không hợp lệ; thay đổi không được lưu.', en: 'The note is not valid; the change was not saved.' },
  'error.ydoc.notAuthor': {
    vi: 'Chỉ người viết mới được sửa hoặc xóa ghi chú đã chia sẻ.',
    en: 'Only its author may edit or delete a shared note.',
  },
  'error.ydoc.wrongDocument': { vi: 'Ghi chú không thuộc tài liệu này.', en: 'The note does not belong to this document.' },
  'error.ydoc.notShared': {
    vi: 'Ghi chú trong phần chia sẻ phải có thời điểm chia sẻ.',
    en: 'A note in the shared part needs the time it was shared.',
  },
  'error.export.encrypted': {
    vi: 'Tài liệu có mật khẩu: chưa thể xuất bản có ghi chú cho tệp này.',
    en: 'The document is password-protected: a copy with notes cannot be exported for this file yet.',
  },
  'error.export.unreadable': {
    vi: 'Không đọc được tệp PDF để xuất bản có ghi chú.',
    en: 'The PDF could not be read to export a copy with notes.',
  },

  // Search index: why a document's text is not searchable
  'error.search.encrypted': {
    vi: 'Tài liệu có mật khẩu: không tìm kiếm được nội dung.',
    en: 'The document is password-protected: its text cannot be searched.',
  },
  'error.search.unreadable': { vi: 'Không đọc được nội dung tài liệu ({cause}).', en: 'The document’s text could not be read ({cause}).' },
  'error.search.timeout': {
    vi: 'Đọc nội dung tài liệu quá lâu; đã bỏ qua.',
    en: 'Reading the document’s text took too long; it was skipped.',
  },
  'error.search.notIndexed': { vi: 'Chưa tìm kiếm được nội dung tài liệu.', en: 'The document’s text cannot be searched.' },
  'error.search.crashed': { vi: 'Trình đọc PDF gặp lỗi ({cause}).', en: 'The PDF reader failed ({cause}).' },
} as const satisfies MessageTable;
