import type { MessageKey, MessageParams } from '../../../../shared/i18n';
import type { WatermarkIdentity } from '../../../../shared/ipc/slices/viewer';
import { formatMeetingDateTime } from '../../../../shared/util/meeting-time';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The line repeated across every page of a confidential document:
 * "MẬT · Nguyễn Văn An · Sở Tài chính · Tổ 2 · 01/12/2026 14:05" (unit, then the delegate group if any;
 * date and time in Vietnam, UTC+7, whatever zone the laptop's clock is set to).
 */
export function watermarkText(t: Translate, who: WatermarkIdentity, now: Date): string {
  const name = who.fullName.trim();
  const unit = [who.unit, who.group]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' · ');
  const time = formatMeetingDateTime(now);
  return unit ? t('viewer.watermark', { name, unit, time }) : t('viewer.watermarkNoUnit', { name, time });
}

/** Font size of the watermark on a page `pageWidthPx` CSS pixels wide: readable at any zoom, never dominant. */
export const watermarkFontPx = (pageWidthPx: number): number => Math.round(Math.max(5, Math.min(36, pageWidthPx * 0.026)) * 2) / 2;

/** The lines run diagonally, bottom-left to top-right. */
export const WATERMARK_ANGLE_DEG = -32;

/** Milliseconds until the wall clock's next minute: the watermark's time is refreshed then. */
export const msToNextMinute = (nowMs: number): number => 60_000 - (nowMs % 60_000);
