import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { ViewerState } from '../../../../shared/ipc/slices/viewer';
import type { DocumentId } from '../../../../shared/model/ids';

/** Page changes are saved after the reader settles for this long (and always when the viewer closes). */
export const SAVE_DELAY_MS = 600;
export const DEFAULT_VIEW: ViewerState = { page: 1, zoom: 'page-width', rotation: 0 };

/** The saved place in a document (page, zoom, rotation), loaded once; `undefined` while loading. */
export function useSavedViewerState(api: Api, documentId: DocumentId): ViewerState | undefined {
  const [saved, setSaved] = useState<ViewerState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void api.invoke('viewer:get-state', { documentId }).then((r) => live && setSaved(r.ok && r.value ? r.value : DEFAULT_VIEW));
    return () => {
      live = false;
    };
  }, [api, documentId]);
  return saved;
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
