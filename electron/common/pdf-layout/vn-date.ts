import type { DocDate } from './spec';

/**
 * "ngày 05 tháng 9 năm 2022": Nghị định 30/2020/NĐ-CP writes days below 10 and the months 1 and 2 with a
 * leading zero (so "tháng 01" cannot be misread as "tháng 10" once a digit is added by hand).
 */
export function vnDateWords(d: DocDate): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "05/9/2022" style, used inside running text. */
export function vnDateShort(d: DocDate): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  return `${day}/${d.month}/${d.year}`;
}

/** A fixed UTC instant for PDF metadata (08:00 Hà Nội time on that day). */
export function toUtcDate(d: DocDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 1, 0, 0));
}
