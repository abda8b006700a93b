import type { MessageTable } from './types';

/** Rosters, the legal denominator, rule citations and vote outcomes (votes that stand up legally). */
export const legal = {
  'denominator.summary': { vi: 'N = {n} ({seated} thành viên; {list})', en: 'N = {n} ({seated} members; {list})' },
  'denominator.summaryNone': { vi: 'N = {n} ({seated} thành viên, không ai bị loại trừ)', en: 'N = {n} ({seated} members, none excluded)' },
  'denominator.group': { vi: '{count} {what} {month}', en: '{count} {what} {month}' },
  'denominator.fromInvitations': {
    vi: 'Cảnh báo: gói cuộc họp không có danh sách thành viên theo nhiệm kỳ; N tạm tính theo danh sách triệu tập.',
    en: 'Warning: the meeting package has no term roster; N was taken from the invitation list.',
  },
  'roster.end.resigned': { vi: 'thôi nhiệm vụ', en: 'resigned' },
  'roster.end.dismissed': { vi: 'bị bãi nhiệm, miễn nhiệm', en: 'dismissed' },
  'roster.end.died': { vi: 'từ trần', en: 'deceased' },
  'roster.end.transferred': { vi: 'chuyển công tác', en: 'transferred' },
  'roster.end.suspended': { vi: 'bị tạm đình chỉ', en: 'suspended' },
  'roster.end.prosecuted': { vi: 'bị khởi tố', en: 'prosecuted' },
  'roster.start.elected': { vi: 'Trúng cử', en: 'Elected' },
  'roster.start.by_election': { vi: 'Bầu bổ sung', en: 'By-election' },
  'roster.start.appointed': { vi: 'Được chỉ định, bổ nhiệm', en: 'Appointed' },
  'roster.start.merged': { vi: 'Hợp nhất từ cơ quan cũ', en: 'Joined in a merger' },
  'outcome.passed': { vi: 'Thông qua', en: 'Passed' },
  'error.legal.secretRequired': {
    vi: 'Câu hỏi này phải biểu quyết bằng hình thức bỏ phiếu kín.',
    en: 'This question must be decided by secret ballot.',
  },
  'outcome.notPassed': { vi: 'Không thông qua', en: 'Not passed' },
  'outcome.invalid': { vi: 'Không hợp lệ (mở khi chưa đủ số thành viên có mặt theo quy định)', en: 'Invalid (opened without quorum)' },
  'outcome.passedByTie': {
    vi: 'Thông qua (hai bên ngang nhau, theo ý kiến của Chủ tịch)',
    en: 'Passed (tie decided by the Chairperson’s side)',
  },
  'basis.title': { vi: 'Căn cứ pháp lý của biểu quyết', en: 'Legal basis of the vote' },
  'basis.denominator': { vi: 'Mẫu số: {text}', en: 'Denominator: {text}' },
  'basis.exclusion': { vi: '{name}: {what} từ {date}{reason}', en: '{name}: {what} since {date}{reason}' },
  'basis.keptInN': { vi: '{name}: {what} từ {date} (vẫn tính vào N)', en: '{name}: {what} since {date} (still in N)' },
  'basis.quorum': {
    vi: 'Có mặt lúc mở: {present}/{total}, cần {required} — {state}',
    en: 'Present at opening: {present}/{total}, {required} needed — {state}',
  },
  'basis.quorumMet': { vi: 'đủ điều kiện', en: 'quorum' },
  'basis.quorumNotMet': { vi: 'không đủ điều kiện', en: 'no quorum' },
  'basis.rule': { vi: 'Điều kiện thông qua: {text}', en: 'Passing rule: {text}' },
  'basis.quorumRule': { vi: 'Điều kiện tiến hành: {text}', en: 'Quorum rule: {text}' },
  'basis.tieRule': { vi: 'Trường hợp ngang nhau: {text}', en: 'Tie: {text}' },
  'basis.inForce': { vi: '(hiệu lực từ {from})', en: '(in force from {from})' },
  'basis.fromInvitations': {
    vi: 'N tạm tính theo danh sách triệu tập (gói cuộc họp không có danh sách thành viên theo nhiệm kỳ).',
    en: 'N taken from the invitation list (the package has no term roster).',
  },
  'vote.revote': { vi: 'Biểu quyết lại', en: 'Re-vote' },
  'vote.revoteOf': { vi: 'Biểu quyết lại (lần {round})', en: 'Re-vote (round {round})' },
  'vote.notParticipated': { vi: 'Không tham gia biểu quyết', en: 'Did not take part in the vote' },
  'vote.round': { vi: 'Biểu quyết lại lần {round}', en: 'Re-vote, round {round}' },
  'rule.needsConfirmation': { vi: 'Cần xác nhận pháp lý', en: 'Needs legal confirmation' },
  'rule.citation': { vi: 'Căn cứ: {text}', en: 'Legal basis: {text}' },
  'rule.inForce': { vi: 'Hiệu lực từ {from}', en: 'In force from {from}' },
  'quorum.sources': {
    vi: 'Điểm danh trên máy: {laptop} · Thư ký ghi nhận: {secretariat} · Máy mất kết nối (vẫn có mặt): {offline}',
    en: 'Checked in on laptop: {laptop} · By the secretariat: {secretariat} · Laptop offline (still present): {offline}',
  },
  'attendance.source.laptop': { vi: 'Điểm danh trên máy', en: 'Checked in on laptop' },
  'attendance.source.secretariat': { vi: 'Thư ký ghi nhận', en: 'Checked in by the secretariat' },
  'attendance.source.offline': { vi: 'Máy mất kết nối (vẫn có mặt)', en: 'Laptop offline (still present)' },
  'error.legal.noRoster': {
    vi: 'Không có danh sách thành viên đương nhiệm của cơ quan vào ngày {date}; không thể tính mẫu số N.',
    en: 'No roster of members in office on {date}; N cannot be computed.',
  },
  'error.legal.noRuleInForce': {
    vi: 'Không có quy định về “{topic}” có hiệu lực ngày {date} cho cơ quan này.',
    en: 'No “{topic}” rule is in force on {date} for this body.',
  },
  'error.legal.unknownRule': {
    vi: 'Quy tắc thông qua “{ruleId}” không có hiệu lực cho cơ quan này vào ngày họp.',
    en: 'Passing rule “{ruleId}” is not in force for this body on the meeting date.',
  },
  'error.legal.noQuorum': {
    vi: 'Chưa đủ số thành viên có mặt theo quy định (có mặt {present}/{total}, cần ít nhất {required}); chưa thể mở biểu quyết.',
    en: 'No quorum ({present}/{total} present, at least {required} needed); the vote cannot open.',
  },
  'error.legal.revoteNotFound': { vi: 'Không tìm thấy cuộc biểu quyết cần biểu quyết lại.', en: 'The vote to repeat was not found.' },
  'error.legal.revoteNotClosed': {
    vi: 'Chỉ biểu quyết lại một nội dung đã kết thúc biểu quyết.',
    en: 'Only a closed vote can be repeated.',
  },
  'error.legal.revoteSuperseded': {
    vi: 'Nội dung này đã được biểu quyết lại; hãy biểu quyết lại từ lần gần nhất.',
    en: 'This vote was already repeated; repeat the latest round.',
  },
  'error.legal.ruleFileMissing': { vi: 'Không tìm thấy tệp quy định của tỉnh: {file}', en: 'The province rule file was not found: {file}' },
  'error.legal.ruleFile': {
    vi: 'Tệp quy định của tỉnh không hợp lệ tại {path}: {problem}',
    en: 'The province rule file is invalid at {path}: {problem}',
  },
} as const satisfies MessageTable;

