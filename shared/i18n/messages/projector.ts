import type { MessageTable } from './types';

/** The big screen's read-only session: issuing its code, refusals, and the projector's own screens. */
export const projector = {
  'error.relay.projectorIssuer': {
    vi: 'Chỉ chủ tọa hoặc bộ phận thư ký mới được cấp mã màn hình chiếu.',
    en: 'Only the chair or the secretariat may issue a big-screen code.',
  },
  'error.relay.projectorReadOnly': {
    vi: 'Màn hình chiếu chỉ được xem diễn biến công khai của cuộc họp.',
    en: 'The big screen may only show the public course of the meeting.',
  },
  'projector.error.code': {
    vi: 'Mã màn hình chiếu không đúng hoặc đã hết hạn. Hãy xin chủ tọa hoặc bộ phận thư ký cấp mã mới.',
    en: 'The big-screen code is wrong or has expired. Ask the chair or the secretariat for a new one.',
  },
  'projector.error.codeFormat': {
    vi: 'Mã màn hình chiếu gồm 10 ký tự, ví dụ ABCDE-FGHJK.',
    en: 'A big-screen code has 10 characters, for example ABCDE-FGHJK.',
  },
  'relay.action.needsRelay': {
    vi: 'Cần đăng nhập qua máy chủ phòng họp để làm việc này.',
    en: 'Sign in through the meeting-room relay to do this.',
  },
  'recall.action.button': { vi: 'Thu hồi tài liệu mật ngay', en: 'Recall confidential documents now' },
  'recall.action.confirmTitle': { vi: 'Thu hồi tài liệu mật?', en: 'Recall the confidential documents?' },
  'recall.action.confirmBody': {
    vi: 'Các máy của đại biểu sẽ xóa bản sao tài liệu mật, nội dung tìm kiếm và ghi chú trên các tài liệu này ở lần kết nối tiếp theo, rồi báo lại. Không thể hoàn tác.',
    en: "Delegates' laptops will delete their copies of the confidential documents, their search text and their notes on them at their next connection, then confirm. This cannot be undone.",
  },
  'conn.relayHintRequired': { vi: 'Ví dụ: https://192.168.1.10:4455', en: 'For example: https://192.168.1.10:4455' },
  'projector.code.issue': { vi: 'Cấp mã màn hình chiếu', en: 'Big-screen code' },
  'projector.code.shown': {
    vi: 'Mã màn hình chiếu: {code} (dùng đến {time}). Nhập mã này trên máy chiếu, mục “Màn hình chiếu”.',
    en: 'Big-screen code: {code} (valid until {time}). Type it on the projector laptop under “Big screen”.',
  },
  'projector.join.link': { vi: 'Màn hình chiếu (không cần đăng nhập)', en: 'Big screen (no sign-in)' },
  'projector.join.title': { vi: 'Màn hình chiếu', en: 'Big screen' },
  'projector.join.intro': {
    vi: 'Nhập địa chỉ máy chủ phòng họp và mã màn hình chiếu do chủ tọa hoặc bộ phận thư ký cấp. Màn hình chỉ hiển thị diễn biến công khai của cuộc họp.',
    en: 'Type the meeting-room server address and the big-screen code from the chair or the secretariat. The screen shows only the public course of the meeting.',
  },
  'projector.join.code': { vi: 'Mã màn hình chiếu', en: 'Big-screen code' },
  'projector.join.submit': { vi: 'Mở màn hình chiếu', en: 'Open the big screen' },
  'projector.join.connecting': { vi: 'Đang kết nối…', en: 'Connecting…' },
  'projector.join.back': { vi: 'Quay lại đăng nhập', en: 'Back to sign-in' },
  'projector.join.leave': { vi: 'Thoát màn hình chiếu', en: 'Leave the big screen' },
} as const satisfies MessageTable;
