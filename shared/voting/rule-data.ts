import type { Citation, RuleDef, Text2 } from './rule-set';

/*
 * The built-in rules, from /work/shared/LEGAL-NOTES.md as checked late 2026. Where the notes do not verify the
 * article or its clause text, the rule says needsLegalConfirmation: true (tests/unit/rule-data.test.ts lists
 * them). The province's Department of Justice and the Party Organisation Board confirm before release; a
 * province changes or adds rules in its own file (rule-file.ts), never here.
 */

const LAW_72_2025: Citation = { document: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15', article: null, clause: null, issuedOn: '2025-06-16' };
const LAW_77_2015: Citation = { document: 'Luật Tổ chức chính quyền địa phương số 77/2015/QH13 (sửa đổi bởi Luật số 47/2019/QH14)', article: null, clause: null, issuedOn: '2015-06-19' };
const PARTY_CHARTER: Citation = { document: 'Điều lệ Đảng Cộng sản Việt Nam', article: '9', clause: '5', issuedOn: '2011-01-19' };
const QD_232: Citation = { document: 'Quy định số 232-QĐ/TW ngày 20/01/2025 thi hành Điều lệ Đảng', article: null, clause: null, issuedOn: '2025-01-20' };
const QD_24: Citation = { document: 'Quy định số 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng', article: '9', clause: '9.3.3', issuedOn: '2021-07-30' };
const WORKING_RULES_UBND: Citation = { document: 'Quy chế làm việc của Ủy ban nhân dân tỉnh', article: null, clause: null, issuedOn: null };
const HDND_RULES_OF_PROCEDURE: Citation = { document: 'Nội quy kỳ họp Hội đồng nhân dân tỉnh', article: null, clause: null, issuedOn: null };
const PARTY_WORKING_RULES: Citation = { document: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh', article: null, clause: null, issuedOn: null };

const LAW_72_FROM = '2025-07-01';
const LAW_77_FROM = '2016-01-01';
const LAW_77_TO = '2025-06-30';
const CHARTER_FROM = '2011-01-19';
const QD_24_FROM = '2021-07-30';
const QD_232_FROM = '2025-01-20';
const QD_24_TO = '2025-01-19';

const with72 = (article: string | null): Citation => ({ ...LAW_72_2025, article });
const with77 = (article: string | null): Citation => ({ ...LAW_77_2015, article });

const TWO_THIRDS_PRESENT: Text2 = { vi: 'Ít nhất hai phần ba tổng số thành viên đang đương nhiệm có mặt', en: 'At least two thirds of all sitting members present' };
const HDND_LABELS: readonly Text2[] = [
  { vi: 'Tán thành', en: 'In favour' },
  { vi: 'Không tán thành', en: 'Against' },
  { vi: 'Không biểu quyết', en: 'Abstain' },
];
const PARTY_LABELS: readonly Text2[] = [
  { vi: 'Đồng ý', en: 'Agree' },
  { vi: 'Không đồng ý', en: 'Disagree' },
];

const HDND_BODIES = ['hdnd'] as const;
const HDND_STANDING = ['thuong_truc_hdnd', 'ban_hdnd'] as const;
const PARTY_BODIES = ['bch_tinh_uy', 'ban_thuong_vu'] as const;

export const BUILTIN_RULES: readonly RuleDef[] = [
  // ---- HĐND (full council) ----
  {
    id: 'hdnd_quorum@72-2025', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72('34'), needsLegalConfirmation: true,
    label: { vi: 'Ít nhất hai phần ba tổng số đại biểu HĐND tham gia', en: 'At least two thirds of all delegates take part' },
    wording: { vi: 'Kỳ họp HĐND được tiến hành khi có ít nhất hai phần ba tổng số đại biểu HĐND tham gia.', en: 'An HĐND session proceeds when at least two thirds of all delegates take part.' },
  },
  {
    id: 'hdnd_quorum@77-2015', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77(null), needsLegalConfirmation: true,
    label: { vi: 'Ít nhất hai phần ba tổng số đại biểu HĐND tham gia', en: 'At least two thirds of all delegates take part' },
    wording: { vi: 'Kỳ họp HĐND được tiến hành khi có ít nhất hai phần ba tổng số đại biểu HĐND tham gia.', en: 'An HĐND session proceeds when at least two thirds of all delegates take part.' },
  },
  {
    id: 'hdnd_resolution@72-2025', ruleId: 'hdnd_resolution', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72('35'), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số đại biểu HĐND', en: 'More than half of all delegates' },
    wording: { vi: 'Nghị quyết của HĐND được thông qua khi có quá nửa tổng số đại biểu HĐND biểu quyết tán thành.', en: 'An HĐND resolution passes when more than half of all delegates vote in favour.' },
  },
  {
    id: 'hdnd_resolution@77-2015', ruleId: 'hdnd_resolution', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77(null), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số đại biểu HĐND', en: 'More than half of all delegates' },
    wording: { vi: 'Nghị quyết của HĐND được thông qua khi có quá nửa tổng số đại biểu HĐND biểu quyết tán thành.', en: 'An HĐND resolution passes when more than half of all delegates vote in favour.' },
  },
  {
    id: 'hdnd_dismissal@72-2025', ruleId: 'hdnd_dismissal', topic: 'passing', kind: 'at_least_two_thirds', base: 'total', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72('35'), needsLegalConfirmation: true,
    label: { vi: 'Ít nhất hai phần ba tổng số đại biểu HĐND', en: 'At least two thirds of all delegates' },
    wording: { vi: 'Nghị quyết bãi nhiệm đại biểu HĐND được thông qua khi có ít nhất hai phần ba tổng số đại biểu HĐND biểu quyết tán thành.', en: 'Dismissing a delegate needs at least two thirds of all delegates in favour.' },
  },
  {
    id: 'hdnd_dismissal@77-2015', ruleId: 'hdnd_dismissal', topic: 'passing', kind: 'at_least_two_thirds', base: 'total', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77(null), needsLegalConfirmation: true,
    label: { vi: 'Ít nhất hai phần ba tổng số đại biểu HĐND', en: 'At least two thirds of all delegates' },
    wording: { vi: 'Nghị quyết bãi nhiệm đại biểu HĐND được thông qua khi có ít nhất hai phần ba tổng số đại biểu HĐND biểu quyết tán thành.', en: 'Dismissing a delegate needs at least two thirds of all delegates in favour.' },
  },
  {
    id: 'hdnd_official_dismissal@72-2025', ruleId: 'hdnd_official_dismissal', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: HDND_BODIES,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72(null), needsLegalConfirmation: true,
    label: { vi: 'Miễn nhiệm, bãi nhiệm người do HĐND bầu: quá nửa tổng số đại biểu', en: 'Removing an official elected by the council: more than half of all delegates' },
    wording: { vi: 'Việc miễn nhiệm, bãi nhiệm người giữ chức vụ do HĐND bầu được thông qua khi có quá nửa tổng số đại biểu HĐND biểu quyết tán thành.', en: 'Removing an official the council elected needs more than half of all delegates in favour.' },
  },
  // ---- Thường trực HĐND and HĐND committees: collegial bodies of their own ----
  {
    id: 'hdnd_standing_quorum@72-2025', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: HDND_STANDING,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72(null), needsLegalConfirmation: true, label: TWO_THIRDS_PRESENT,
    wording: { vi: 'Phiên họp được tiến hành khi có ít nhất hai phần ba tổng số thành viên của chính cơ quan này tham dự.', en: 'A meeting proceeds with at least two thirds of this body’s own members.' },
  },
  {
    id: 'hdnd_standing_decision@72-2025', ruleId: 'standing_decision', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: HDND_STANDING,
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72(null), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số thành viên', en: 'More than half of all members' },
    wording: { vi: 'Quyết định được thông qua khi quá nửa tổng số thành viên của chính cơ quan này tán thành.', en: 'A decision passes with more than half of this body’s own members in favour.' },
  },
  {
    id: 'hdnd_standing_quorum@77-2015', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: HDND_STANDING,
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77(null), needsLegalConfirmation: true, label: TWO_THIRDS_PRESENT,
    wording: { vi: 'Phiên họp được tiến hành khi có ít nhất hai phần ba tổng số thành viên của chính cơ quan này tham dự.', en: 'A meeting proceeds with at least two thirds of this body’s own members.' },
  },
  {
    id: 'hdnd_standing_decision@77-2015', ruleId: 'standing_decision', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: HDND_STANDING,
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77(null), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số thành viên', en: 'More than half of all members' },
    wording: { vi: 'Quyết định được thông qua khi quá nửa tổng số thành viên của chính cơ quan này tán thành.', en: 'A decision passes with more than half of this body’s own members in favour.' },
  },
  // ---- UBND ----
  {
    id: 'ubnd_quorum@72-2025', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: ['ubnd'],
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72(null), needsLegalConfirmation: true,
    label: { vi: 'Ít nhất hai phần ba tổng số thành viên UBND tham dự', en: 'At least two thirds of all members attend' },
    wording: { vi: 'Phiên họp UBND được tiến hành khi có ít nhất hai phần ba tổng số thành viên UBND tham dự.', en: 'A committee meeting proceeds when at least two thirds of its members attend.' },
  },
  {
    id: 'ubnd_quorum@77-2015', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: ['ubnd'],
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77('114'), needsLegalConfirmation: false,
    label: { vi: 'Ít nhất hai phần ba tổng số thành viên UBND tham dự', en: 'At least two thirds of all members attend' },
    wording: { vi: 'Phiên họp UBND được tiến hành khi có ít nhất hai phần ba tổng số thành viên UBND tham dự.', en: 'A committee meeting proceeds when at least two thirds of its members attend.' },
  },
  {
    id: 'ubnd_decision@72-2025', ruleId: 'ubnd_decision', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: ['ubnd'],
    inForceFrom: LAW_72_FROM, inForceTo: null, citation: with72(null), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số thành viên UBND', en: 'More than half of all members' },
    wording: { vi: 'Quyết định của UBND phải được quá nửa tổng số thành viên UBND biểu quyết tán thành.', en: 'A committee decision needs more than half of all members in favour.' },
  },
  {
    id: 'ubnd_decision@77-2015', ruleId: 'ubnd_decision', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: ['ubnd'],
    inForceFrom: LAW_77_FROM, inForceTo: LAW_77_TO, citation: with77('114'), needsLegalConfirmation: true,
    label: { vi: 'Quá nửa tổng số thành viên UBND', en: 'More than half of all members' },
    wording: { vi: 'Quyết định của UBND phải được quá nửa tổng số thành viên UBND biểu quyết tán thành.', en: 'A committee decision needs more than half of all members in favour.' },
  },
  {
    id: 'ubnd_tie', topic: 'tie', resolve: 'head_side', bodyTypes: ['ubnd'],
    inForceFrom: LAW_77_FROM, inForceTo: null, citation: WORKING_RULES_UBND, needsLegalConfirmation: true,
    wording: { vi: 'Khi số phiếu tán thành và không tán thành ngang nhau (mỗi bên bằng một nửa tổng số thành viên) thì quyết định theo ý kiến mà Chủ tịch UBND đã biểu quyết.', en: 'On a tie (each side exactly half of all members) the side the Chairperson voted for prevails.' },
  },
  // ---- Party committees (BCH, Ban Thường vụ) ----
  {
    id: 'party_quorum', topic: 'quorum', kind: 'at_least_two_thirds', bodyTypes: PARTY_BODIES,
    inForceFrom: CHARTER_FROM, inForceTo: null, citation: PARTY_WORKING_RULES, needsLegalConfirmation: true, label: TWO_THIRDS_PRESENT,
    wording: { vi: 'Hội nghị cấp ủy hợp lệ khi có ít nhất hai phần ba tổng số cấp ủy viên được triệu tập tham dự.', en: 'A Party committee meeting is valid with at least two thirds of the members summoned present.' },
  },
  {
    id: 'party_resolution', ruleId: 'party_resolution', topic: 'passing', kind: 'more_than_half', base: 'total', bodyTypes: PARTY_BODIES,
    inForceFrom: CHARTER_FROM, inForceTo: null, citation: PARTY_CHARTER, needsLegalConfirmation: false,
    label: { vi: 'Quá nửa tổng số ủy viên', en: 'More than half of all members' },
    wording: { vi: 'Quyết định của cơ quan lãnh đạo của Đảng chỉ có giá trị khi có quá nửa số thành viên trong cơ quan tán thành.', en: 'A decision of a Party leading body is valid only with more than half of its members in favour.' },
  },
  {
    id: 'party_exclusions@24', topic: 'exclusions', bodyTypes: PARTY_BODIES, excluded: ['resigned', 'dismissed', 'died', 'transferred', 'suspended', 'prosecuted'],
    inForceFrom: QD_24_FROM, inForceTo: QD_24_TO, citation: QD_24, needsLegalConfirmation: false,
    wording: { vi: 'Số thành viên để tính là số cấp ủy viên đương nhiệm, trừ số cấp ủy viên chuyển sinh hoạt đảng tạm thời, bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam.', en: 'The base is the incumbent members less those temporarily transferred, suspended or prosecuted.' },
  },
  {
    id: 'party_exclusions@232', topic: 'exclusions', bodyTypes: PARTY_BODIES, excluded: ['resigned', 'dismissed', 'died', 'transferred', 'suspended', 'prosecuted'],
    inForceFrom: QD_232_FROM, inForceTo: null, citation: QD_232, needsLegalConfirmation: true,
    wording: { vi: 'Số thành viên để tính là số cấp ủy viên đương nhiệm, trừ các trường hợp Quy định 232-QĐ/TW loại trừ (cần đối chiếu).', en: 'The base is the incumbent members less the statuses Quy định 232-QĐ/TW excludes (to be checked).' },
  },
  {
    id: 'party_exclusions@old', topic: 'exclusions', bodyTypes: PARTY_BODIES, excluded: ['resigned', 'dismissed', 'died', 'transferred', 'suspended', 'prosecuted'],
    inForceFrom: CHARTER_FROM, inForceTo: '2021-07-29', citation: { ...PARTY_CHARTER, clause: null }, needsLegalConfirmation: true,
    wording: { vi: 'Số thành viên để tính là số cấp ủy viên đương nhiệm trừ các trường hợp loại trừ.', en: 'The base is the incumbent members less excluded statuses.' },
  },
  {
    id: 'party_labels', topic: 'labels', bodyTypes: PARTY_BODIES, options: PARTY_LABELS,
    inForceFrom: CHARTER_FROM, inForceTo: null, citation: PARTY_WORKING_RULES, needsLegalConfirmation: true,
    wording: { vi: 'Phiếu biểu quyết trong Đảng: Đồng ý / Không đồng ý.', en: 'Party ballots: Agree / Disagree.' },
  },
  // ---- State bodies: labels and who is "total" ----
  {
    id: 'state_labels', topic: 'labels', bodyTypes: ['hdnd', 'thuong_truc_hdnd', 'ban_hdnd', 'ubnd'], options: HDND_LABELS,
    inForceFrom: LAW_77_FROM, inForceTo: null, citation: HDND_RULES_OF_PROCEDURE, needsLegalConfirmation: true,
    wording: { vi: 'Biểu quyết điện tử: Tán thành / Không tán thành / Không biểu quyết; người không bấm là “Không tham gia biểu quyết”.', en: 'Electronic ballots: In favour / Against / Abstain; a member who did not vote “did not take part”.' },
  },
  {
    id: 'state_exclusions', topic: 'exclusions', bodyTypes: ['hdnd', 'thuong_truc_hdnd', 'ban_hdnd', 'ubnd'], excluded: ['resigned', 'dismissed', 'died', 'transferred'],
    inForceFrom: LAW_77_FROM, inForceTo: null, citation: { document: 'Nghị quyết số 96/2023/QH15 (cách tính “tổng số đại biểu” là số đang đương nhiệm)', article: null, clause: null, issuedOn: '2023-06-23' }, needsLegalConfirmation: true,
    wording: { vi: '“Tổng số” là số thành viên đang đương nhiệm: không tính người đã thôi, bị bãi nhiệm, từ trần hoặc chuyển công tác; người bị tạm đình chỉ vẫn được tính (cần xác nhận).', en: '“Total” is the members in office: those who resigned, were dismissed, died or moved are not counted; suspended members still count (to be confirmed).' },
  },
];
