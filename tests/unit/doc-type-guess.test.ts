import { describe, expect, it } from 'vitest';
import { guessDocType } from '../../renderer/features/documents/doc-type-guess';

describe('the document type a title names', () => {
  it('reads the usual Vietnamese administrative titles, with or without diacritics', () => {
    expect(guessDocType('Tờ trình số 125/TTr-UBND về Chương trình chuyển đổi số')).toBe('to_trinh');
    expect(guessDocType('Dự thảo Nghị quyết về chuyển đổi số tỉnh Thái Nguyên')).toBe('du_thao_nghi_quyet');
    expect(guessDocType('BÁO CÁO THẨM TRA Tờ trình số 125')).toBe('bao_cao_tham_tra');
    expect(guessDocType('Bao cao tinh hinh kinh te - xa hoi nam 2025')).toBe('bao_cao');
    expect(guessDocType('Nghị quyết về kế hoạch đầu tư công')).toBe('du_thao_nghi_quyet');
  });

  it('looks at the start first: a report on a proposal is a report, not a proposal', () => {
    expect(guessDocType('Báo cáo thẩm tra dự thảo Nghị quyết')).toBe('bao_cao_tham_tra');
    expect(guessDocType('Báo cáo kết quả thực hiện Tờ trình 12')).toBe('bao_cao');
  });

  it('names nothing for other titles', () => {
    expect(guessDocType('Tài liệu tham khảo về chuyển đổi số')).toBeNull();
    expect(guessDocType('')).toBeNull();
  });
});
