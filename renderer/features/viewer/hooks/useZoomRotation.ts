import { useState } from 'react';
import type { ViewerState, ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import { stepZoom } from '../layout/zoom';

/** Zoom (a scale or a fit mode) and the view's rotation, starting from the saved place. */
export function useZoomRotation(initial: ViewerState) {
  const [zoom, setZoom] = useState<ZoomSetting>(initial.zoom);
  const [rotation, setRotation] = useState<ViewRotation>(initial.rotation);
  return {
    zoom,
    rotation,
    setZoom,
    /** One step in or out from the scale in use; 0 fits the page width. */
    stepZoom: (scale: number, dir: 1 | -1 | 0) => setZoom(dir === 0 ? 'page-width' : stepZoom(scale, dir)),
    rotate: () => setRotation((r) => ((r + 90) % 360) as ViewRotation),
  };
}
