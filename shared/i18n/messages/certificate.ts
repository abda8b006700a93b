import type { MessageTable } from './types';

/**
 * The meeting-room server's certificate as people check it: the code the hosting screen shows and the
 * secretariat reads out, and the dialog a laptop shows at first sign-in (or when the certificate changed).
 */
export const certificate = {
  'host.certCode': { vi: 'Mã xác nhận chứng chỉ', en: 'Certificate confirmation code' },
  'host.certCodeHint': {
    vi: 'Đọc mã này cho đại biểu: máy của họ hiển thị đúng mã này khi đăng nhập lần đầu.',
    en: 'Read this code out to the delegates: their laptops show the same code when they first sign in.',
  },
  'conn.certificateChanged': { vi: 'Chứng chỉ máy chủ đã thay đổi', en: 'Server certificate changed' },
  'cert.title': { vi: 'Xác nhận máy chủ phòng họp', en: 'Confirm the meeting-room server' },
  'cert.explain': {
    vi: 'Máy này kết nối lần đầu tới máy chủ phòng họp. Hãy so mã dưới đây với mã thư ký đọc hoặc mã hiển thị trên màn hình chủ trì. Chỉ tin cậy khi hai mã trùng nhau.',
    en: 'This laptop connects to the meeting-room server for the first time. Compare the code below with the one the secretariat reads out or the hosting screen shows. Trust it only if both codes match.',
  },
  'cert.changedTitle': { vi: 'Cảnh báo: chứng chỉ máy chủ đã thay đổi', en: "Warning: the server's certificate has changed" },
  'cert.changedExplain': {
    vi: 'Máy chủ tại địa chỉ này đang dùng chứng chỉ khác với chứng chỉ máy đã xác nhận trước đây. Có thể có kẻ giả mạo máy chủ phòng họp. Hãy báo bộ phận kỹ thuật; chỉ tin cậy chứng chỉ mới khi họ xác nhận máy chủ đã đổi chứng chỉ và mã mới trùng với mã họ đọc.',
    en: 'The server at this address presents a certificate other than the one this laptop confirmed before. Someone may be impersonating the meeting-room server. Tell the technical staff; trust the new certificate only if they confirm the server changed it and the new code matches the one they read out.',
  },
  'cert.address': { vi: 'Địa chỉ máy chủ', en: 'Server address' },
  'cert.code': { vi: 'Mã xác nhận chứng chỉ', en: 'Certificate confirmation code' },
  'cert.newCode': { vi: 'Mã của chứng chỉ mới', en: 'Code of the new certificate' },
  'cert.previousCode': { vi: 'Mã đã xác nhận trước đây', en: 'Code confirmed before' },
  'cert.fingerprint': { vi: 'Dấu vân tay SHA-256', en: 'SHA-256 fingerprint' },
  'cert.trust': { vi: 'Tin cậy và kết nối', en: 'Trust and connect' },
  'cert.notTrusted': {
    vi: 'Chưa kết nối: bạn chưa xác nhận chứng chỉ của máy chủ phòng họp {relay}.',
    en: 'Not connected: you did not confirm the certificate of the meeting-room server {relay}.',
  },
} as const satisfies MessageTable;
