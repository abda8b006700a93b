import { b, bi, heading, i, item, para, paraRuns, type DocSpec } from '../../electron/common/pdf-layout/spec';
import { ictHeader, NUMBERS, PEOPLE } from './common';

const DATE = { year: 2022, month: 9, day: 8 };

/** Illustrative figures only: the articles give province-wide totals, not per-unit numbers. */
const UNITS: [string, number, number, number][] = [
  ['Văn phòng Tỉnh ủy', 3, 46, 18_400],
  ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 2, 38, 21_300],
  ['Văn phòng UBND tỉnh', 3, 64, 25_600],
  ['UBND thành phố Thái Nguyên', 2, 41, 12_300],
  ['UBND thành phố Sông Công', 1, 27, 6_800],
  ['UBND thành phố Phổ Yên', 1, 29, 7_100],
  ['UBND huyện Đại Từ', 1, 31, 7_900],
  ['UBND huyện Định Hóa', 1, 24, 5_200],
  ['UBND huyện Phú Lương', 1, 22, 4_900],
  ['UBND huyện Đồng Hỷ', 1, 23, 5_000],
  ['UBND huyện Võ Nhai', 1, 19, 4_100],
  ['UBND huyện Phú Bình', 1, 21, 4_600],
];

/** 18.400: Vietnamese groups thousands with a dot (done by hand so the host's ICU cannot change the bytes). */
const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');

