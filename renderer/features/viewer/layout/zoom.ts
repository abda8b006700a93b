import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import { PAGE_MARGIN_PX, displaySize, type PageBox } from './page-geometry';

export const ZOOM_STEPS: readonly number[] = [0.25, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 5;
/** Room for the vertical scrollbar when fitting the width. */
const SCROLLBAR_PX = 16;

/** The numeric scale for a zoom setting, given the viewport and the current page. */
export function resolveScale(zoom: ZoomSetting, box: PageBox, view: ViewRotation, viewport: { width: number; height: number }): number {
  if (typeof zoom === 'number') return clampScale(zoom);
  const unit = displaySize(box, 1, view);
  const byWidth = (viewport.width - 2 * PAGE_MARGIN_PX - SCROLLBAR_PX) / Math.max(1, unit.width);
  if (zoom === 'page-width') return clampScale(byWidth);
  const byHeight = (viewport.height - 2 * PAGE_MARGIN_PX) / Math.max(1, unit.height);
  return clampScale(Math.min(byWidth, byHeight));
}

export const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(s * 1000) / 1000));

/** Next zoom step above (dir 1) or below (dir -1) the current scale. */
export function stepZoom(current: number, dir: 1 | -1): number {
  if (dir > 0) return ZOOM_STEPS.find((s) => s > current + 0.001) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.001) ?? MIN_SCALE;
}
