import { b, bi, i, para, paraRuns, r, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { LEGAL_BASES, NUMBERS, PEOPLE, ubndHeader } from './common';

const DATE = { year: 2022, month: 9, day: 9 };

/** A short confidential (mật) personnel proposal; the nominee is fictional. */
export function toTrinhNhanSu(): DocSpec {
  return {
    fileName: 'to-trinh-nhan-su-mat.pdf',
    title: 'Tờ trình về việc giới thiệu nhân sự bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 (MẬT)',
    author: 'Ủy ban nhân dân tỉnh Thái Nguyên',
    subject: 'Tài liệu mật về nhân sự (tài liệu mô phỏng, nhân sự hư cấu)',
    keywords: ['mật', 'nhân sự', 'tờ trình', 'Thái Nguyên'],
    created: DATE,
    blocks: [
      { kind: 'stamp', text: 'MẬT', side: 'left', color: 'red' },
      ubndHeader(NUMBERS.nhanSu, DATE),
      { kind: 'title', lines: ['TỜ TRÌNH'] },
      { kind: 'centered', runs: [b('Về việc giới thiệu nhân sự để Hội đồng nhân dân tỉnh bầu bổ sung')] },
      { kind: 'centered', runs: [b('Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026')], spaceAfter: 10 },
      { kind: 'centered', runs: [r('Kính gửi: Hội đồng nhân dân tỉnh Thái Nguyên.')], spaceAfter: 10 },
      paraRuns([i(LEGAL_BASES[0]!)]),
      paraRuns([i('Căn cứ kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ (văn bản giả định dùng cho trình diễn);')]),
      para(
        'Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 đối với:',
      ),
      {
        kind: 'table',
        columns: [
          { title: 'Nội dung', width: 2.2 },
          { title: 'Thông tin', width: 5 },
        ],
        rows: [
          ['Họ và tên', 'Ông Hà Minh Khôi'],
          ['Năm sinh', '1978'],
          ['Quê quán', 'Xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên'],
          ['Trình độ chuyên môn', 'Thạc sĩ Quản lý công'],
          ['Lý luận chính trị', 'Cao cấp'],
          ['Chức vụ hiện nay', 'Tỉnh ủy viên, Giám đốc Sở Nội vụ'],
        ],
      },
      para(
        'Qua quá trình công tác, đồng chí Hà Minh Khôi có phẩm chất chính trị vững vàng, đạo đức, lối sống trong sáng; có năng lực, kinh nghiệm trong lĩnh vực tổ chức bộ máy, cải cách hành chính và xây dựng chính quyền số; đáp ứng tiêu chuẩn, điều kiện theo quy định.',
      ),
      para('Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.'),
      paraRuns([bi('Lưu ý: '), i('Tài liệu mật, chỉ gửi đại biểu theo danh sách; không sao chụp, không chuyển tiếp.')], { indent: 0 }),
      {
        kind: 'signature',
        recipients: ['- Như trên;', '- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;', '- Lưu: VT, NC (02 bản).'],
        lines: [[b('TM. ỦY BAN NHÂN DÂN')], [b('CHỦ TỊCH')], [], [bi('(Đã ký)')], [], [b(PEOPLE.ubndChair)]],
      },
    ],
  };
}
