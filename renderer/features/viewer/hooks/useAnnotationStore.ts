import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { DocumentId } from '../../../../shared/model/ids';
import type { Confidentiality } from '../../../../shared/model/types';
import { AnnotationStore, type AnnotationSnapshot, type Me } from '../../annotations/store';

const EMPTY_SNAPSHOT: AnnotationSnapshot = {
  ready: false,
  error: null,
  list: [],
  byPage: new Map(),
  selectedId: null,
  canUndo: false,
  canRedo: false,
};

/** The document's annotation store (null until created) and its current snapshot. */
export function useAnnotationStore(
  api: Api,
  documentId: DocumentId,
  confidentiality: Confidentiality,
  me: Me,
): { store: AnnotationStore | null; snap: AnnotationSnapshot } {
  const [store, setStore] = useState<AnnotationStore | null>(null);
  // The store opens rooms on the services: an effect, so StrictMode's double mount can't leak.
  useEffect(() => {
    const s = new AnnotationStore(api, { id: documentId, confidentiality }, me);
    setStore(s);
    return () => s.destroy();
  }, [api, documentId, confidentiality, me]);
  const snap = useSyncExternalStore(
    useCallback((l: () => void) => store?.subscribe(l) ?? (() => {}), [store]),
    () => store?.getSnapshot() ?? EMPTY_SNAPSHOT,
  );
  return { store, snap };
}
