import type { MessageTable } from './types';

/** The draft resolution confirming a confidence rating's result (electron/record/rating-resolution-doc.ts). */
export const ratingResolution = {
  'ratingResolution.draft': { vi: 'DỰ THẢO', en: 'DRAFT' },
  'ratingResolution.footer': {
    vi: 'Dự thảo lập tự động từ kết quả kiểm phiếu đã ghi nhận trên máy chủ phòng họp',
    en: 'Draft made automatically from the count recorded on the meeting-room relay',
  },
  'ratingResolution.title': { vi: 'NGHỊ QUYẾT', en: 'RESOLUTION' },
  'ratingResolution.subtitle': {
    vi: 'Xác nhận kết quả lấy phiếu tín nhiệm đối với người giữ chức vụ do {body} bầu',
    en: 'Confirming the confidence rating of the office-holders elected by {body}',
  },
  'ratingResolution.bodyLine': { vi: '{body} {term} — {session}', en: '{body} {term} — {session}' },
  'ratingResolution.basisLaw': { vi: 'Căn cứ {citation};', en: 'Having regard to {citation};' },
  'ratingResolution.basisCount': {
    vi: 'Căn cứ kết quả kiểm phiếu lấy phiếu tín nhiệm ngày {date} (tổng số đại biểu N = {n}; số phiếu thu vào: {ballots}; số phiếu hợp lệ: {valid}),',
    en: 'Having regard to the count of the confidence rating of {date} (total delegates N = {n}; ballots returned: {ballots}; valid: {valid}),',
  },
  'ratingResolution.resolves': { vi: 'QUYẾT NGHỊ:', en: 'RESOLVES:' },
  'ratingResolution.article1': { vi: 'Điều 1.', en: 'Article 1.' },
  'ratingResolution.article1Text': {
    vi: 'Xác nhận kết quả lấy phiếu tín nhiệm như sau (số phiếu và tỷ lệ % so với tổng số đại biểu N = {n}):',
    en: 'The result of the confidence rating is confirmed as follows (ballots and % of the total delegates N = {n}):',
  },
  'ratingResolution.article2': { vi: 'Điều 2.', en: 'Article 2.' },
  'ratingResolution.article2Entry': {
    vi: '{name}: {low}/{n} phiếu tín nhiệm thấp ({percent}%) — {band}.',
    en: '{name}: {low}/{n} low-confidence ballots ({percent}%) — {band}.',
  },
  'ratingResolution.article2None': {
    vi: 'Không có người nào có quá nửa tổng số đại biểu đánh giá tín nhiệm thấp.',
    en: 'Nobody was rated low confidence by more than half of the total delegates.',
  },
  'ratingResolution.article3': { vi: 'Điều 3.', en: 'Article 3.' },
  'ratingResolution.article3Text': {
    vi: 'Nghị quyết này được {body} thông qua và có hiệu lực từ ngày thông qua.',
    en: 'This resolution is adopted by {body} and takes effect on the day of its adoption.',
  },
} as const satisfies MessageTable;
