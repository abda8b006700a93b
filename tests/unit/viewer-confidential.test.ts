import { describe, expect, it } from 'vitest';
import { createProtectionTracker, MAX_CONFIDENTIAL_VIEWERS } from '../../electron/laptop/content-protection';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n';
import { msToNextMinute, watermarkFontPx, watermarkText } from '../../renderer/features/viewer/confidential/watermark-text';

const vi = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('the watermark line of a confidential document', () => {
  // 02:05 UTC is 09:05 in Vietnam; 20:30 UTC on the 31st is already the next day there.
  const who = { fullName: 'Nguyễn Văn Đức', unit: 'Ban Kinh tế - Ngân sách HĐND tỉnh', group: 'Tổ đại biểu phường Phan Đình Phùng' };

  it('names the reader, their unit and group, and the date and time in Vietnam', () => {
    expect(watermarkText(vi, who, new Date('2026-12-01T02:05:00Z'))).toBe(
      'MẬT · Nguyễn Văn Đức · Ban Kinh tế - Ngân sách HĐND tỉnh · Tổ đại biểu phường Phan Đình Phùng · 01/12/2026 09:05',
    );
    expect(watermarkText(en, { ...who, group: '' }, new Date('2026-12-31T20:30:00Z'))).toBe(
      'CONFIDENTIAL · Nguyễn Văn Đức · Ban Kinh tế - Ngân sách HĐND tỉnh · 01/01/2027 03:30',
    );
  });

  it('leaves out an empty unit instead of showing empty separators', () => {
    expect(watermarkText(vi, { fullName: ' Lê An ', unit: ' ', group: '' }, new Date('2026-06-01T00:00:00Z'))).toBe(
      'MẬT · Lê An · 01/06/2026 07:00',
    );
  });

  it('scales the lettering with the page, within bounds, and refreshes on the minute', () => {
    expect(watermarkFontPx(800)).toBe(21);
    expect(watermarkFontPx(120)).toBe(5);
    expect(watermarkFontPx(4000)).toBe(36);
    expect(msToNextMinute(Date.UTC(2026, 11, 1, 2, 5, 0))).toBe(60_000);
    expect(msToNextMinute(Date.UTC(2026, 11, 1, 2, 5, 59, 500))).toBe(500);
  });
});

describe('the window content protection decision', () => {
  it('is on while at least one viewer shows a confidential document, and says when it changes', () => {
    const t = createProtectionTracker();
    expect(t.show('a', false)).toEqual({ on: false, changed: false });
    expect(t.show('a', true)).toEqual({ on: true, changed: true });
    expect(t.show('b', true)).toEqual({ on: true, changed: false });
    expect(t.show('a', true)).toEqual({ on: true, changed: false });
    expect(t.show('a', false)).toEqual({ on: true, changed: false });
    expect(t.show('c', false)).toEqual({ on: true, changed: false });
    expect(t.show('b', false)).toEqual({ on: false, changed: true });
    expect(t.on).toBe(false);
  });

  it('remembers a bounded number of viewers and stays on when full', () => {
    const t = createProtectionTracker();
    for (let i = 0; i < MAX_CONFIDENTIAL_VIEWERS * 4; i++) t.show(`v${i}`, true);
    expect(t.on).toBe(true);
    // Only the most recent ones are remembered: closing them all turns it off.
    for (let i = MAX_CONFIDENTIAL_VIEWERS * 3; i < MAX_CONFIDENTIAL_VIEWERS * 4; i++) t.show(`v${i}`, false);
    expect(t.on).toBe(false);
  });
});
