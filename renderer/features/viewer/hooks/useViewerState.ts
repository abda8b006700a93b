import { useEffect, useRef } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { ViewerState } from '../../../../shared/ipc/slices/viewer';
import type { DocumentId } from '../../../../shared/model/ids';
import { useEventQuery } from '../../../app/useEventQuery';

/** Page changes are saved after the reader settles for this long (and always when the viewer closes). */
export const SAVE_DELAY_MS = 600;
export const DEFAULT_VIEW: ViewerState = { page: 1, zoom: 'page-width', rotation: 0 };

/** The saved place in a document (page, zoom, rotation), loaded once; `undefined` while loading. */
export function useSavedViewerState(api: Api, documentId: DocumentId): ViewerState | undefined {
  const q = useEventQuery<ViewerState | null>({ invoke: () => api.invoke('viewer:get-state', { documentId }) }, [api, documentId]);
  return q.loaded ? (q.value ?? DEFAULT_VIEW) : undefined;
}

/** Saves `state` a moment after it stops changing, and on unmount. */
export function useSaveViewerState(api: Api, documentId: DocumentId, state: ViewerState): void {
  const latest = useRef(state);
  const dirty = useRef(false);
  latest.current = state;
  useEffect(() => {
    dirty.current = true;
    const t = setTimeout(() => {
      dirty.current = false;
      void api.invoke('viewer:set-state', { documentId, state: latest.current });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [api, documentId, state.page, state.zoom, state.rotation]);
  useEffect(
    () => () => {
      if (dirty.current) void api.invoke('viewer:set-state', { documentId, state: latest.current });
    },
    [api, documentId],
  );
}
