import type { MessageTable } from './types';

/** Errors the relay sends (HTTP API, room refusals, command processor). Keys start with `error.`. */
export const errorsRelay = {
  'error.relay.internal': { vi: 'Máy chủ phòng họp gặp lỗi nội bộ.', en: 'The meeting-room relay had an internal error.' },
  'error.relay.updateMalformed': {
    vi: 'Bản cập nhật không đọc được hoặc không áp dụng được; máy chủ phòng họp không lưu phần nào của nó.',
    en: 'The update could not be read or applied; the relay stored none of it.',
  },
  'error.relay.missingDependencies': {
    vi: 'Bản cập nhật dựa trên dữ liệu máy chủ phòng họp chưa có; đang đồng bộ lại.',
    en: 'The update depends on data the relay does not have; resynchronising.',
  },
  'error.relay.tooManyMissing': {
    vi: 'Quá nhiều bản cập nhật thiếu dữ liệu gốc ({limit}); kết nối bị đóng.',
    en: 'Too many updates with missing dependencies ({limit}); connection closed.',
  },
  'error.relay.notAuthor': {
    vi: 'Chỉ được thêm, sửa hoặc xoá ghi chú chung do chính mình tạo; bản cập nhật bị từ chối.',
    en: 'You may only add, change or delete your own shared annotations; the update was refused.',
  },
  'error.relay.notAnnotation': {
    vi: 'Bản cập nhật chứa dữ liệu không phải ghi chú hợp lệ; bị từ chối.',
    en: 'The update holds data that is not a valid annotation; refused.',
  },
  'error.relay.wrongDocument': {
    vi: 'Ghi chú thuộc tài liệu khác; bản cập nhật bị từ chối.',
    en: 'The annotation belongs to another document; the update was refused.',
  },
  'error.relay.notShared': {
    vi: 'Chỉ ghi chú đã chia sẻ mới được ghi vào sổ ghi chú chung; bản cập nhật bị từ chối.',
    en: 'Only shared annotations may be written to the shared room; the update was refused.',
  },
  'error.relay.roomQuota': {
    vi: 'Sổ ghi chú này đã đạt giới hạn dung lượng ({limitMiB} MiB); bản cập nhật bị từ chối.',
    en: 'This room has reached its storage limit ({limitMiB} MiB); the update was refused.',
  },
  'error.relay.userQuota': {
    vi: 'Tài khoản đã dùng hết dung lượng lưu trữ cho phép trên máy chủ phòng họp ({limitMiB} MiB); bản cập nhật bị từ chối.',
    en: 'This account has used all the storage the relay allows it ({limitMiB} MiB); the update was refused.',
  },
  'error.relay.tooManyConnections': {
    vi: 'Tài khoản này đang mở quá nhiều kết nối ({limit}); hãy đóng bớt cửa sổ hoặc thử lại sau.',
    en: 'This account has too many open connections ({limit}); close some windows or try again later.',
  },
  'error.relay.awarenessTooLarge': {
    vi: 'Trạng thái hiện diện quá lớn (tối đa {limitBytes} byte); không được chuyển tiếp.',
    en: 'Awareness state too large (at most {limitBytes} bytes); not relayed.',
  },
  'error.relay.awarenessRate': {
    vi: 'Trạng thái hiện diện gửi quá nhanh (tối đa {perSecond} lần mỗi giây); phần vượt không được chuyển tiếp.',
    en: 'Awareness updates too frequent (at most {perSecond} per second); the excess is not relayed.',
  },
  'error.relay.awarenessClients': {
    vi: 'Kết nối chỉ được khai báo tối đa {limit} trạng thái hiện diện của chính mình; không được chuyển tiếp.',
    en: 'A connection may announce at most {limit} awareness states of its own; not relayed.',
  },
  'error.relay.loginContentType': {
    vi: 'Yêu cầu đăng nhập phải gửi Content-Type: application/json.',
    en: 'A login request must be sent with Content-Type: application/json.',
  },
} as const satisfies MessageTable;
