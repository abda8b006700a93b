import type { ElectionRuleDef, PassingRuleDef } from './rule-set';
import { LAW_72_FROM, LAW_77_FROM, LAW_77_TO, PARTY_BODIES, with72, with77 } from './rule-sources';

/*
 * Elections held in meetings, as dated rules (LEGAL-NOTES "Party election winner", "Extra candidates"). Party
 * congresses and committee plenums elect under Quyết định 190-QĐ/TW (10/10/2024); the People's Council elects
 * its officers with more than half of the total delegates (clause texts of the laws not verified: flagged).
 * People's Committees and standing bodies hold no elections: no rule, and the relay refuses to prepare one.
 */

export const QD_190_FROM = '2024-10-10';

const HDND_ELECTION_WORDING = {
  vi: 'Người được bầu phải được quá nửa tổng số đại biểu Hội đồng nhân dân tán thành.',
  en: 'A person is elected with more than half of the total delegates of the council.',
};

export const ELECTION_RULES: readonly ElectionRuleDef[] = [
  {
    id: 'party_election@190-2024',
    topic: 'election',
    bodyTypes: PARTY_BODIES,
    inForceFrom: QD_190_FROM,
    inForceTo: null,
    citation: { document: 'Quyết định số 190-QĐ/TW (Quy chế bầu cử trong Đảng)', article: '30', clause: null, issuedOn: QD_190_FROM },
    needsLegalConfirmation: false,
    base: 'valid_ballots',
    maxExtraPercent: 30,
    floorAgreementPercent: 30,
    wording: {
      vi: 'Người trúng cử phải được quá một nửa tổng số phiếu bầu hợp lệ; số dư không quá 30% số lượng cần bầu; người được đề cử tại hội nghị phải được trên 30% đại biểu đồng ý (Điều 14).',
      en: 'A winner needs more than half of the valid ballots; at most 30 % more candidates than seats; a floor nominee needs over 30 % agreement (Art. 14).',
    },
  },
  {
    id: 'hdnd_election@72-2025',
    topic: 'election',
    bodyTypes: ['hdnd'],
    inForceFrom: LAW_72_FROM,
    inForceTo: null,
    citation: with72(null),
    needsLegalConfirmation: true,
    base: 'total_members',
    maxExtraPercent: null,
    floorAgreementPercent: null,
    wording: HDND_ELECTION_WORDING,
  },
  {
    id: 'hdnd_election@77-2015',
    topic: 'election',
    bodyTypes: ['hdnd'],
    inForceFrom: LAW_77_FROM,
    inForceTo: LAW_77_TO,
    citation: with77(null),
    needsLegalConfirmation: true,
    base: 'total_members',
    maxExtraPercent: null,
    floorAgreementPercent: null,
    wording: HDND_ELECTION_WORDING,
  },
];

/**
 * Bỏ phiếu tín nhiệm (confidence vote) on one office-holder: a secret ballot "Tín nhiệm / Không tín nhiệm"; the
 * deciding option is the second: more than half of the total "Không tín nhiệm" means resignation or removal
 * (LEGAL-NOTES "Confidence vote", M: flagged). The chair opens one vote per person with this rule.
 */
const CONFIDENCE_OPTIONS = [
  { vi: 'Tín nhiệm', en: 'Confidence' },
  { vi: 'Không tín nhiệm', en: 'No confidence' },
] as const;
const CONFIDENCE_OUTCOME = {
  passed: {
    vi: 'Quá nửa tổng số không tín nhiệm: người được bỏ phiếu từ chức hoặc bị miễn nhiệm, bãi nhiệm',
    en: 'More than half of the total voted no confidence: resignation or removal follows',
  },
  notPassed: { vi: 'Chưa quá nửa tổng số không tín nhiệm', en: 'Not more than half of the total voted no confidence' },
};
const CONFIDENCE_LABEL = { vi: 'Quá nửa tổng số bỏ phiếu không tín nhiệm', en: 'More than half of the total vote no confidence' };
const CONFIDENCE_WORDING = {
  vi: 'Người được bỏ phiếu tín nhiệm có quá nửa tổng số đại biểu bỏ phiếu không tín nhiệm thì phải từ chức hoặc bị miễn nhiệm, bãi nhiệm.',
  en: 'An office-holder whom more than half of the total vote no confidence resigns or is removed.',
};

export const CONFIDENCE_VOTE_RULES: readonly PassingRuleDef[] = [
  {
    id: 'hdnd_confidence_vote@96-2023',
    ruleId: 'hdnd_confidence_vote',
    topic: 'passing',
    kind: 'more_than_half',
    base: 'total',
    bodyTypes: ['hdnd'],
    inForceFrom: '2023-06-23',
    inForceTo: null,
    citation: {
      document: 'Nghị quyết số 96/2023/QH15 về lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm',
      article: null,
      clause: null,
      issuedOn: '2023-06-23',
    },
    needsLegalConfirmation: true,
    label: CONFIDENCE_LABEL,
    wording: CONFIDENCE_WORDING,
    options: CONFIDENCE_OPTIONS,
    decidingOption: 1,
    secretOnly: true,
    outcome: CONFIDENCE_OUTCOME,
  },
  {
    id: 'party_confidence_vote@96-2023',
    ruleId: 'party_confidence_vote',
    topic: 'passing',
    kind: 'more_than_half',
    base: 'total',
    bodyTypes: PARTY_BODIES,
    inForceFrom: '2023-02-02',
    inForceTo: null,
    citation: {
      document: 'Quy định số 96-QĐ/TW về lấy phiếu tín nhiệm đối với chức vụ lãnh đạo',
      article: null,
      clause: null,
      issuedOn: '2023-02-02',
    },
    needsLegalConfirmation: true,
    label: CONFIDENCE_LABEL,
    wording: CONFIDENCE_WORDING,
    options: CONFIDENCE_OPTIONS,
    decidingOption: 1,
    secretOnly: true,
    outcome: CONFIDENCE_OUTCOME,
  },
];
