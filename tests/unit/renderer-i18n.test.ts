import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageKey } from '../../shared/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{@?\w+\}/g)].map((m) => m[0]).sort();

describe('UI messages', () => {
  const entries = Object.entries(MESSAGES) as [MessageKey, { vi: string; en: string }][];

  it('has both languages for every message with the same placeholders', () => {
    for (const [key, m] of entries) {
      expect(m.vi.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(placeholders(m.vi), key).toEqual(placeholders(m.en));
    }
  });

  it('stores Vietnamese in NFC (precomposed) form, so search and comparison behave', () => {
    for (const [key, m] of entries) expect(m.vi, key).toBe(m.vi.normalize('NFC'));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'meetings.counts', { docs: 3, people: 52 })).toBe('3 tài liệu · 52 người');
    expect(translate('en', 'doc.version', { n: 2 })).toBe('Version 2');
    expect(translate('vi', 'doc.version')).toBe('Phiên bản {n}');
  });

  it('fills {@placeholders} with the named message in the same language', () => {
    expect(translate('vi', 'error.input.empty', { label: 'error.field.meetingTitle' })).toBe('Tên cuộc họp không được để trống.');
    expect(translate('en', 'error.input.empty', { label: 'error.field.meetingTitle' })).toBe('Meeting title must not be empty.');
    expect(translate('en', 'error.input.empty', { label: 'not.a.key' })).toBe('not.a.key must not be empty.');
  });

  it('uses the words the secretariat expects', () => {
    expect(translate('vi', 'meetings.status.draft')).toBe('Bản nháp');
    expect(translate('vi', 'meetings.status.published')).toBe('Đã phát hành');
    expect(translate('vi', 'doc.addVersion')).toBe('Thêm phiên bản mới');
    expect(translate('vi', 'publish.warning')).toMatch(/^Sau khi phát hành, tài liệu sẽ bị khóa/);
  });
});
