import type { Article } from '../lib/articles';
import { b, heading, i, item, para, paraRuns, r, spacer, type Block, type DocSpec, type Run } from '../../electron/common/pdf-layout/spec';
import { SESSION } from './common';

const DATE = { year: 2022, month: 9, day: 10 };

/** Interview turns ("P.V:", "Đồng chí …:") get a bold speaker label. */
function speakerRuns(text: string): Run[] {
  const m = /^(P\.V:|Đồng chí [^:]{3,40}:)\s*(.*)$/u.exec(text);
  return m ? [b(`${m[1]} `), r(m[2]!)] : [r(text)];
}

function articleBlocks(a: Article, n: number): Block[] {
  const meta = [a.date && `Ngày: ${a.date}`, a.author && `Tác giả: ${a.author}`, a.source && `Nguồn: ${a.source}`]
    .filter(Boolean)
    .join('. ');
  return [
    heading(`${n}. ${a.title}`, 2, { outline: true, newPage: n > 1 }),
    ...(meta ? [paraRuns([i(`${meta}.`)], { indent: 0, spaceAfter: 8 })] : []),
    ...a.parts.map((p): Block => {
      switch (p.kind) {
        case 'subheading':
          return heading(p.text, 3, { outline: true });
        case 'lede':
          return paraRuns([i(p.text)], { spaceAfter: 8 });
        case 'paragraph':
          return paraRuns(speakerRuns(p.text));
        default: {
          const never: never = p.kind;
          throw new Error(`unknown part ${String(never)}`);
        }
      }
    }),
  ];
}

const INDICATORS: [string, string, string][] = [
  ['Tăng trưởng kinh tế năm 2021', '6,51% (cao gấp 2 lần bình quân chung của cả nước)', 'Bài 1, 2'],
  ['Thu nhập bình quân đầu người năm 2021', 'trên 95 triệu đồng/người, tăng 6,4 triệu đồng/người so với năm 2020', 'Bài 2'],
  ['Giá trị sản xuất công nghiệp', '844 nghìn tỷ đồng, tăng 7,7% so với cùng kỳ; đứng thứ 4 cả nước', 'Bài 1'],
  ['Giá trị xuất khẩu', 'gần 29 tỷ USD, đứng thứ 4/63 tỉnh, thành phố', 'Bài 1, 2'],
  ['Tổng thu ngân sách nhà nước', 'gần 18.000 tỷ đồng, bằng 146,5% kế hoạch Thủ tướng Chính phủ giao', 'Bài 1, 2'],
  ['Việc làm tạo ra', 'khoảng 280 nghìn lao động', 'Bài 2'],
  ['Khu, cụm công nghiệp', '7 khu công nghiệp (2.395 ha), 35 cụm công nghiệp (1.335 ha)', 'Bài 2'],
  ['Doanh nghiệp đến đầu tư và hoạt động', 'gần 1.000 doanh nghiệp Trung ương, địa phương và đầu tư nước ngoài', 'Bài 2'],
  ['Xã đạt chuẩn nông thôn mới', '109 xã (79,5%); 11 xã đạt chuẩn nông thôn mới nâng cao', 'Bài 2'],
  ['Tỷ lệ hộ nghèo', '2,16%', 'Bài 2'],
  ['Xếp hạng chuyển đổi số', '12/63; chính quyền số 03/63, kinh tế số 19/63, xã hội số 37/63', 'Bài 1, 4'],
  ['Văn bản điện tử gửi, nhận', 'gần 1,9 triệu văn bản, tiết kiệm khoảng 7,5 tỷ đồng', 'Bài 2'],
  ['Hội nghị truyền hình trực tuyến', '09 đơn vị cấp huyện, 178 xã, phường, thị trấn; gần 300 cuộc họp', 'Bài 2'],
  ['Ứng dụng C-Thai Nguyen', '207.963 lượt cài đặt; 788 phản ánh của công dân', 'Bài 2'],
  ['Sản phẩm OCOP trên sàn thương mại điện tử', 'toàn bộ 76 sản phẩm', 'Bài 2'],
  ['Phòng họp không giấy', '100% cuộc họp của Tỉnh ủy, HĐND, UBND tỉnh', 'Bài 2, 4'],
];

