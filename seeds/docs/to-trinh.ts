import { b, bi, heading, i, item, para, paraRuns, r, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { LEGAL_BASES, NUMBERS, PARTY_RESOLUTION, PEOPLE, PROGRAMME, ubndHeader } from './common';

const DATE = { year: 2022, month: 9, day: 5 };

/** Tờ trình of UBND tỉnh asking HĐND to pass the resolution on the digital transformation programme. */
export function toTrinhChuyenDoiSo(): DocSpec {
  return {
    fileName: 'to-trinh-chuyen-doi-so.pdf',
    title: `Tờ trình về việc ban hành Nghị quyết về ${PROGRAMME}`,
    author: 'Ủy ban nhân dân tỉnh Thái Nguyên',
    subject: 'Tờ trình của UBND tỉnh trình Kỳ họp HĐND tỉnh (tài liệu mô phỏng)',
    keywords: ['tờ trình', 'chuyển đổi số', 'Thái Nguyên', 'HĐND tỉnh'],
    created: DATE,
    blocks: [
      ubndHeader(NUMBERS.toTrinh, DATE),
      { kind: 'title', lines: ['TỜ TRÌNH'] },
      { kind: 'centered', runs: [b('Về việc ban hành Nghị quyết về Chương trình chuyển đổi số')] },
      { kind: 'centered', runs: [b('tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030')], spaceAfter: 10 },
      { kind: 'centered', runs: [r('Kính gửi: Hội đồng nhân dân tỉnh Thái Nguyên.')], spaceAfter: 10 },
      ...LEGAL_BASES.map((t) => paraRuns([i(t)])),
      paraRuns([i(`Căn cứ ${PARTY_RESOLUTION};`)]),
      para(
        'Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030 với những nội dung chủ yếu như sau:',
      ),

      heading('I. SỰ CẦN THIẾT BAN HÀNH NGHỊ QUYẾT', 2),
      para(
        'Tập trung các nguồn lực để đẩy mạnh chuyển đổi số trên mọi lĩnh vực là một giải pháp hết sức quan trọng, và đang là xu thế tất yếu, là con đường ngắn nhất, kinh tế nhất để hiện thực hóa được nhiều mục tiêu trong phát triển kinh tế, là cơ hội tạo ra những bứt phá mạnh mẽ trong quá trình phát triển.',
      ),
      para(
        'Ngày 31/12/2020, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết chuyên đề đầu tiên về Chương trình chuyển đổi số tỉnh Thái Nguyên, giai đoạn 2021 - 2025, định hướng đến năm 2030; lấy ngày 31/12 là ngày chuyển đổi số. Nghị quyết về chuyển đổi số ra đời đã mở ra hướng đi mới, tạo nên sức sống mới, nhận được sự hưởng ứng tích cực của cả hệ thống chính trị và toàn xã hội, mang lại hiệu quả thiết thực trên cả 3 trụ cột: Chính quyền số, Kinh tế số, Xã hội số.',
      ),
      para(
        'Để các chủ trương của Nghị quyết số 01-NQ/TU được thể chế hóa thành cơ chế, chính sách và nguồn lực của chính quyền địa phương, việc Hội đồng nhân dân tỉnh ban hành Nghị quyết về Chương trình chuyển đổi số là cần thiết, bảo đảm thống nhất từ chủ trương đến tổ chức thực hiện, tạo cơ sở pháp lý để bố trí kinh phí và giao nhiệm vụ cụ thể cho các cấp, các ngành.',
      ),

      heading('II. MỤC ĐÍCH, QUAN ĐIỂM XÂY DỰNG NGHỊ QUYẾT', 2),
      heading('1. Mục đích', 3),
      item(
        'Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Nghị quyết số 01-NQ/TU thành các chỉ tiêu, nhiệm vụ thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh;',
      ),
      item('Đưa Thái Nguyên trở thành trung tâm chuyển đổi số của khu vực Trung du Miền núi phía Bắc;'),
      item('Lấy sự hài lòng của người dân làm mục tiêu hướng tới trong mọi chỉ đạo điều hành của cơ quan hành chính các cấp.'),
      heading('2. Quan điểm', 3),
      para(
        'Chuyển đổi số là giải pháp có tính đột phá được Thái Nguyên lựa chọn. Xác định chuyển đổi số phải đi nhanh, đi trước, trong đó, cần tranh thủ sự hỗ trợ, giúp đỡ kịp thời có hiệu quả của Bộ Thông tin và Truyền thông. Việc đầu tiên là thay đổi tư duy, nhận thức của người đứng đầu về chuyển đổi số; huy động mọi nguồn lực trong xã hội tham gia chuyển đổi số, lấy người dân là trung tâm để phục vụ.',
      ),

      heading('III. QUÁ TRÌNH XÂY DỰNG DỰ THẢO NGHỊ QUYẾT', 2),
      para(
        'Thực hiện chỉ đạo của Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh đã giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các huyện, thành phố xây dựng dự thảo Nghị quyết; tổ chức lấy ý kiến các cơ quan, đơn vị, địa phương và đăng tải dự thảo trên Cổng thông tin điện tử của tỉnh. Dự thảo đã được Sở Tư pháp thẩm định và được tập thể Ủy ban nhân dân tỉnh thảo luận, thống nhất trước khi trình Hội đồng nhân dân tỉnh.',
      ),

      heading('IV. BỐ CỤC VÀ NỘI DUNG CƠ BẢN CỦA DỰ THẢO NGHỊ QUYẾT', 2),
      heading('1. Bố cục', 3),
      para(
        'Dự thảo Nghị quyết gồm 04 điều: Điều 1. Phê duyệt Chương trình; Điều 2. Kinh phí thực hiện; Điều 3. Tổ chức thực hiện; Điều 4. Hiệu lực thi hành.',
      ),
      heading('2. Mục tiêu đến năm 2025', 3),
      item(
        'Phấn đấu trên 90% dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động;',
      ),
      item('Phấn đấu có trên 700 doanh nghiệp số;'),
      item(
        'Tập trung đầu tư để xây dựng hình thành 3 đô thị thông minh, gồm: thành phố Thái Nguyên, thành phố Sông Công và thành phố Phổ Yên;',
      ),
      item(
        'Đưa Thái Nguyên trở thành trung tâm chuyển đổi số của khu vực Trung du Miền núi phía Bắc, thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.',
      ),
      heading('3. Mục tiêu đến năm 2030', 3),
      item('Trên 90% người dân, doanh nghiệp hài lòng với dịch vụ công trực tuyến của tỉnh;'),
      item('Có trên 3.000 doanh nghiệp số;'),
      item('Thái Nguyên thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.'),
      heading('4. Nhiệm vụ, giải pháp chủ yếu', 3),
      para(
        'Hoàn thiện môi trường pháp lý, rà soát, cập nhật, sửa đổi, bổ sung, xây dựng văn bản pháp luật của địa phương xây dựng, phát triển chính quyền số các cấp, thực hiện quy định về định danh và xác thực điện tử, hoàn thiện hành lang pháp lý để phổ cập danh tính số.',
      ),
      para(
        'Phát triển hạ tầng truyền dẫn đáp ứng nhu cầu triển khai chính quyền điện tử hướng tới chính quyền số tại địa phương, tái cấu trúc hạ tầng công nghệ thông tin, chuyển đổi hạ tầng công nghệ thông tin thành hạ tầng số ứng dụng công nghệ điện toán đám mây; nâng cấp, hoàn thiện hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trên cơ sở hợp nhất Cổng dịch vụ công trực tuyến với hệ thống thông tin một cửa điện tử của tỉnh.',
      ),
      para(
        'Đẩy nhanh tiến độ triển khai xây dựng Khu Công nghệ thông tin tập trung Yên Bình, xây dựng thành phố thông minh; quan tâm hỗ trợ doanh nghiệp chuyển đổi số, cải thiện môi trường đầu tư, tạo điều kiện cho các doanh nghiệp số khởi nghiệp.',
      ),
      para(
        'Tăng cường công tác tuyên truyền nhằm nâng cao nhận thức của cán bộ, người dân về chuyển đổi số; tuyên truyền sâu rộng về lợi ích, tính năng của các ứng dụng xã hội số dành cho người dân để mọi người sử dụng hiệu quả và thiết thực nhất.',
      ),

      heading('V. KẾT QUẢ BƯỚC ĐẦU LÀM CƠ SỞ XÂY DỰNG NGHỊ QUYẾT', 2),
      para(
        'Sau một năm thực hiện Nghị quyết về chuyển đổi số, lần đầu tiên Bộ Thông tin và Truyền thông đánh giá và công bố kết quả chuyển đổi số, tỉnh Thái Nguyên xếp hạng 12/63 tỉnh, thành phố (trong đó chính quyền số đứng thứ 03/63, kinh tế số đứng thứ 19/63, xã hội số đứng thứ 37/63); mức độ sẵn sàng bảo đảm an toàn thông tin mạng thuộc nhóm 7 địa phương xếp hạng A dẫn đầu cả nước.',
      ),
      para(
        '100% cuộc họp của Tỉnh ủy, HĐND, UBND tỉnh đều triển khai giải pháp phòng họp không giấy; hệ thống quản lý văn bản đi - đến và điều hành đã gửi, nhận gần 1,9 triệu văn bản (tiết kiệm được khoảng 7,5 tỷ đồng so với gửi, nhận qua đường bưu điện); duy trì cung cấp 100% thủ tục hành chính cấp độ 4 đủ điều kiện trên Cổng dịch vụ công của tỉnh Thái Nguyên.',
      ),
      para(
        'Phần mềm ứng dụng công dân Thái Nguyên “C-Thai Nguyen” được đưa vào sử dụng từ tháng 6/2021, đến nay, đã có 207.963 lượt cài đặt, sử dụng. Thông qua ứng dụng C-Thái Nguyên đã có 788 phản ánh của công dân, cung cấp thông tin chính xác, kịp thời góp phần làm tốt công tác quản lý của các ngành, chính quyền địa phương.',
      ),

      heading('VI. KIẾN NGHỊ', 2),
      para(
        'Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định ban hành Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030 tại Kỳ họp thứ 9 (chuyên đề), Hội đồng nhân dân tỉnh khóa XIV.',
      ),
      paraRuns([
        i(
          '(Gửi kèm theo: Dự thảo Nghị quyết; Báo cáo thẩm định của Sở Tư pháp; Báo cáo tổng hợp ý kiến góp ý và tài liệu tham khảo có liên quan)',
        ),
      ]),
      para('Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.'),
      {
        kind: 'signature',
        recipients: [
          '- Như trên;',
          '- Thường trực Tỉnh ủy (b/c);',
          '- Thường trực HĐND tỉnh;',
          '- Các Ban HĐND tỉnh;',
          '- Đại biểu HĐND tỉnh;',
          '- Chủ tịch, các PCT UBND tỉnh;',
          '- Sở Thông tin và Truyền thông;',
          '- Lưu: VT, KGVX.',
        ],
        lines: [[b('TM. ỦY BAN NHÂN DÂN')], [b('KT. CHỦ TỊCH')], [b('PHÓ CHỦ TỊCH')], [], [bi('(Đã ký)')], [], [b(PEOPLE.ubndViceChair)]],
      },
    ],
  };
}
