/** Vietnamese texts of the connection manager (English in parentheses where it helps support staff). */
export const MSG = {
  notConnected: 'Máy chưa kết nối tới máy chủ phòng họp.',
  offline: 'Mất kết nối máy chủ phòng họp; máy sẽ tự kết nối lại. Vẫn đọc và ghi chú được trên máy này.',
  connecting: 'Đang kết nối máy chủ phòng họp…',
  badLogin: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  unreachableUnknownUser:
    'Không kết nối được máy chủ phòng họp, và máy này chưa từng đăng nhập tài khoản này nên chưa thể làm việc ngoại tuyến. Kiểm tra địa chỉ máy chủ và mạng LAN.',
  voteOffline: 'Máy đang ngoại tuyến, chưa thể biểu quyết.',
  voteDropped:
    'Mất kết nối trước khi máy chủ xác nhận phiếu biểu quyết. Khi có kết nối lại, hãy xem trạng thái biểu quyết: nếu phiếu chưa được ghi nhận, hãy biểu quyết lại.',
  commandQueued: 'Máy đang ngoại tuyến; lệnh đã được xếp hàng và sẽ tự gửi khi có kết nối lại.',
  applyFailed: 'Không cập nhật được nội dung cuộc họp từ máy chủ phòng họp; sẽ thử lại khi kết nối lại.',
  hostNotPublished: 'Chỉ cuộc họp đã phát hành mới có thể làm máy chủ phòng họp.',
  hostOtherMeeting: 'Máy này đang làm máy chủ cho một cuộc họp khác. Hãy dừng máy chủ đó trước.',
  hostPortInUse: (port: number) => `Cổng ${port} đang được dùng. Hãy chọn cổng khác.`,
  hostFailed: 'Không khởi động được máy chủ phòng họp trên máy này.',
  hostNotParticipant: 'Tài khoản này không có trong danh sách tham dự của cuộc họp đang làm máy chủ.',
  /** One document's download failed; `detail` is the transfer's technical reason (kept in parentheses). */
  documentFailed: (detail: string) =>
    detail === 'unauthenticated'
      ? 'Phiên làm việc với máy chủ phòng họp đã hết hạn; hãy đăng nhập lại. (unauthenticated)'
      : /^SHA-256 mismatch/.test(detail)
      ? `Tệp tải về không khớp mã kiểm tra; máy sẽ tải lại. (${detail})`
      : /^HTTP \d+/.test(detail)
        ? `Máy chủ phòng họp chưa gửi được tệp này; máy sẽ thử lại. (${detail})`
        : `Đường truyền bị ngắt khi đang tải; máy sẽ tải tiếp phần còn thiếu. (${detail})`,
} as const;
