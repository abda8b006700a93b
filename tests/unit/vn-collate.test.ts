import { describe, expect, it } from 'vitest';
import { compareByGivenName, compareVi, splitName } from '../../shared/util/vn-collate';

describe('Vietnamese collation', () => {
  it('orders the alphabet a ă â b c d đ e ê … o ô ơ … u ư', () => {
    const letters = ['ư', 'u', 'ơ', 'ô', 'o', 'ê', 'e', 'đ', 'd', 'â', 'ă', 'a', 'y', 'x'];
    expect([...letters].sort(compareVi)).toEqual(['a', 'ă', 'â', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'x', 'y']);
  });

  it('compares letters before tones, tones in the order ngang huyền hỏi ngã sắc nặng', () => {
    expect(['ma', 'mạ', 'má', 'mã', 'mả', 'mà'].sort(compareVi)).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
    // the letter difference in the second syllable wins over the tone in the first
    expect(compareVi('Bá An', 'Ba Bình')).toBeLessThan(0);
  });

  it('is insensitive to Unicode normalisation form and case', () => {
    const nfc = 'Nguyễn Thị Ánh';
    const nfd = nfc.normalize('NFD');
    expect(compareVi(nfc, nfd)).toBe(0);
    expect(compareVi('đức', 'ĐỨC')).toBe(0);
  });

  it('sorts people by given name, then family and middle names', () => {
    const people = [
      'Trần Văn Đức',
      'Nguyễn Thị Anh',
      'Lê Minh Dũng',
      'Phạm Thu Ánh',
      'Hoàng Văn Ương',
      'Bùi Thị Ân',
      'Đỗ Văn Ân',
      'Vũ Hữu Uy',
    ];
    expect([...people].sort(compareByGivenName)).toEqual([
      'Nguyễn Thị Anh',
      'Phạm Thu Ánh',
      'Bùi Thị Ân',
      'Đỗ Văn Ân',
      'Lê Minh Dũng',
      'Trần Văn Đức',
      'Vũ Hữu Uy',
      'Hoàng Văn Ương',
    ]);
  });

  it('splits names on any whitespace', () => {
    expect(splitName('  Nguyễn   Văn  An ')).toEqual({ given: 'An', rest: 'Nguyễn Văn' });
    expect(splitName('')).toEqual({ given: '', rest: '' });
  });
});
