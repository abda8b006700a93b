import type { MessageTable } from './types';

/** Elections (bầu cử), confidence ratings (lấy phiếu tín nhiệm) and confidence votes (bỏ phiếu tín nhiệm). */
export const elections = {
  'election.error.seats': { vi: 'Số lượng cần bầu phải là số nguyên dương', en: 'Seats must be a positive whole number' },
  'election.error.noCandidates': { vi: 'Danh sách bầu cử chưa có ứng cử viên', en: 'The candidate list is empty' },
  'election.error.duplicateCandidate': { vi: 'Ứng cử viên {id} bị trùng trong danh sách', en: 'Candidate {id} appears twice in the list' },
  'election.error.tooFewCandidates': {
    vi: 'Danh sách có {candidates} người, ít hơn số lượng cần bầu ({seats})',
    en: 'The list has {candidates} candidates, fewer than the {seats} seats',
  },
  'election.error.tooManyCandidates': {
    vi: 'Số dư vượt quá 30% số lượng cần bầu: tối đa {max} người cho {seats} chỗ',
    en: 'More than 30% extra candidates: at most {max} for {seats} seats',
  },
  'election.error.base': { vi: 'Tổng số đại biểu không hợp lệ', en: 'The total number of delegates is invalid' },
  'election.error.tooManyBallots': { vi: 'Số phiếu ({ballots}) nhiều hơn số đại biểu ({n})', en: 'More ballots ({ballots}) than delegates ({n})' },
  'election.error.officeHolders': { vi: 'Danh sách người được lấy phiếu không hợp lệ', en: 'The list of office-holders is invalid' },
  'election.base.validBallots': { vi: 'Quá một nửa tổng số phiếu hợp lệ', en: 'More than half of the valid ballots' },
  'election.base.totalMembers': { vi: 'Quá một nửa tổng số đại biểu', en: 'More than half of the total delegates' },
  'election.ballot.valid': { vi: 'Phiếu hợp lệ', en: 'Valid ballot' },
  'election.ballot.tooManyKept': { vi: 'Phiếu không hợp lệ: để lại {kept} tên, nhiều hơn {seats} người cần bầu', en: 'Invalid ballot: {kept} names kept, more than the {seats} seats' },
  'election.ballot.unknownName': { vi: 'Phiếu không hợp lệ: có tên ngoài danh sách', en: 'Invalid ballot: a name not on the list' },
  'election.ballot.duplicateName': { vi: 'Phiếu không hợp lệ: một tên được ghi hai lần', en: 'Invalid ballot: a name marked twice' },
  'election.ballot.unmarked': { vi: 'Phiếu không hợp lệ: có ứng cử viên chưa được đánh dấu', en: 'Invalid ballot: a candidate is not marked' },
  'election.mark.agree': { vi: 'Đồng ý', en: 'Agree' },
  'election.mark.disagree': { vi: 'Không đồng ý', en: 'Disagree' },
  'election.next.none': { vi: 'Đã bầu đủ số lượng', en: 'All seats filled' },
  'election.next.furtherRound': { vi: 'Bầu tiếp {seats} chỗ trong số những người còn lại', en: 'A further round for {seats} seats among the rest' },
  'election.next.runoff': { vi: 'Bầu lại trong số những người bằng phiếu ({seats} chỗ)', en: 'A runoff among the tied ({seats} seats)' },
  'confidence.level.high': { vi: 'Tín nhiệm cao', en: 'High confidence' },
  'confidence.level.normal': { vi: 'Tín nhiệm', en: 'Confidence' },
  'confidence.level.low': { vi: 'Tín nhiệm thấp', en: 'Low confidence' },
  'confidence.band.none': { vi: 'Không thuộc trường hợp phải xem xét', en: 'No further step' },
  'confidence.band.mayResign': {
    vi: 'Trên một nửa đến dưới hai phần ba tổng số đại biểu đánh giá tín nhiệm thấp: có thể xin từ chức',
    en: 'More than half and under two thirds rate low confidence: may resign',
  },
  'confidence.band.removal': {
    vi: 'Từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp: trình bãi nhiệm, miễn nhiệm',
    en: 'At least two thirds rate low confidence: proposal for removal',
  },
  'confidence.vote.yes': { vi: 'Tín nhiệm', en: 'Confidence' },
  'confidence.vote.no': { vi: 'Không tín nhiệm', en: 'No confidence' },
  'confidence.vote.basis': {
    vi: 'Quá một nửa tổng số đại biểu bỏ phiếu không tín nhiệm: từ chức hoặc bãi nhiệm, miễn nhiệm',
    en: 'More than half of the total delegates vote no confidence: resignation or removal',
  },
  'election.needsLegalConfirmation': { vi: 'Cần xác nhận pháp lý', en: 'Needs legal confirmation' },
} as const satisfies MessageTable;