const TIMELINE: [string, string][] = [
  ['11/1940', 'Vùng Võ Nhai (Thái Nguyên) và vùng Bắc Sơn (Lạng Sơn) được chọn xây dựng thành căn cứ địa đầu tiên của cách mạng.'],
  ['15/9/1941', 'Trung đội Cứu quốc quân II ra đời tại rừng Khuôn Mánh, xã Tràng Xá, huyện Võ Nhai.'],
  ['6/12/1953', 'Tại ATK Định Hóa, Bộ Chính trị quyết định mở Chiến dịch Điện Biên Phủ.'],
  ['1954 - 1964', 'Chủ tịch Hồ Chí Minh về thăm tỉnh Thái Nguyên 7 lần.'],
  ['20/5/2020', 'Thủ tướng Chính phủ phê duyệt Nhiệm vụ lập Quy hoạch tỉnh Thái Nguyên (Quyết định số 664).'],
  ['05/12/2020', 'Khai trương Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên.'],
  [
    '31/12/2020',
    'Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 01-NQ/TU về Chương trình chuyển đổi số; lấy ngày 31/12 là Ngày chuyển đổi số tỉnh Thái Nguyên.',
  ],
  ['6/2021', 'Ứng dụng công dân Thái Nguyên “C-Thai Nguyen” được đưa vào sử dụng.'],
  ['10/02/2022', 'Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW về vùng trung du và miền núi Bắc Bộ.'],
];

