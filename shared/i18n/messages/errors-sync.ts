import type { MessageTable } from './types';

/**
 * Errors and states of the laptop's link to the relay (sign-in through the relay, downloads, live commands
 * offline, hosting). Keys start with `error.` (or `sync.` for states that are not errors).
 */
export const errorsSync = {
  'error.offline': { vi: 'Mất kết nối tới máy chủ phòng họp.', en: 'No connection to the meeting-room relay.' },
  'sync.offline': {
    vi: 'Mất kết nối máy chủ phòng họp; máy sẽ tự kết nối lại. Vẫn đọc và ghi chú được trên máy này.',
    en: 'Lost the connection to the meeting-room relay; this laptop reconnects by itself. Reading and annotating keep working here.',
  },
  'sync.connecting': { vi: 'Đang kết nối máy chủ phòng họp…', en: 'Connecting to the meeting-room relay…' },
  'error.sync.notConnected': {
    vi: 'Máy chưa kết nối tới máy chủ phòng họp.',
    en: 'This laptop is not connected to the meeting-room relay.',
  },
  'error.sync.disconnected': { vi: 'Đã ngắt kết nối máy chủ phòng họp.', en: 'Disconnected from the meeting-room relay.' },
  'error.sync.unreachable': { vi: 'Không kết nối được máy chủ phòng họp. (relay unreachable)', en: 'Cannot reach the meeting-room relay.' },
  'error.sync.relayStatus': { vi: 'Máy chủ phòng họp trả lỗi {status}.', en: 'The meeting-room relay answered with error {status}.' },
  'error.sync.badLogin': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  'error.sync.unreachableUnknownUser': {
    vi: 'Không kết nối được máy chủ phòng họp, và máy này chưa từng đăng nhập tài khoản này nên chưa thể làm việc ngoại tuyến. Kiểm tra địa chỉ máy chủ và mạng LAN.',
    en: 'Cannot reach the meeting-room relay, and this account has never signed in on this laptop, so it cannot work offline yet. Check the relay address and the LAN.',
  },
  'error.sync.notTls': {
    vi: '{url} trả lời nhưng không dùng kết nối bảo mật (HTTPS). Hãy kiểm tra lại địa chỉ thư ký cung cấp (máy chủ thử nghiệm trên chính máy này dùng http://).',
    en: '{url} answers but not over a secure connection (HTTPS). Check the address the secretariat gave (a test relay on this very laptop uses http://).',
  },
  'error.sync.badRelayUrl': {
    vi: 'Địa chỉ máy chủ phòng họp không hợp lệ. Hãy nhập dạng https://192.168.1.10:4455 (giao thức https hoặc http, tên máy hoặc địa chỉ IP, và cổng).',
    en: 'Invalid relay address. Type it as https://192.168.1.10:4455 (https or http, a host name or IP address, and a port).',
  },
  'error.sync.voteOffline': { vi: 'Máy đang ngoại tuyến, chưa thể biểu quyết.', en: 'This laptop is offline; it cannot vote yet.' },
  'error.sync.voteDropped': {
    vi: 'Mất kết nối trước khi máy chủ xác nhận phiếu biểu quyết. Khi có kết nối lại, hãy xem trạng thái biểu quyết: nếu phiếu chưa được ghi nhận, hãy biểu quyết lại.',
    en: 'The connection dropped before the relay confirmed the ballot. Once reconnected, check the vote: if the ballot was not counted, vote again.',
  },
  'error.sync.commandQueued': {
    vi: 'Máy đang ngoại tuyến; lệnh đã được xếp hàng và sẽ tự gửi khi có kết nối lại.',
    en: 'This laptop is offline; the command is queued and will be sent once reconnected.',
  },
  'error.sync.applyFailed': {
    vi: 'Không cập nhật được nội dung cuộc họp từ máy chủ phòng họp; sẽ thử lại khi kết nối lại.',
    en: 'Could not update the meeting from the relay; it will be retried on reconnection.',
  },
  'error.sync.hostNotPublished': {
    vi: 'Chỉ cuộc họp đã phát hành mới có thể làm máy chủ phòng họp.',
    en: 'Only a published meeting can be hosted.',
  },
  'error.sync.hostOtherMeeting': {
    vi: 'Máy này đang làm máy chủ cho một cuộc họp khác. Hãy dừng máy chủ đó trước.',
    en: 'This laptop already hosts another meeting. Stop hosting it first.',
  },
  'error.sync.hostPortInUse': { vi: 'Cổng {port} đang được dùng. Hãy chọn cổng khác.', en: 'Port {port} is in use. Choose another port.' },
  'error.sync.hostFailed': {
    vi: 'Không khởi động được máy chủ phòng họp trên máy này.',
    en: 'Could not start the meeting-room relay on this laptop.',
  },
  'error.sync.hostNotParticipant': {
    vi: 'Tài khoản này không có trong danh sách tham dự của cuộc họp đang làm máy chủ.',
    en: 'This account is not a participant of the hosted meeting.',
  },
  'error.sync.sessionExpired': {
    vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The session has expired. Please sign in again.',
  },
  'error.sync.noBlobDir': { vi: 'Chưa cấu hình thư mục lưu tài liệu. (blobDir missing)', en: 'No folder is configured for documents.' },
  'error.sync.packageIncomplete': {
    vi: 'Chưa tải xong {failed}/{total} tài liệu; sẽ tải tiếp khi có kết nối.',
    en: '{failed} of {total} {total|document is|documents are} not downloaded yet; downloading resumes when connected.',
  },
  'error.sync.documentSessionExpired': {
    vi: 'Phiên làm việc với máy chủ phòng họp đã hết hạn; hãy đăng nhập lại. (unauthenticated)',
    en: 'The session with the meeting-room relay has expired; sign in again.',
  },
  'error.sync.documentHashMismatch': {
    vi: 'Tệp tải về không khớp mã kiểm tra; máy sẽ tải lại. ({detail})',
    en: 'The downloaded file does not match its checksum; it will be downloaded again. ({detail})',
  },
  'error.sync.documentRefused': {
    vi: 'Máy chủ phòng họp chưa gửi được tệp này; máy sẽ thử lại. ({detail})',
    en: 'The relay could not send this file yet; it will be retried. ({detail})',
  },
  'error.sync.documentInterrupted': {
    vi: 'Đường truyền bị ngắt khi đang tải; máy sẽ tải tiếp phần còn thiếu. ({detail})',
    en: 'The transfer was interrupted; the rest will be downloaded later. ({detail})',
  },
  'error.sync.notAcknowledged': {
    vi: 'Máy chủ phòng họp chưa xác nhận đã lưu các thay đổi sau {ms} ms.',
    en: 'The relay did not confirm storing the changes within {ms} ms.',
  },
  'error.sync.refused': { vi: 'Máy chủ phòng họp từ chối thay đổi: {reason}', en: 'The relay refused the change: {reason}' },
  'error.sync.roomNotOpen': { vi: 'Phòng đồng bộ {room} chưa được mở.', en: 'The sync room {room} is not open.' },
  'sync.replaced': {
    vi: 'Một người khác vừa đăng nhập trên máy này; kết nối trực tuyến của bạn đã chuyển sang tài khoản đó. Hãy đăng nhập lại để tiếp tục trực tuyến.',
    en: 'Someone else signed in on this laptop; the live connection now belongs to that account. Sign in again to go back online.',
  },
  'error.sync.certificateChanged': {
    vi: 'CẢNH BÁO: chứng chỉ của máy chủ phòng họp {relay} đã thay đổi so với chứng chỉ đã xác nhận. Máy từ chối kết nối vì có thể có kẻ giả mạo máy chủ. Hãy báo bộ phận kỹ thuật; chỉ xác nhận lại khi họ xác nhận máy chủ đã đổi chứng chỉ.',
    en: 'WARNING: the certificate of the meeting-room relay {relay} has changed since it was confirmed. This laptop refuses to connect because someone may be impersonating the relay. Tell the technical staff; confirm again only if they confirm the relay changed its certificate.',
  },
  'error.sync.certificateUnconfirmed': {
    vi: 'Lần đầu kết nối tới máy chủ phòng họp {relay}. Mã xác nhận: {code} (dấu vân tay SHA-256: {fingerprint}). Chỉ xác nhận nếu mã này trùng với mã hiển thị trên màn hình máy chủ.',
    en: "First connection to the meeting-room relay {relay}. Confirmation code: {code} (SHA-256 fingerprint: {fingerprint}). Confirm only if this code matches the one shown on the relay's screen.",
  },
  'error.sync.certificateUnreadable': {
    vi: 'Không đọc được chứng chỉ của máy chủ phòng họp.',
    en: "Could not read the meeting-room relay's certificate.",
  },
  'error.sync.notHttps': {
    vi: 'Địa chỉ máy chủ phòng họp phải bắt đầu bằng https:// (http chỉ dùng khi phát triển trên cùng một máy).',
    en: 'The meeting-room relay address must start with https:// (http is only for development on the same machine).',
  },
} as const satisfies MessageTable;
