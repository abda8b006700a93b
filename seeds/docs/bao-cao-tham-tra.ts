import { b, bi, heading, item, para, r, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { ktnsHeader, NUMBERS, PEOPLE, PROGRAMME } from './common';

const DATE = { year: 2022, month: 9, day: 12 };

/** Báo cáo thẩm tra of the HĐND economic-budget committee on the Tờ trình and the draft resolution. */
export function baoCaoThamTra(): DocSpec {
  return {
    fileName: 'bao-cao-tham-tra-chuyen-doi-so.pdf',
    title: `Báo cáo thẩm tra Tờ trình và dự thảo Nghị quyết về ${PROGRAMME}`,
    author: 'Ban Kinh tế - Ngân sách HĐND tỉnh Thái Nguyên',
    subject: 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách (tài liệu mô phỏng)',
    keywords: ['báo cáo thẩm tra', 'Ban Kinh tế - Ngân sách', 'chuyển đổi số', 'Thái Nguyên'],
    created: DATE,
    blocks: [
      ktnsHeader(NUMBERS.thamTra, DATE),
      { kind: 'title', lines: ['BÁO CÁO THẨM TRA'] },
      { kind: 'centered', runs: [b('Tờ trình và dự thảo Nghị quyết về Chương trình chuyển đổi số')] },
      { kind: 'centered', runs: [b('tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030')], spaceAfter: 10 },
      { kind: 'centered', runs: [r('Kính gửi: Hội đồng nhân dân tỉnh Thái Nguyên.')], spaceAfter: 10 },
      para(
        `Thực hiện sự phân công của Thường trực Hội đồng nhân dân tỉnh, Ban Kinh tế - Ngân sách đã tổ chức thẩm tra ${NUMBERS.toTrinhRef} của Ủy ban nhân dân tỉnh và dự thảo Nghị quyết kèm theo. Tham dự cuộc họp thẩm tra có đại diện Thường trực Hội đồng nhân dân tỉnh, lãnh đạo Sở Thông tin và Truyền thông, Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Tư pháp. Ban Kinh tế - Ngân sách báo cáo kết quả thẩm tra như sau:`,
      ),

      heading('I. SỰ CẦN THIẾT, CƠ SỞ PHÁP LÝ VÀ THẨM QUYỀN BAN HÀNH', 2),
      para(
        'Ban Kinh tế - Ngân sách nhất trí với sự cần thiết ban hành Nghị quyết. Việc xây dựng Nghị quyết về nội dung này là quyết định đúng đắn, nhanh nhạy và bám sát tình hình thực tiễn, cụ thể hóa Nghị quyết số 01-NQ/TU ngày 31/12/2020 của Ban Chấp hành Đảng bộ tỉnh; Thái Nguyên là một trong những tỉnh đi đầu trong cả nước về xây dựng nghị quyết về Chương trình chuyển đổi số.',
      ),
      para(
        'Nội dung dự thảo Nghị quyết thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh theo quy định của Luật Tổ chức chính quyền địa phương; hồ sơ trình kỳ họp bảo đảm đầy đủ theo quy định.',
      ),

      heading('II. NỘI DUNG THẨM TRA', 2),
      heading('1. Về mục tiêu', 3),
      para(
        'Ban cơ bản nhất trí với các mục tiêu đến năm 2025 và năm 2030 nêu tại dự thảo. Các mục tiêu phù hợp với kết quả đã đạt được: tỉnh Thái Nguyên đứng thứ 12/63 tỉnh, thành phố về chuyển đổi số (trong đó chính quyền số đứng thứ 03/63, kinh tế số đứng thứ 19/63, xã hội số đứng thứ 37/63).',
      ),
      para(
        'Tuy nhiên, chỉ số kinh tế số và xã hội số còn thấp hơn chỉ số chính quyền số. Đề nghị Ủy ban nhân dân tỉnh tìm kiếm các giải pháp nâng cao thứ hạng, tạo bứt phá trong phát triển kinh tế số và xã hội số; bổ sung lộ trình cụ thể để đạt mục tiêu trên 700 doanh nghiệp số vào năm 2025.',
      ),
      heading('2. Về nhiệm vụ, giải pháp', 3),
      para('Ban đề nghị Ủy ban nhân dân tỉnh tiếp thu, chỉnh lý dự thảo Nghị quyết theo các nội dung sau:'),
      item('Nghị quyết cần làm rõ những khái niệm cơ bản về chuyển đổi số; bổ sung những giải pháp cơ bản để thực hiện nhiệm vụ này;'),
      item('Quan tâm phát triển doanh nghiệp số, ưu tiên chuyển đổi số trong lĩnh vực thương mại dịch vụ;'),
      item('Làm tốt công tác tuyên truyền để khi người dân, doanh nghiệp thấy được lợi ích mang lại của chuyển đổi số;'),
      item(
        'Ưu tiên một số lĩnh vực về y tế, giáo dục, nông nghiệp, tài nguyên và môi trường, du lịch, các dịch vụ công... hướng tới phục vụ người dân tốt hơn.',
      ),
      heading('3. Về kinh phí thực hiện', 3),
      para(
        'Ban đề nghị làm rõ cơ cấu nguồn vốn ngân sách và nguồn xã hội hóa; ưu tiên bố trí vốn cho hạ tầng số dùng chung, bảo đảm an toàn thông tin mạng; tránh đầu tư trùng lặp giữa các sở, ngành, địa phương.',
      ),
      heading('4. Về tổ chức thực hiện', 3),
      para(
        'Đề nghị các cơ quan, đơn vị phải nêu cao vai trò, trách nhiệm của người đứng đầu trong công tác chuyển đổi số; Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện hằng năm để Hội đồng nhân dân tỉnh giám sát.',
      ),

      heading('III. KIẾN NGHỊ', 2),
      para(
        'Ban Kinh tế - Ngân sách đề nghị Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030 sau khi Ủy ban nhân dân tỉnh tiếp thu, giải trình các ý kiến nêu trên.',
      ),
      para('Trên đây là báo cáo thẩm tra của Ban Kinh tế - Ngân sách, kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.'),
      {
        kind: 'signature',
        recipients: [
          '- Thường trực HĐND tỉnh;',
          '- UBND tỉnh;',
          '- Đại biểu HĐND tỉnh;',
          '- Sở Thông tin và Truyền thông;',
          '- Lưu: VT, KTNS.',
        ],
        lines: [[b('TM. BAN KINH TẾ - NGÂN SÁCH')], [b('TRƯỞNG BAN')], [], [bi('(Đã ký)')], [], [b(PEOPLE.ktnsHead)]],
      },
    ],
  };
}
