import { b, heading, i, item, para, paraRuns, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { hdndHeader, LEGAL_BASES, NUMBERS, PARTY_RESOLUTION, PROGRAMME, SESSION } from './common';

const DATE = { year: 2022, month: 9, day: 5 };

/** Dự thảo Nghị quyết HĐND tỉnh, attached to the Tờ trình; the number and date stay blank in a draft. */
export function duThaoNghiQuyet(): DocSpec {
  return {
    fileName: 'du-thao-nghi-quyet-chuyen-doi-so.pdf',
    title: `Dự thảo Nghị quyết về ${PROGRAMME}`,
    author: 'Hội đồng nhân dân tỉnh Thái Nguyên',
    subject: 'Dự thảo Nghị quyết HĐND tỉnh trình kỳ họp (tài liệu mô phỏng)',
    keywords: ['dự thảo', 'nghị quyết', 'chuyển đổi số', 'Thái Nguyên'],
    created: DATE,
    blocks: [
      { kind: 'stamp', text: 'DỰ THẢO', side: 'right', color: 'black' },
      hdndHeader(NUMBERS.nghiQuyet, 'Thái Nguyên, ngày        tháng 9 năm 2022'),
      { kind: 'title', lines: ['NGHỊ QUYẾT'] },
      { kind: 'centered', runs: [b('Về Chương trình chuyển đổi số tỉnh Thái Nguyên')] },
      { kind: 'centered', runs: [b('giai đoạn 2021 - 2025, định hướng đến năm 2030')], spaceAfter: 14 },
      { kind: 'centered', runs: [b('HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN')] },
      { kind: 'centered', runs: [b(SESSION.nameUpper)], spaceAfter: 12 },
      ...LEGAL_BASES.map((t) => paraRuns([i(t)])),
      paraRuns([i(`Thực hiện ${PARTY_RESOLUTION};`)]),
      paraRuns([
        i(
          `Xét ${NUMBERS.toTrinhRef} của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030; ${NUMBERS.thamTraRef} của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.`,
        ),
      ]),
      { kind: 'centered', runs: [b('QUYẾT NGHỊ:')], spaceAfter: 8 },

      paraRuns([
        b('Điều 1. '),
        b(
          'Phê duyệt Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030 với các nội dung chủ yếu sau:',
        ),
      ]),
      heading('1. Quan điểm', 3),
      item(
        'Chuyển đổi số là giải pháp có tính đột phá, là động lực và bệ đỡ cho quá trình phát triển của địa phương; lựa chọn chuyển đổi số là “chìa khóa” để phát triển kinh tế, xã hội theo hướng xây dựng chính quyền số, kinh tế số và công dân số.',
      ),
      item(
        'Nâng cao vai trò lãnh đạo của các cấp ủy đảng, đề cao vai trò, trách nhiệm của người đứng đầu trong công tác chuyển đổi số; xây dựng lộ trình rõ ràng, cụ thể, phù hợp với thực tiễn.',
      ),
      item(
        'Lấy người dân là trung tâm để phục vụ; hướng tới sự hài lòng của nhân dân, doanh nghiệp thông qua dịch vụ công trực tuyến, cải cách hành chính.',
      ),
      heading('2. Mục tiêu', 3),
      paraRuns([i('a) Đến năm 2025:')]),
      item(
        'Trên 90% dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động;',
      ),
      item('Có trên 700 doanh nghiệp số; hình thành 3 đô thị thông minh: thành phố Thái Nguyên, thành phố Sông Công và thành phố Phổ Yên;'),
      item(
        'Thái Nguyên trở thành trung tâm chuyển đổi số của khu vực Trung du Miền núi phía Bắc, thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.',
      ),
      paraRuns([i('b) Đến năm 2030:')]),
      item('Trên 90% người dân, doanh nghiệp hài lòng với dịch vụ công trực tuyến của tỉnh;'),
      item('Có trên 3.000 doanh nghiệp số; Thái Nguyên thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.'),
      heading('3. Nhiệm vụ, giải pháp', 3),
      item(
        'Phát triển chính quyền số: nâng cấp, hoàn thiện hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trên cơ sở hợp nhất Cổng dịch vụ công trực tuyến với hệ thống thông tin một cửa điện tử của tỉnh; duy trì 100% cuộc họp của Tỉnh ủy, HĐND, UBND tỉnh triển khai giải pháp phòng họp không giấy và mở rộng đến cấp huyện, cấp xã.',
      ),
      item(
        'Phát triển hạ tầng số: phát triển hạ tầng truyền dẫn, hạ tầng Internet vạn vật phục vụ các ứng dụng nghiệp vụ, chuyên ngành; chuyển đổi hạ tầng công nghệ thông tin thành hạ tầng số ứng dụng công nghệ điện toán đám mây.',
      ),
      item(
        'Phát triển kinh tế số: đẩy nhanh tiến độ xây dựng Khu Công nghệ thông tin tập trung Yên Bình; hỗ trợ doanh nghiệp chuyển đổi số, tạo điều kiện cho các doanh nghiệp số khởi nghiệp; phát triển thương mại điện tử với những nông sản đặc trưng của địa phương.',
      ),
      item(
        'Phát triển xã hội số: triển khai mô hình Tổ công nghệ số cộng đồng; phát huy các nền tảng “C-Thai Nguyen”, “Thai Nguyen ID”; ưu tiên chuyển đổi số trong các lĩnh vực y tế, giáo dục, nông nghiệp, tài nguyên và môi trường, du lịch.',
      ),
      item('Đào tạo, bồi dưỡng: nâng cao nhận thức, kỹ năng số cho cán bộ, công chức, viên chức, người dân và doanh nghiệp.'),

      paraRuns([b('Điều 2. '), b('Kinh phí thực hiện')]),
      para(
        '1. Nguồn ngân sách nhà nước theo phân cấp hiện hành, được bố trí trong dự toán chi thường xuyên và kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 của tỉnh.',
      ),
      para('2. Nguồn xã hội hóa, vốn của doanh nghiệp và các nguồn vốn hợp pháp khác theo quy định của pháp luật.'),

      paraRuns([b('Điều 3. '), b('Tổ chức thực hiện')]),
      para(
        '1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng năm báo cáo kết quả thực hiện với Hội đồng nhân dân tỉnh tại kỳ họp cuối năm.',
      ),
      para(
        '2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
      ),
      para(
        '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động nhân dân tham gia và giám sát việc thực hiện Nghị quyết.',
      ),

      paraRuns([b('Điều 4. '), b('Hiệu lực thi hành')]),
      para(
        `Nghị quyết này đã được Hội đồng nhân dân tỉnh Thái Nguyên khóa XIV, ${SESSION.name} thông qua ngày 20 tháng 9 năm 2022 và có hiệu lực kể từ ngày thông qua.`,
      ),
      {
        kind: 'signature',
        recipients: [
          '- Ủy ban Thường vụ Quốc hội;',
          '- Chính phủ;',
          '- Bộ Thông tin và Truyền thông;',
          '- Thường trực Tỉnh ủy;',
          '- Đại biểu HĐND tỉnh;',
          '- UBND tỉnh;',
          '- Lưu: VT.',
        ],
        lines: [[b('CHỦ TỊCH')], [], [], []],
      },
    ],
  };
}
