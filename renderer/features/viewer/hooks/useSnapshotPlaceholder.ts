import { useEffect, useState } from 'react';
import type { ViewerState } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import type { ViewerRuntime } from '../pdf/runtime';
import { snapshotKey, type PageSnapshot } from '../render/snapshot-cache';

/**
 * The snapshot to show while the document opens: only one of exactly the view the viewer is about to
 * show (same page, zoom and rotation), and for a password-protected file only once this session knows
 * its password. `null` while the user or the saved place are unknown, or when there is none.
 */
export function useSnapshotPlaceholder(
  runtime: ViewerRuntime,
  doc: DocumentMeta,
  userId: string | null,
  saved: ViewerState | undefined,
  jumpPage: number | null,
): PageSnapshot | null {
  const [snap, setSnap] = useState<PageSnapshot | null>(null);
  const page = jumpPage ?? saved?.page ?? null;
  useEffect(() => {
    if (!userId || !saved || page === null) return;
    let live = true;
    const fits = (s: PageSnapshot | null): s is PageSnapshot =>
      !!s && s.page === page && s.zoom === saved.zoom && s.rotation === saved.rotation && (!s.locked || runtime.passwords.has(doc.sha256));
    const key = snapshotKey(userId, doc.id, doc.sha256);
    // From memory this resolves in a microtask: still before the next paint.
    void runtime.snapshots.load(key).then((s) => {
      if (live && fits(s)) setSnap(s);
    });
    return () => {
      live = false;
    };
  }, [runtime, doc.id, doc.sha256, userId, saved, page]);
  return snap;
}
