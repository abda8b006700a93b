import type { Article } from '../lib/articles';
import type { DocSpec } from '../../electron/common/pdf-layout/spec';
import { baoCaoPhongHop } from './bao-cao-phong-hop';
import { baoCaoThamTra } from './bao-cao-tham-tra';
import { duThaoNghiQuyet } from './du-thao-nghi-quyet';
import { giaiTrinh } from './giai-trinh';
import { taiLieuThamKhao } from './tai-lieu-tham-khao';
import { toTrinhChuyenDoiSo } from './to-trinh';
import { toTrinhNhanSu } from './to-trinh-nhan-su';

/** Every document of the demo meeting, in agenda order. */
export function allDocSpecs(articles: Article[]): DocSpec[] {
  const toTrinh = toTrinhChuyenDoiSo();
  const duThao = duThaoNghiQuyet();
  return [toTrinh, duThao, taiLieuThamKhao(articles, [toTrinh, duThao]), baoCaoThamTra(), baoCaoPhongHop(), giaiTrinh(), toTrinhNhanSu()];
}