/** Roster CSV import: one message per problem, reported with the spreadsheet line. */
export const rosterCsv = {
  'rosterCsv.malformed': {
    vi: 'Tệp CSV bị lỗi định dạng (dấu ngoặc kép không đóng?).',
    en: 'The CSV file is malformed (an unclosed quote?).',
  },
  'rosterCsv.empty': { vi: 'Tệp CSV trống.', en: 'The CSV file is empty.' },
  'rosterCsv.missingColumns': {
    vi: 'Dòng tiêu đề cần có cột "ho_ten" và "ngay_bat_dau".',
    en: 'The header needs the columns "ho_ten" and "ngay_bat_dau".',
  },
  'rosterCsv.noName': { vi: 'Thiếu họ và tên.', en: 'Full name is missing.' },
  'rosterCsv.badDate': {
    vi: 'Cột {column}: "{value}" không phải ngày hợp lệ (dd/mm/yyyy).',
    en: 'Column {column}: "{value}" is not a valid date (dd/mm/yyyy).',
  },
  'rosterCsv.badStartKind': {
    vi: 'Hình thức "{value}" không hợp lệ (trúng cử, bầu bổ sung, chỉ định, hợp nhất).',
    en: 'Start "{value}" is not valid (elected, by-election, appointed, merged).',
  },
  'rosterCsv.badEndKind': {
    vi: 'Lý do kết thúc "{value}" không hợp lệ (thôi nhiệm vụ, bãi nhiệm, từ trần, chuyển công tác, tạm đình chỉ, khởi tố).',
    en: 'End "{value}" is not valid (resigned, dismissed, died, transferred, suspended, prosecuted).',
  },
  'rosterCsv.endPair': { vi: 'Ngày kết thúc và lý do kết thúc phải đi cùng nhau.', en: 'End date and end reason go together.' },
  'rosterCsv.endBeforeStart': { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: 'The end date is before the start date.' },
  'rosterCsv.badLifted': {
    vi: 'Ngày phục hồi chỉ dùng cho trường hợp tạm đình chỉ hoặc khởi tố, và phải là ngày hợp lệ.',
    en: 'A lifted date only applies to a suspension or prosecution and must be a valid date.',
  },
  'rosterCsv.duplicate': { vi: '"{who}" xuất hiện hai lần trong tệp.', en: '"{who}" appears twice in the file.' },
  'rosterCsv.twoHeads': {
    vi: 'Chỉ một người được đánh dấu là Chủ tịch (người đứng đầu).',
    en: 'Only one person can be marked as the head.',
  },
  'rosterCsv.unknownUser': { vi: 'Không có tài khoản "{username}".', en: 'There is no account "{username}".' },
  'rosterCsv.hasProblems': {
    vi: 'Tệp còn {count} lỗi; hãy sửa rồi nhập lại. Chưa có thay đổi nào được ghi.',
    en: 'The file still has {count} problems; fix them and import again. Nothing was changed.',
  },
  'error.bodies.notFound': { vi: 'Không tìm thấy cơ quan hoặc nhiệm kỳ.', en: 'Body or term not found.' },
  'error.bodies.forbidden': { vi: 'Chỉ thư ký mới được cập nhật danh sách thành viên.', en: 'Only the secretariat may change the roster.' },
  'error.bodies.invalid': { vi: 'Dữ liệu không hợp lệ: {field}.', en: 'Invalid data: {field}.' },
} as const satisfies MessageTable;
