import type { MessageTable } from './types';

/** Election and confidence-rating commands at the relay: what a refused command says. Labels ({@label}) are field names. */
export const electionsLive = {
  'election.cmd.field.kind': { vi: 'loại bỏ phiếu', en: 'kind of ballot' },
  'election.cmd.field.office': { vi: 'chức danh hoặc nhóm bầu', en: 'office' },
  'election.cmd.field.candidateName': { vi: 'họ và tên người ứng cử', en: "candidate's full name" },
  'election.cmd.field.source': { vi: 'nguồn giới thiệu', en: 'nomination source' },
  'election.cmd.field.account': { vi: 'tài khoản của người ứng cử', en: "candidate's account" },
  'election.cmd.field.ballotForm': { vi: 'mẫu phiếu', en: 'ballot form' },
  'election.cmd.field.election': { vi: 'cuộc bầu cử', en: 'election' },
  'election.cmd.field.round': { vi: 'lần bỏ phiếu', en: 'round' },
  'election.cmd.candidate': { vi: 'Dòng {position} của danh sách không hợp lệ.', en: 'Line {position} of the list is invalid.' },
  'election.cmd.seats': {
    vi: 'Số lượng cần bầu phải là số nguyên từ 1 đến {max}.',
    en: 'Seats must be a whole number from 1 to {max}.',
  },
  'election.cmd.candidates': {
    vi: 'Danh sách phải có từ 1 đến {max} người.',
    en: 'The list must have from 1 to {max} people.',
  },
  'election.cmd.board': {
    vi: 'Ban kiểm phiếu phải là danh sách tài khoản (tối đa {max} người).',
    en: 'The counting board must be a list of accounts (at most {max}).',
  },
  'election.cmd.floorAgreement': {
    vi: 'Người được đề cử tại hội nghị ({name}) cần số đại biểu đồng ý và tổng số đại biểu biểu quyết việc đề cử.',
    en: 'A floor nomination ({name}) needs the number who agreed and the number who voted on it.',
  },
  'election.cmd.floorAgreementOnlyFloor': {
    vi: 'Chỉ người được đề cử tại hội nghị mới có kết quả biểu quyết đề cử ({name}).',
    en: 'Only floor nominations carry a nomination vote ({name}).',
  },
  'election.cmd.ballot': { vi: 'Phiếu bầu gửi lên không đúng mẫu.', en: 'The ballot sent does not match the form.' },
  'error.relay.role.election:prepare': {
    vi: 'Chỉ bộ phận thư ký mới được chuẩn bị danh sách bầu cử.',
    en: 'Only the secretariat may prepare an election list.',
  },
  'error.relay.role.election:open': { vi: 'Chỉ chủ tọa mới được mở bỏ phiếu bầu.', en: 'Only the chair may open an election round.' },
  'error.relay.role.election:cast': {
    vi: 'Chỉ đại biểu hoặc chủ tọa mới được bỏ phiếu bầu.',
    en: 'Only delegates or the chair may cast an election ballot.',
  },
  'error.relay.role.election:close': {
    vi: 'Chỉ chủ tọa mới được kết thúc bỏ phiếu bầu.',
    en: 'Only the chair may close an election round.',
  },
  'error.relay.role.election:confirm': {
    vi: 'Chỉ đại biểu hoặc chủ tọa mới được xác nhận kết quả kiểm phiếu.',
    en: 'Only delegates or the chair may confirm the count.',
  },
  'error.relay.role.election:announce': {
    vi: 'Chỉ chủ tọa mới được công bố kết quả bầu cử.',
    en: 'Only the chair may announce the result.',
  },
  'election.error.notFound': { vi: 'Không tìm thấy cuộc bầu cử này.', en: 'This election was not found.' },
  'election.error.roundNotFound': { vi: 'Không tìm thấy lần bỏ phiếu này.', en: 'This round was not found.' },
  'election.error.roundOpen': { vi: 'Lần bỏ phiếu này chưa kết thúc.', en: 'This round has not been closed yet.' },
  'election.error.notAnnounced': {
    vi: 'Kết quả lần bỏ phiếu trước chưa được công bố.',
    en: 'The result of the previous round has not been announced yet.',
  },
  'election.error.floorNotAllowed': {
    vi: 'Quy định bầu cử của cơ quan này không có đề cử tại hội nghị ({name}).',
    en: "This body's election rule has no floor nominations ({name}).",
  },
  'election.error.noBallots': {
    vi: 'Cơ quan này không bầu cử hoặc lấy phiếu tín nhiệm tại phiên họp; chỉ cấp ủy Đảng và HĐND.',
    en: 'This body does not hold elections or confidence ratings in its meetings; only Party committees and People’s Councils do.',
  },
  'election.error.allFilled': {
    vi: 'Đã bầu đủ số lượng; không còn lần bỏ phiếu nào.',
    en: 'All seats are filled; there is no further round.',
  },
  'election.error.floorRejected': {
    vi: '{name} được đề cử tại hội nghị nhưng chỉ {agree}/{base} đại biểu đồng ý; cần ít nhất {required} (trên {percent}%).',
    en: '{name} was nominated from the floor but only {agree}/{base} agreed; at least {required} (over {percent}%) are needed.',
  },
  'election.error.unknownAccount': {
    vi: 'Tài khoản của {name} không có trong danh sách cuộc họp.',
    en: "{name}'s account is not among the meeting's participants.",
  },
  'election.error.boardNotMember': {
    vi: 'Thành viên Ban kiểm phiếu phải là đại biểu của cuộc họp.',
    en: 'Counting-board members must be members at this meeting.',
  },
  'election.error.noCheckIn': {
    vi: 'Đại biểu cần điểm danh trước khi bỏ phiếu.',
    en: 'Check in before casting your ballot.',
  },
} as const satisfies MessageTable;
