import type { AdminHeaderBlock, DocDate } from '../../electron/common/pdf-layout/spec';
import { vnDateWords } from '../../electron/common/pdf-layout/vn-date';

/*
 * Facts shared by the demo documents and seeds/demo-meeting.json. Numbers, dates and people are
 * fictional; quoted sentences come from the articles in seeds/articles.
 */
export const PLACE = 'Thái Nguyên';
export const SESSION = {
  /** Kept equal to the meeting in demo-meeting.json. */
  name: 'Kỳ họp thứ 9 (chuyên đề)',
  nameUpper: 'KHÓA XIV, KỲ HỌP THỨ 9 (CHUYÊN ĐỀ)',
  date: { year: 2022, month: 9, day: 20 } satisfies DocDate,
};

export const PROGRAMME = 'Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030';

/** Fictional office holders; each is also an account in demo-meeting.json. */
export const PEOPLE = {
  hdndChair: 'Lưu Quang Tiến',
  ubndChair: 'Vũ Đình Nghĩa',
  ubndViceChair: 'Hoàng Quốc Ân',
  ktnsHead: 'Nguyễn Văn Đức',
  ictDirector: 'Trần Thị Minh Ánh',
} as const;

export const NUMBERS = {
  toTrinh: 'Số: 125/TTr-UBND',
  toTrinhRef: 'Tờ trình số 125/TTr-UBND ngày 05/9/2022',
  nghiQuyet: 'Số:        /2022/NQ-HĐND',
  thamTra: 'Số: 48/BC-KTNS',
  thamTraRef: 'Báo cáo thẩm tra số 48/BC-KTNS ngày 12/9/2022',
  phongHop: 'Số: 210/BC-STTTT',
  nhanSu: 'Số: 130/TTr-UBND',
  giaiTrinh: 'Số: 131/BC-UBND',
};

export const dateLine = (d: DocDate): string => `${PLACE}, ${vnDateWords(d)}`;

export const ubndHeader = (number: string, d: DocDate): AdminHeaderBlock => ({
  kind: 'adminHeader',
  parentAgency: '',
  agency: ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'],
  number,
  dateLine: dateLine(d),
});

export const hdndHeader = (number: string, dateText: string): AdminHeaderBlock => ({
  kind: 'adminHeader',
  parentAgency: '',
  agency: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH THÁI NGUYÊN'],
  number,
  dateLine: dateText,
});

export const ktnsHeader = (number: string, d: DocDate): AdminHeaderBlock => ({
  kind: 'adminHeader',
  parentAgency: 'HĐND TỈNH THÁI NGUYÊN',
  agency: ['BAN KINH TẾ - NGÂN SÁCH'],
  number,
  dateLine: dateLine(d),
});

export const ictHeader = (number: string, d: DocDate): AdminHeaderBlock => ({
  kind: 'adminHeader',
  parentAgency: 'UBND TỈNH THÁI NGUYÊN',
  agency: ['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG'],
  number,
  dateLine: dateLine(d),
});

/** Legal bases cited by the HĐND documents (real laws; the provincial documents are fictional). */
export const LEGAL_BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;',
  'Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;',
  'Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”;',
];

export const PARTY_RESOLUTION =
  'Nghị quyết số 01-NQ/TU ngày 31/12/2020 của Ban Chấp hành Đảng bộ tỉnh về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030';
