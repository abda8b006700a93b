import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import type { BodyKind } from '../../shared/model/bodies';
import { assertNever } from '../../shared/util/result';
import { vnDateWords } from '../common/pdf-layout/vn-date';

/*
 * The administrative heading of a record (Nghị định 30/2020/NĐ-CP for state bodies; the Party's own layout for
 * the Tỉnh ủy): issuing body and number on the left, national name and motto (or "ĐẢNG CỘNG SẢN VIỆT NAM") and
 * place/date on the right. The minutes and the biên bản kiểm phiếu share it. The number is left blank for the
 * secretariat to fill in.
 */

export type RecordHeader = {
  style: 'state' | 'party';
  parentAgency: string;
  agency: string[];
  number: string;
  placeDate: string;
  province: string;
};

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

/** `isoDate`: "2026-12-01"; `province`: "Thái Nguyên" ('' prints "…" in the date line and leaves the name out). */
export function recordHeader(kind: BodyKind, province: string, isoDate: string): RecordHeader {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  const placeDate = tv('recordHeader.placeDate', { place: province || '…', date: vnDateWords({ year: y, month: mo, day: d }) });
  const P = province.toLocaleUpperCase('vi');
  const base = { placeDate, province };
  switch (kind) {
    case 'tinh_uy':
      return {
        ...base,
        style: 'party',
        parentAgency: tv('recordHeader.party.parent', { province: P }),
        agency: [tv('recordHeader.party.agency')],
        number: tv('recordHeader.party.number'),
      };
    case 'hdnd':
      return {
        ...base,
        style: 'state',
        parentAgency: '',
        agency: [tv('recordHeader.hdnd.agency'), tv('recordHeader.province', { province: P })],
        number: tv('recordHeader.hdnd.number'),
      };
    case 'ubnd':
      return {
        ...base,
        style: 'state',
        parentAgency: '',
        agency: [tv('recordHeader.ubnd.agency'), tv('recordHeader.province', { province: P })],
        number: tv('recordHeader.ubnd.number'),
      };
    default:
      return assertNever(kind, 'body kind');
  }
}
