import type { MessageTable } from './types';

/** The official record: minutes notes, the tamper-evident log, the `npm run record` program. */
export const record = {
  'error.record.meetingNotOpen': { vi: 'Cuộc họp chưa khai mạc.', en: 'The meeting has not been opened.' },
  'error.record.meetingClosed': { vi: 'Cuộc họp đã bế mạc.', en: 'The meeting has been closed.' },
  'error.record.unknownAgendaItem': { vi: 'Mục chương trình không thuộc cuộc họp này.', en: 'This agenda item is not part of the meeting.' },
  'error.record.notMember': { vi: 'Người này không phải thành viên của cuộc họp.', en: 'This person is not a member of the meeting.' },
  'record.verify.chainOk': { vi: 'Chuỗi băm: {count} bản ghi liên kết đúng.', en: 'Hash chain: {count} entries correctly linked.' },
  'record.verify.edited': { vi: 'Bản ghi #{seq} đã bị sửa (mã băm không khớp nội dung).', en: 'Entry #{seq} was edited (its hash does not match its content).' },
  'record.verify.reordered': { vi: 'Bản ghi ở vị trí #{seq} bị đảo thứ tự (đây là bản ghi #{other}).', en: 'The entry at position #{seq} was reordered (it is entry #{other}).' },
  'record.verify.deleted': { vi: 'Thiếu bản ghi #{from}–#{to} (đã bị xóa).', en: 'Entries #{from}–#{to} are missing (deleted).' },
  'record.verify.linkBroken': { vi: 'Bản ghi #{seq} không nối với bản ghi trước (mã băm trước bị thay).', en: 'Entry #{seq} does not link to the previous entry (its previous hash was changed).' },
  'record.verify.forged': { vi: 'Bản ghi #{seq} không có chữ ký hợp lệ của máy chủ phòng họp (giả mạo hoặc bị sửa).', en: 'Entry #{seq} lacks a valid signature of the meeting-room relay (forged or altered).' },
  'record.verify.signaturesOk': { vi: 'Chữ ký: mọi bản ghi được ký bằng khóa {keys}.', en: 'Signatures: every entry is signed with key {keys}.' },
  'record.verify.headMissing': { vi: 'Thiếu dấu mốc cuối chuỗi (bản ghi cuối #{seq}).', en: 'The chain head is missing (last entry #{seq}).' },
  'record.verify.truncated': { vi: 'Nhật ký bị cắt: bản ghi cuối là #{last} nhưng dấu mốc cuối ghi #{head}.', en: 'The log was truncated: the last entry is #{last} but the head says #{head}.' },
  'record.verify.appended': { vi: 'Có bản ghi thêm sau dấu mốc cuối #{head} (từ bản ghi #{seq}).', en: 'Entries were appended after the head #{head} (from entry #{seq}).' },
  'record.verify.headMismatch': { vi: 'Dấu mốc cuối không khớp bản ghi #{seq}.', en: 'The head does not match entry #{seq}.' },
  'record.verify.headOk': { vi: 'Dấu mốc cuối: bản ghi #{seq}.', en: 'Head: entry #{seq}.' },
  'record.verify.checkpointMismatch': { vi: 'Mốc kiểm tra tại bản ghi #{seq} (mã {hash}…) không khớp nhật ký.', en: 'The checkpoint at entry #{seq} (hash {hash}…) does not match the log.' },
  'record.verify.checkpointsOk': { vi: 'Mốc kiểm tra: {count} mốc khớp.', en: 'Checkpoints: {count} match.' },
  'record.verify.noCommandRow': { vi: 'Bản ghi #{seq} ghi một lệnh đã thực hiện nhưng cơ sở dữ liệu không có lệnh đó.', en: 'Entry #{seq} records an applied command the database does not have.' },
  'record.verify.countMismatch': { vi: 'Số lệnh đã thực hiện không khớp: nhật ký {logged}, bảng lệnh {commands}, phiên bản {version}.', en: 'Applied commands do not match: log {logged}, commands table {commands}, version {version}.' },
  'record.verify.commandsOk': { vi: 'Đối chiếu: {count} lệnh đã thực hiện đều có trong nhật ký.', en: 'Cross-check: all {count} applied commands are in the log.' },
} as const satisfies MessageTable;