const GLOSSARY: [string, string][] = [
  ['CĐS', 'Chuyển đổi số.'],
  ['Chính quyền số, kinh tế số, xã hội số', 'Ba trụ cột của Chương trình chuyển đổi số.'],
  ['IOC', 'Trung tâm Điều hành thông minh - “bộ não số” của tỉnh.'],
  [
    'Dịch vụ công trực tuyến mức độ 4',
    'Dịch vụ cho phép người dùng điền, nộp hồ sơ, thanh toán phí và nhận kết quả hoàn toàn trên môi trường mạng.',
  ],
  ['PAPI', 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh.'],
  ['PCI', 'Chỉ số năng lực cạnh tranh cấp tỉnh.'],
  ['PAR-Index', 'Chỉ số cải cách hành chính.'],
  ['SIPAS', 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.'],
  ['OCOP', 'Chương trình mỗi xã một sản phẩm.'],
  ['Thai Nguyen ID', 'Nền tảng định danh người dân Thái Nguyên trên không gian số.'],
  ['Phòng họp không giấy', 'Phòng họp sử dụng tài liệu điện tử thay cho tài liệu in giấy, có điểm danh, phát biểu và biểu quyết điện tử.'],
];

const QUESTIONS = [
  'Chỉ số kinh tế số (19/63) và xã hội số (37/63) còn thấp hơn chỉ số chính quyền số (03/63): cần những giải pháp đột phá nào trong giai đoạn 2022 - 2025?',
  'Lộ trình nào để đạt mục tiêu trên 700 doanh nghiệp số vào năm 2025 và trên 3.000 doanh nghiệp số vào năm 2030?',
  'Cơ cấu nguồn vốn ngân sách và xã hội hóa cho Chương trình; cách tránh đầu tư trùng lặp giữa các sở, ngành, địa phương?',
  'Việc nhân rộng mô hình xã thông minh Sảng Mộc (huyện Võ Nhai), La Bằng (huyện Đại Từ) đến các xã vùng sâu, vùng xa?',
  'Việc mở rộng phòng họp không giấy đến cấp huyện, cấp xã và bảo đảm an toàn thông tin cho tài liệu mật?',
  'Vai trò của Tổ công nghệ số cộng đồng trong hỗ trợ người dân sử dụng dịch vụ công trực tuyến?',
];

/** The body of another document without its heading, title block and signature. */
function bodyOf(spec: DocSpec): Block[] {
  return spec.blocks.filter((bl) => bl.kind === 'paragraph' || bl.kind === 'heading' || bl.kind === 'table');
}

/**
 * The meeting's long reference document: every article, indicators, timeline and glossary, and the
 * text of the documents put to the vote (`related`) for cross-reading.
 */
export function taiLieuThamKhao(articles: Article[], related: DocSpec[]): DocSpec {
  if (articles.length === 0) throw new Error('no articles in seeds/articles');
  return {
    fileName: 'tai-lieu-tham-khao-chuyen-doi-so.pdf',
    title: 'Tài liệu tham khảo: Chuyển đổi số tỉnh Thái Nguyên — tuyển chọn bài viết, phát biểu và số liệu',
    author: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Thái Nguyên',
    subject: `Tài liệu tham khảo phục vụ ${SESSION.name} HĐND tỉnh khóa XIV (tài liệu mô phỏng)`,
    keywords: ['tài liệu tham khảo', 'chuyển đổi số', 'phòng họp không giấy', 'Thái Nguyên'],
    created: DATE,
    layout: { bodySize: 12.5, leading: 1.55 },
    blocks: [
      { kind: 'centered', runs: [b('ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN')], size: 11 },
      { kind: 'centered', runs: [b('VĂN PHÒNG')], size: 11 },
      spacer(190),
      { kind: 'centered', runs: [b('TÀI LIỆU THAM KHẢO')], size: 22, spaceAfter: 18 },
      { kind: 'centered', runs: [b('CHUYỂN ĐỔI SỐ TỈNH THÁI NGUYÊN')], size: 16, spaceAfter: 10 },
      { kind: 'centered', runs: [r('Tuyển chọn bài viết, phát biểu và số liệu')], size: 13 },
      { kind: 'centered', runs: [r(`phục vụ ${SESSION.name} Hội đồng nhân dân tỉnh khóa XIV`)], size: 13 },
      spacer(250),
      { kind: 'centered', runs: [i('Thái Nguyên, tháng 9 năm 2022')], size: 12 },
      { kind: 'pageBreak' },
      { kind: 'toc', title: 'MỤC LỤC' },
      heading('LỜI GIỚI THIỆU', 1, { outline: true, newPage: true, align: 'center' }),
      para(
        `Nhằm giúp đại biểu Hội đồng nhân dân tỉnh có thêm thông tin khi xem xét Tờ trình và dự thảo Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030 tại ${SESSION.name}, Văn phòng tuyển chọn một số bài viết, phát biểu của lãnh đạo tỉnh và các số liệu chủ yếu về kết quả chuyển đổi số của tỉnh.`,
      ),
      para(
        'Các bài viết được giữ nguyên văn nội dung, chỉ lược bỏ phần hình ảnh và chú thích ảnh. Phần số liệu được tổng hợp từ các bài viết; đề nghị đại biểu đối chiếu với báo cáo chính thức của các cơ quan chuyên môn khi sử dụng.',
      ),
      paraRuns([i('Tài liệu phục vụ kỳ họp, không phát hành rộng rãi.')]),

      heading('PHẦN I. BÀI VIẾT VÀ PHÁT BIỂU', 1, { outline: true, newPage: true, align: 'center' }),
      ...articles.flatMap((a, idx) => articleBlocks(a, idx + 1)),

      heading('PHẦN II. SỐ LIỆU VÀ TƯ LIỆU', 1, { outline: true, newPage: true, align: 'center' }),
      heading('1. Các chỉ tiêu chủ yếu', 2, { outline: true }),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.6, align: 'center' },
          { title: 'Chỉ tiêu', width: 3 },
          { title: 'Kết quả', width: 4 },
          { title: 'Nguồn', width: 1.1, align: 'center' },
        ],
        rows: INDICATORS.map((row, idx) => [String(idx + 1), ...row]),
      },
      heading('2. Các mốc thời gian', 2, { outline: true }),
      {
        kind: 'table',
        columns: [
          { title: 'Thời gian', width: 1.4, align: 'center' },
          { title: 'Sự kiện', width: 6 },
        ],
        rows: TIMELINE.map((row) => [...row]),
      },
      heading('3. Giải thích từ ngữ và chữ viết tắt', 2, { outline: true }),
      {
        kind: 'table',
        columns: [
          { title: 'Từ ngữ', width: 2.4 },
          { title: 'Giải thích', width: 5 },
        ],
        rows: GLOSSARY.map((row) => [...row]),
      },

      heading('PHẦN III. VĂN BẢN TRÌNH KỲ HỌP (ĐỂ ĐỐI CHIẾU)', 1, { outline: true, newPage: true, align: 'center' }),
      paraRuns([
        i(
          'Toàn văn phần nội dung của Tờ trình và dự thảo Nghị quyết được in lại để đại biểu tiện đối chiếu khi thảo luận; bản chính thức là tài liệu đính kèm nội dung số 2 của chương trình kỳ họp.',
        ),
      ]),
      ...related.flatMap((spec, idx) => [heading(`${idx + 1}. ${spec.title}`, 2, { outline: true, newPage: idx > 0 }), ...bodyOf(spec)]),

      heading('PHẦN IV. GỢI Ý NỘI DUNG THẢO LUẬN TẠI TỔ', 1, { outline: true, newPage: true, align: 'center' }),
      para('Để buổi thảo luận tại tổ đạt hiệu quả, Văn phòng gợi ý một số nội dung đại biểu có thể quan tâm:'),
      ...QUESTIONS.map((q, idx) => item(q, `${idx + 1}.`)),
      paraRuns([
        i(
          'Ý kiến của đại biểu được thư ký tổ tổng hợp trên hệ thống phòng họp không giấy và gửi Thường trực Hội đồng nhân dân tỉnh trước phiên thảo luận tại hội trường.',
        ),
      ]),
    ],
  };
}