export function baoCaoPhongHop(): DocSpec {
  const totals = UNITS.reduce<[number, number, number]>((t, u) => [t[0] + u[1], t[1] + u[2], t[2] + u[3]], [0, 0, 0]);
  return {
    fileName: 'bao-cao-phong-hop-khong-giay.pdf',
    title: 'Báo cáo kết quả triển khai phòng họp không giấy trên địa bàn tỉnh Thái Nguyên',
    author: 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên',
    subject: 'Báo cáo về phòng họp không giấy (tài liệu mô phỏng, số liệu minh họa)',
    keywords: ['phòng họp không giấy', 'chuyển đổi số', 'chính quyền số', 'Thái Nguyên'],
    created: DATE,
    blocks: [
      ictHeader(NUMBERS.phongHop, DATE),
      { kind: 'title', lines: ['BÁO CÁO'] },
      { kind: 'centered', runs: [b('Kết quả triển khai phòng họp không giấy')] },
      { kind: 'centered', runs: [b('trên địa bàn tỉnh Thái Nguyên')], spaceAfter: 12 },

      heading('I. TÌNH HÌNH TRIỂN KHAI', 2),
      para(
        'Sự thay đổi được hiện thực hóa ngay tại các cuộc họp quan trọng của Tỉnh ủy, HĐND, UBND tỉnh đến các sở, ngành, địa phương, đó là nội dung báo cáo đã được số hóa, phòng họp không giấy, hội nghị trực tuyến được triển khai phổ biến và quen thuộc.',
      ),
      para('Mô hình “Phòng họp không giấy” đã được áp dụng phổ biến từ tỉnh đến các địa phương.'),
      para(
        'Có thể thấy, một số kết quả điển hình như: 100% cuộc họp của Tỉnh ủy, HĐND, UBND tỉnh đều triển khai giải pháp phòng họp không giấy; hệ thống quản lý văn bản đi - đến và điều hành đã gửi, nhận gần 1,9 triệu văn bản (tiết kiệm được khoảng 7,5 tỷ đồng so với gửi, nhận qua đường bưu điện).',
      ),
      para(
        'Hệ thống hội nghị truyền hình trực tuyến được xây dựng, kết nối từ Trung ương về 09 đơn vị cấp huyện và 178 xã, phường, thị trấn trên địa bàn toàn tỉnh, phục vụ gần 300 cuộc họp trực tuyến; hệ thống cổng thông tin điện tử được xây dựng, kết nối đến 100% các cơ quan, đơn vị, xã, phường, thị trấn.',
      ),

      heading('II. KẾT QUẢ TẠI CÁC CƠ QUAN, ĐƠN VỊ', 2),
      paraRuns([bi('Bảng 1. '), i('Kết quả triển khai phòng họp không giấy (số liệu minh họa, dùng cho trình diễn)')], { indent: 0 }),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.6, align: 'center' },
          { title: 'Cơ quan, đơn vị', width: 3.4 },
          { title: 'Số phòng họp', width: 1.2, align: 'right' },
          { title: 'Số cuộc họp không giấy', width: 1.5, align: 'right' },
          { title: 'Số trang giấy tiết kiệm (ước tính)', width: 1.8, align: 'right' },
        ],
        rows: [
          ...UNITS.map((u, idx) => [String(idx + 1), u[0], String(u[1]), String(u[2]), fmt(u[3])]),
          ['', 'Tổng cộng', String(totals[0]), String(totals[1]), fmt(totals[2])],
        ],
      },
      paraRuns([bi('Bảng 2. '), i('Các chức năng chính của hệ thống phòng họp không giấy')], { indent: 0 }),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.6, align: 'center' },
          { title: 'Chức năng', width: 2.4 },
          { title: 'Mô tả', width: 5.5 },
        ],
        rows: [
          [
            '1',
            'Lịch họp, chương trình họp',
            'Thư ký lập cuộc họp, chương trình nghị sự nhiều cấp, người trình bày và thời lượng; đại biểu nhận thông báo khi phát hành.',
          ],
          [
            '2',
            'Tài liệu họp',
            'Tài liệu PDF gắn với từng nội dung; phân quyền xem theo đại biểu, tổ đại biểu; tài liệu mật chỉ gửi người có thẩm quyền.',
          ],
          ['3', 'Ghi chú cá nhân', 'Đại biểu đánh dấu, ghi chú trên tài liệu; ghi chú được lưu riêng cho từng người.'],
          [
            '4',
            'Điểm danh, đăng ký phát biểu',
            'Đại biểu điểm danh và đăng ký phát biểu trên máy tính bảng; chủ tọa điều hành danh sách phát biểu.',
          ],
          [
            '5',
            'Biểu quyết điện tử',
            'Biểu quyết công khai hoặc bỏ phiếu kín; kết quả tính theo quy định của Luật Tổ chức chính quyền địa phương.',
          ],
          ['6', 'Làm việc khi mất kết nối', 'Tài liệu được lưu sẵn trên máy; dữ liệu tự đồng bộ khi có kết nối trở lại.'],
        ],
      },

      heading('III. HẠN CHẾ, KHÓ KHĂN', 2),
      item('Trang thiết bị tại một số phòng họp cấp huyện, cấp xã chưa đồng bộ; đường truyền tại vùng sâu, vùng xa còn hạn chế.'),
      item(
        'Một số đại biểu chưa quen sử dụng thiết bị, vẫn đề nghị in tài liệu giấy; kỹ năng số của một bộ phận cán bộ, công chức chưa đáp ứng yêu cầu.',
      ),
      item(
        'Tài liệu do nhiều cơ quan gửi đến còn ở dạng bản quét hoặc dùng phông chữ cũ (TCVN3, VNI) nên khó tìm kiếm, hiển thị sai dấu tiếng Việt.',
      ),

      heading('IV. ĐỀ XUẤT, KIẾN NGHỊ', 2),
      item(
        'Ban hành quy chế sử dụng phòng họp không giấy áp dụng thống nhất từ tỉnh đến cơ sở; tài liệu trình kỳ họp gửi dưới dạng PDF có phông chữ Unicode.',
      ),
      item('Tiếp tục đầu tư hạ tầng, thiết bị cho các phòng họp cấp huyện, cấp xã; bảo đảm an toàn thông tin mạng cho hệ thống.'),
      item(
        'Tăng cường công tác tuyên truyền nhằm nâng cao nhận thức của cán bộ, người dân về chuyển đổi số; tổ chức bồi dưỡng kỹ năng sử dụng cho đại biểu.',
      ),
      para('Sở Thông tin và Truyền thông báo cáo Ủy ban nhân dân tỉnh, Hội đồng nhân dân tỉnh xem xét./.'),
      {
        kind: 'signature',
        recipients: ['- UBND tỉnh (b/c);', '- Thường trực HĐND tỉnh;', '- Đại biểu HĐND tỉnh;', '- Lưu: VT, CNTT.'],
        lines: [[b('GIÁM ĐỐC')], [], [bi('(Đã ký)')], [], [b(PEOPLE.ictDirector)]],
      },
    ],
  };
}
