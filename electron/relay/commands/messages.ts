import type { CommandType } from '../../../shared/meeting-live/commands';
import { COMMAND_LABELS } from '../../../shared/meeting-live/commands';
import type { MeetingRole } from '../../../shared/model/types';

/** Vietnamese refusal texts, one place so the wording stays consistent. */

const ROLE_NAMES: Readonly<Record<MeetingRole, string>> = {
  chair: 'chủ tọa',
  delegate: 'đại biểu',
  secretariat: 'bộ phận thư ký',
  guest: 'khách mời',
};

export function forbiddenRoleMessage(type: CommandType, allowed: readonly MeetingRole[]): string {
  const who = allowed.map((r) => ROLE_NAMES[r]).join(' hoặc ');
  return `Chỉ ${who} mới được ${COMMAND_LABELS[type].vi}.`;
}

const TIME_FMT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "14:05:09" in Vietnam time, whatever the relay machine's time zone. */
export const clockVi = (ms: number): string => TIME_FMT.format(new Date(ms));

export const MSG = {
  closedProcessor: 'Máy chủ phòng họp đang dừng; thao tác chưa được ghi nhận.',
  wrongMeeting: 'Lệnh gửi tới một cuộc họp khác với cuộc họp đang diễn ra.',
  notParticipant: 'Bạn không có tên trong danh sách thành phần cuộc họp.',
  roleMismatch: 'Vai trò trong phiên đăng nhập không khớp với danh sách thành phần cuộc họp.',
  commandIdReused: 'Mã lệnh này đã được dùng cho một lệnh khác; hãy tạo mã lệnh mới.',
  meetingNotOpen: 'Cuộc họp chưa khai mạc.',
  meetingClosed: 'Cuộc họp đã bế mạc.',
  meetingAlreadyOpen: 'Cuộc họp đã được khai mạc.',
  voteStillOpen: 'Đang có biểu quyết chưa kết thúc; hãy kết thúc biểu quyết trước.',
  offlineCheckIn: 'Máy của bạn đang mất kết nối với máy chủ phòng họp nên chưa điểm danh được. Hãy kiểm tra mạng rồi thử lại.',
  offlineVote:
    'Máy của bạn đang mất kết nối với máy chủ phòng họp (không nhận được tín hiệu định kỳ) nên phiếu chưa được ghi nhận. Hãy kiểm tra mạng rồi biểu quyết lại.',
  notMemberTarget: 'Người này không phải đại biểu (thành viên) của cuộc họp.',
  unknownAgendaItem: 'Mục chương trình không thuộc cuộc họp này.',
  alreadyQueued: 'Bạn đã đăng ký phát biểu và đang chờ đến lượt.',
  alreadySpeaking: 'Bạn đang phát biểu.',
  notCheckedInSpeak: 'Bạn cần điểm danh có mặt trước khi đăng ký phát biểu.',
  nothingToWithdraw: 'Bạn không có đăng ký phát biểu nào đang chờ.',
  requestNotFound: 'Không tìm thấy đăng ký phát biểu này.',
  requestNotQueued: 'Đăng ký phát biểu này không còn trong danh sách chờ.',
  queueEmpty: 'Không còn ai trong danh sách đăng ký phát biểu.',
  noCurrentSpeaker: 'Hiện không có ai đang phát biểu.',
  voteNotFound: 'Không tìm thấy cuộc biểu quyết này.',
  voteAlreadyOpen: 'Đang có một cuộc biểu quyết chưa kết thúc; mỗi lúc chỉ mở một cuộc biểu quyết.',
  voteAlreadyClosed: 'Cuộc biểu quyết này đã kết thúc.',
  noEntitled: 'Không có đại biểu nào được biểu quyết (mẫu số bằng 0); không thể mở biểu quyết.',
  notEntitledTotal: 'Bạn không có trong danh sách đại biểu được biểu quyết, chốt lúc mở biểu quyết.',
  notEntitledPresent:
    'Bạn không có trong danh sách biểu quyết: quy tắc này tính trên số đại biểu có mặt, chốt lúc mở biểu quyết, khi đó bạn chưa được ghi nhận có mặt.',
  notCheckedInVote: 'Bạn chưa được ghi nhận có mặt; hãy điểm danh trước khi biểu quyết.',
  alreadyVoted: 'Bạn đã biểu quyết trong cuộc biểu quyết này; mỗi đại biểu chỉ có một phiếu.',
  unknownOption: 'Phương án không thuộc cuộc biểu quyết này.',
  constraint: 'Thao tác xung đột với dữ liệu đã ghi nên không được ghi nhận.',
  storage: 'Máy chủ phòng họp gặp lỗi khi ghi dữ liệu; thao tác chưa được ghi nhận. Hãy thử lại.',
  voteClosedAt: (closedAt: number): string =>
    `Biểu quyết đã kết thúc lúc ${clockVi(closedAt)}; phiếu gửi sau thời điểm đó không được ghi nhận.`,
  unknownRule: (bodyName: string): string => `Quy tắc thông qua không thuộc các quy định của ${bodyName}.`,
  noQuorum: (present: number, total: number, required: number): string =>
    `Chưa đủ số đại biểu có mặt theo quy định (có mặt ${present}/${total}, cần ít nhất ${required}); chưa thể mở biểu quyết.`,
} as const;
