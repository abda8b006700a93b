import type { MessageTable } from './types';

/**
 * Confidential ("mật") documents on laptops: sealed at rest with the meeting's key, opened only after signing
 * in through the relay, recalled after the meeting (electron/laptop/confidential/, electron/relay/confidential.ts).
 */
export const confidentialAtRest = {
  'error.confidential.locked': {
    vi: 'Tài liệu mật chỉ mở được khi đã đăng nhập qua máy chủ phòng họp. Hãy kết nối mạng phòng họp và đăng nhập lại.',
    en: 'Confidential documents open only after signing in through the meeting-room relay. Connect to the meeting-room network and sign in again.',
  },
  'error.confidential.damaged': {
    vi: 'Bản lưu tài liệu mật trên máy này bị hỏng hoặc đã bị sửa đổi nên không mở được. Hãy đăng nhập lại để tải lại tài liệu.',
    en: 'This laptop’s copy of the confidential document is damaged or was altered, so it cannot be opened. Sign in again to download it again.',
  },
  'error.confidential.laptopLimit': {
    vi: 'Tài liệu mật không được tải về máy này: bạn đã nhận tài liệu mật của cuộc họp trên {max} máy. Hãy dùng một trong các máy đó, hoặc liên hệ thư ký.',
    en: 'Confidential documents are not downloaded to this laptop: you already received this meeting’s confidential documents on {max} laptops. Use one of them, or contact the secretariat.',
  },
  'error.confidential.recalled': {
    vi: 'Tài liệu mật này đã được thu hồi sau cuộc họp và đã xóa khỏi máy này.',
    en: 'This confidential document was recalled after the meeting and has been deleted from this laptop.',
  },
  'error.confidential.noKey': {
    vi: 'Chưa nhận được khóa tài liệu mật từ máy chủ phòng họp nên tài liệu mật chưa được tải về. Hãy đăng nhập lại qua máy chủ phòng họp.',
    en: 'The confidential documents’ key has not been received from the meeting-room relay, so they were not downloaded. Sign in through the relay again.',
  },
  'error.relay.recallSecretariatOnly': {
    vi: 'Chỉ thư ký được thu hồi tài liệu mật.',
    en: 'Only the secretariat may recall confidential documents.',
  },
  'error.relay.recallNotActive': {
    vi: 'Tài liệu mật của cuộc họp này chưa được thu hồi.',
    en: 'This meeting’s confidential documents have not been recalled.',
  },
  'error.relay.laptopInvalid': {
    vi: 'Thông tin máy tính gửi kèm khi đăng nhập không hợp lệ.',
    en: 'The laptop details sent with the sign-in are not valid.',
  },
  'recall.title': { vi: 'Thu hồi tài liệu mật', en: 'Recall of confidential documents' },
  'recall.sourceMeetingClose': {
    vi: 'Cuộc họp đã bế mạc: các máy xóa tài liệu mật khi kết nối lại và xác nhận với máy chủ.',
    en: 'The meeting is closed: laptops delete confidential documents when they next connect and confirm to the relay.',
  },
  'recall.sourceSecretariat': {
    vi: 'Thư ký đã thu hồi tài liệu mật: các máy xóa khi kết nối lại và xác nhận với máy chủ.',
    en: 'The secretariat recalled the confidential documents: laptops delete them when they next connect and confirm to the relay.',
  },
  'recall.summary': {
    vi: '{confirmed}/{total} máy đã xác nhận xóa',
    en: '{confirmed} of {total} laptops confirmed the deletion',
  },
  'recall.confirmedAt': { vi: 'Đã xóa lúc {time}', en: 'Deleted at {time}' },
  'recall.pending': { vi: 'Chưa xác nhận', en: 'Not confirmed yet' },
  'recall.col.person': { vi: 'Người nhận', en: 'Recipient' },
  'recall.col.laptop': { vi: 'Máy tính', en: 'Laptop' },
  'recall.col.status': { vi: 'Xác nhận xóa', en: 'Deletion confirmed' },
  'recall.unnamedLaptop': { vi: 'Máy không rõ tên', en: 'Unnamed laptop' },
} as const satisfies MessageTable;
