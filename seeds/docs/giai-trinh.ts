import { b, bi, para, r, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { NUMBERS, PEOPLE, ubndHeader } from './common';

const DATE = { year: 2022, month: 9, day: 14 };

/** UBND's reply to the committee's review; shared only with the committee members (visibility by delegate). */
export function giaiTrinh(): DocSpec {
  return {
    fileName: 'giai-trinh-tiep-thu-tham-tra.pdf',
    title: 'Báo cáo giải trình, tiếp thu ý kiến thẩm tra đối với dự thảo Nghị quyết về Chương trình chuyển đổi số',
    author: 'Ủy ban nhân dân tỉnh Thái Nguyên',
    subject: 'Báo cáo giải trình gửi thành viên Ban Kinh tế - Ngân sách (tài liệu mô phỏng)',
    keywords: ['giải trình', 'tiếp thu', 'thẩm tra', 'chuyển đổi số'],
    created: DATE,
    blocks: [
      ubndHeader(NUMBERS.giaiTrinh, DATE),
      { kind: 'title', lines: ['BÁO CÁO'] },
      { kind: 'centered', runs: [b('Giải trình, tiếp thu ý kiến thẩm tra của Ban Kinh tế - Ngân sách')] },
      { kind: 'centered', runs: [b('đối với dự thảo Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên')], spaceAfter: 10 },
      { kind: 'centered', runs: [r('Kính gửi: Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.')], spaceAfter: 10 },
      para(
        `Ủy ban nhân dân tỉnh đã nhận được ${NUMBERS.thamTraRef} của Ban Kinh tế - Ngân sách. Ủy ban nhân dân tỉnh tiếp thu, giải trình như sau:`,
      ),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.6, align: 'center' },
          { title: 'Ý kiến thẩm tra', width: 3.6 },
          { title: 'Tiếp thu, giải trình', width: 4.2 },
        ],
        rows: [
          [
            '1',
            'Nghị quyết cần làm rõ những khái niệm cơ bản về chuyển đổi số.',
            'Tiếp thu: bổ sung phần giải thích từ ngữ (chính quyền số, kinh tế số, xã hội số, doanh nghiệp số) vào Điều 1 của dự thảo.',
          ],
          [
            '2',
            'Quan tâm phát triển doanh nghiệp số, ưu tiên chuyển đổi số trong lĩnh vực thương mại dịch vụ.',
            'Tiếp thu: bổ sung nhiệm vụ hỗ trợ doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử và thanh toán không dùng tiền mặt.',
          ],
          [
            '3',
            'Bổ sung lộ trình để đạt mục tiêu trên 700 doanh nghiệp số vào năm 2025.',
            'Giải trình: lộ trình theo từng năm sẽ được quy định trong kế hoạch thực hiện của Ủy ban nhân dân tỉnh, báo cáo Hội đồng nhân dân tỉnh tại kỳ họp cuối năm.',
          ],
          [
            '4',
            'Làm rõ cơ cấu nguồn vốn ngân sách và nguồn xã hội hóa.',
            'Tiếp thu: bổ sung khoản 1 và khoản 2 Điều 2 của dự thảo; ưu tiên hạ tầng số dùng chung và an toàn thông tin mạng.',
          ],
        ],
      },
      para('Ủy ban nhân dân tỉnh kính báo cáo Ban Kinh tế - Ngân sách xem xét./.'),
      {
        kind: 'signature',
        recipients: ['- Như trên;', '- Thường trực HĐND tỉnh;', '- Lưu: VT.'],
        lines: [[b('TM. ỦY BAN NHÂN DÂN')], [b('KT. CHỦ TỊCH')], [b('PHÓ CHỦ TỊCH')], [], [bi('(Đã ký)')], [], [b(PEOPLE.ubndViceChair)]],
      },
    ],
  };
}
