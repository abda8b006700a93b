import type { Citation, Text2 } from './rule-set';

/** The documents the built-in rules cite, their dates in force, and shared wording (rule-data.ts). */
export const LAW_72_2025: Citation = {
  document: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
  article: null,
  clause: null,
  issuedOn: '2025-06-16',
};
export const LAW_77_2015: Citation = {
  document: 'Luật Tổ chức chính quyền địa phương số 77/2015/QH13 (sửa đổi bởi Luật số 47/2019/QH14)',
  article: null,
  clause: null,
  issuedOn: '2015-06-19',
};
export const PARTY_CHARTER: Citation = { document: 'Điều lệ Đảng Cộng sản Việt Nam', article: '9', clause: '5', issuedOn: '2011-01-19' };
export const QD_232: Citation = {
  document: 'Quy định số 232-QĐ/TW ngày 20/01/2025 thi hành Điều lệ Đảng',
  article: null,
  clause: null,
  issuedOn: '2025-01-20',
};
export const QD_24: Citation = {
  document: 'Quy định số 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng',
  article: '9',
  clause: '9.3.3',
  issuedOn: '2021-07-30',
};
export const WORKING_RULES_UBND: Citation = {
  document: 'Quy chế làm việc của Ủy ban nhân dân tỉnh',
  article: null,
  clause: null,
  issuedOn: null,
};
export const HDND_RULES_OF_PROCEDURE: Citation = {
  document: 'Nội quy kỳ họp Hội đồng nhân dân tỉnh',
  article: null,
  clause: null,
  issuedOn: null,
};
export const PARTY_WORKING_RULES: Citation = {
  document: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh',
  article: null,
  clause: null,
  issuedOn: null,
};

export const LAW_72_FROM = '2025-07-01';
export const LAW_77_FROM = '2016-01-01';
export const LAW_77_TO = '2025-06-30';
export const CHARTER_FROM = '2011-01-19';
export const QD_24_FROM = '2021-07-30';
export const QD_232_FROM = '2025-01-20';
export const QD_24_TO = '2025-01-19';

export const with72 = (article: string | null): Citation => ({ ...LAW_72_2025, article });
export const with77 = (article: string | null): Citation => ({ ...LAW_77_2015, article });

export const TWO_THIRDS_PRESENT: Text2 = {
  vi: 'Ít nhất hai phần ba tổng số thành viên đang đương nhiệm có mặt',
  en: 'At least two thirds of all sitting members present',
};
export const HDND_LABELS: readonly Text2[] = [
  { vi: 'Tán thành', en: 'In favour' },
  { vi: 'Không tán thành', en: 'Against' },
  { vi: 'Không biểu quyết', en: 'Abstain' },
];
export const PARTY_LABELS: readonly Text2[] = [
  { vi: 'Đồng ý', en: 'Agree' },
  { vi: 'Không đồng ý', en: 'Disagree' },
];

export const HDND_BODIES = ['hdnd'] as const;
export const HDND_STANDING = ['thuong_truc_hdnd', 'ban_hdnd'] as const;
export const PARTY_BODIES = ['bch_tinh_uy', 'ban_thuong_vu'] as const;
