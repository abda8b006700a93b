import type { MessageTable } from './types';

/**
 * The biên bản kiểm phiếu (vote-count record) of an election round or a confidence rating as a printable
 * document, and the administrative heading every record of the record program shares.
 */
export const countRecord = {
  'recordHeader.party.parent': { vi: 'ĐẢNG BỘ TỈNH {province}', en: 'PARTY ORGANISATION OF {province} PROVINCE' },
  'recordHeader.party.agency': { vi: 'TỈNH ỦY', en: 'PROVINCIAL PARTY COMMITTEE' },
  'recordHeader.party.number': { vi: 'Số      -BB/TU', en: 'No.      -BB/TU' },
  'recordHeader.hdnd.agency': { vi: 'HỘI ĐỒNG NHÂN DÂN', en: "PEOPLE'S COUNCIL" },
  'recordHeader.hdnd.number': { vi: 'Số:      /BB-HĐND', en: 'No.:      /BB-HĐND' },
  'recordHeader.ubnd.agency': { vi: 'ỦY BAN NHÂN DÂN', en: "PEOPLE'S COMMITTEE" },
  'recordHeader.ubnd.number': { vi: 'Số:      /BB-UBND', en: 'No.:      /BB-UBND' },
  'recordHeader.province': { vi: 'TỈNH {province}', en: '{province} PROVINCE' },
  'recordHeader.placeDate': { vi: '{place}, {date}', en: '{place}, {date}' },

  'countRecord.title': { vi: 'BIÊN BẢN KIỂM PHIẾU', en: 'VOTE-COUNT RECORD' },
  'countRecord.election.subtitle': { vi: 'Bầu {office} (lần bầu thứ {round})', en: 'Election of {office} (round {round})' },
  'countRecord.rating.subtitle': {
    vi: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do {body} bầu',
    en: 'Confidence rating of the office-holders elected by {body}',
  },
  'countRecord.sitting': { vi: '{session} {body}, {term}.', en: '{session}, {body}, {term}.' },
  'countRecord.sittingNoTerm': { vi: '{session} {body}.', en: '{session}, {body}.' },
  'countRecord.datePlace': { vi: 'Thời gian: {date}. Địa điểm: {place}.', en: 'Date: {date}. Place: {place}.' },
  'countRecord.boardIntro': {
    vi: 'Ban kiểm phiếu gồm {count} thành viên: {names}.',
    en: 'The counting board has {count} {count|member|members}: {names}.',
  },
  'countRecord.election.intro': {
    vi: 'Ban kiểm phiếu đã tiến hành kiểm phiếu bầu {office}, số lượng cần bầu: {seats}, số người trong danh sách bầu cử: {candidates}. Kết quả như sau:',
    en: 'The counting board counted the ballots of the election of {office}: {seats} seats, {candidates} candidates on the list. The result:',
  },
  'countRecord.rating.intro': {
    vi: 'Ban kiểm phiếu đã tiến hành kiểm phiếu lấy phiếu tín nhiệm đối với {people} người. Kết quả như sau:',
    en: 'The counting board counted the confidence-rating ballots for {people} office-holders. The result:',
  },
  'countRecord.partFigures': { vi: 'I. SỐ ĐẠI BIỂU VÀ SỐ PHIẾU', en: 'I. DELEGATES AND BALLOTS' },
  'countRecord.partResults': { vi: 'II. KẾT QUẢ KIỂM PHIẾU', en: 'II. RESULT OF THE COUNT' },
  'countRecord.partConclusion': { vi: 'III. KẾT LUẬN', en: 'III. CONCLUSION' },
  'countRecord.col.no': { vi: 'STT', en: 'No.' },
  'countRecord.col.field': { vi: 'Nội dung', en: 'Item' },
  'countRecord.col.value': { vi: 'Số liệu', en: 'Figure' },
  'countRecord.ballots': { vi: '{count} phiếu', en: '{count} {count|ballot|ballots}' },
  'countRecord.delegates': { vi: '{count} đại biểu', en: '{count} {count|delegate|delegates}' },
  'countRecord.percentCell': { vi: '{percent} %', en: '{percent} %' },
  'countRecord.required': { vi: 'Số phiếu tối thiểu để trúng cử', en: 'Votes needed to be elected' },
  'countRecord.requiredValue': {
    vi: '{required} phiếu (quá một nửa {baseWord}: {base})',
    en: '{required} votes (more than half of the {baseWord}: {base})',
  },
  'countRecord.rule': { vi: 'Nguyên tắc trúng cử: {rule}. Căn cứ: {citation}.', en: 'Rule for election: {rule}. Basis: {citation}.' },
  'countRecord.ratingRule': {
    vi: 'Mỗi ô ghi số phiếu và tỷ lệ % so với tổng số đại biểu (N = {n}). Căn cứ: {citation}.',
    en: 'Each cell gives the ballots and their % of the total delegates (N = {n}). Basis: {citation}.',
  },
  'countRecord.ratingThresholds': {
    vi: 'Trên một nửa tổng số đại biểu: từ {half} phiếu; từ hai phần ba tổng số đại biểu: từ {twoThirds} phiếu.',
    en: 'More than half of the total delegates: {half} ballots or more; at least two thirds: {twoThirds} or more.',
  },
  'countRecord.needsLegalConfirmation': {
    vi: 'Lưu ý: căn cứ pháp lý của nguyên tắc này cần được xác nhận trước khi sử dụng chính thức.',
    en: 'Note: the legal basis of this rule needs legal confirmation before official use.',
  },
  'countRecord.col.name': { vi: 'Họ và tên', en: 'Full name' },
  'countRecord.col.votes': { vi: 'Số phiếu bầu', en: 'Votes' },
  'countRecord.col.percent': { vi: 'Tỷ lệ % so với {base}', en: '% of {base}' },
  'countRecord.col.result': { vi: 'Kết quả', en: 'Result' },
  'countRecord.levelCell': { vi: '{count} ({percent} %)', en: '{count} ({percent} %)' },
  'countRecord.nameWithTitle': { vi: '{name}, {title}', en: '{name}, {title}' },
  'countRecord.band.short.none': { vi: '—', en: '—' },
  'countRecord.band.short.mayResign': { vi: 'Có thể xin từ chức', en: 'May resign' },
  'countRecord.band.short.removal': { vi: 'Trình miễn nhiệm, bãi nhiệm', en: 'Proposal for removal' },
  'countRecord.electedList': {
    vi: 'Những người trúng cử ({elected}/{seats}), theo thứ tự số phiếu:',
    en: 'Elected ({elected} of {seats}), by votes:',
  },
  'countRecord.electedNone': { vi: 'Không có người nào trúng cử ở lần bầu này.', en: 'Nobody was elected in this round.' },
  'countRecord.electedEntry': {
    vi: '{no}. {name}: {votes} phiếu ({percent} %)',
    en: '{no}. {name}: {votes} {votes|vote|votes} ({percent} %)',
  },
  'countRecord.next': { vi: 'Bước tiếp theo: {text}.', en: 'Next: {text}.' },
  'countRecord.among': { vi: 'Danh sách bầu tiếp: {names}.', en: 'Candidates for the next round: {names}.' },
  'countRecord.bandList': {
    vi: 'Người có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp:',
    en: 'Office-holders rated low confidence by more than half of the total delegates:',
  },
  'countRecord.bandNone': {
    vi: 'Không có người nào có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp.',
    en: 'No office-holder was rated low confidence by more than half of the total delegates.',
  },
  'countRecord.bandEntry': {
    vi: '{name}: {low}/{n} phiếu tín nhiệm thấp ({percent} %). {band}.',
    en: '{name}: {low} of {n} low-confidence ratings ({percent} %). {band}.',
  },
  'countRecord.closed': {
    vi: 'Việc kiểm phiếu kết thúc vào hồi {time}. Biên bản được Ban kiểm phiếu thông qua và cùng ký tên dưới đây.',
    en: 'The count closed at {time}. The counting board adopted this record and signs it below.',
  },
  'countRecord.signTitle': { vi: 'BAN KIỂM PHIẾU', en: 'COUNTING BOARD' },
  'countRecord.signMember': { vi: 'Thành viên', en: 'Member' },
  'countRecord.signNote': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'countRecord.footer': {
    vi: 'Biên bản kiểm phiếu lập tự động từ kết quả đã ghi nhận trên máy chủ phòng họp',
    en: 'Vote-count record generated from the result stored on the meeting relay',
  },

  'rating.record.sheet.summary': { vi: 'Tổng hợp', en: 'Summary' },
  'rating.record.sheet.results': { vi: 'Kết quả', en: 'Results' },
  'rating.record.subject': { vi: 'Nội dung', en: 'Subject' },
  'rating.record.basis': { vi: 'Căn cứ', en: 'Legal basis' },
  'rating.record.people': { vi: 'Số người được lấy phiếu', en: 'Office-holders rated' },
  'rating.record.col.title': { vi: 'Chức vụ', en: 'Office' },
  'rating.record.col.count': { vi: '{level}: số phiếu', en: '{level}: ballots' },
  'rating.record.col.percent': { vi: '{level}: tỷ lệ % so với tổng số đại biểu', en: '{level}: % of the total delegates' },
  'rating.record.col.band': { vi: 'Kết quả', en: 'Result' },
  'record.count.noLiveView': {
    vi: 'Chưa có diễn biến trực tiếp của cuộc họp trên máy này: hãy kết nối với máy chủ phòng họp để lập biên bản kiểm phiếu.',
    en: 'This laptop has no live view of the meeting: connect to the meeting-room relay to make the vote-count record.',
  },
  'record.count.noClosedRound': {
    vi: 'Lần bỏ phiếu này chưa kết thúc hoặc chưa có kết quả kiểm phiếu.',
    en: 'This round is not closed yet or has no count.',
  },
  'eui.record.download': { vi: 'Tải biên bản kiểm phiếu (PDF, CSV)', en: 'Download the vote-count record (PDF, CSV)' },
  'eui.record.downloaded': { vi: 'Đã tải: {files}', en: 'Downloaded: {files}' },
} as const satisfies MessageTable;
