import type { ElectionRuleDef } from './rule-set';
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
