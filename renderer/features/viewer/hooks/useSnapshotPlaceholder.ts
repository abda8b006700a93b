import { useEffect, useState } from 'react';
import type { ViewerState, ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import type { ViewerRuntime } from '../pdf/runtime';
import { snapshotKey, type PageSnapshot } from '../render/snapshot-cache';

/** The view the viewer is about to open at: the saved place (undefined while loading), unless overridden. */
export type OpeningView = { saved: ViewerState | undefined; page: number | null; zoom: ZoomSetting | null };

/**
 * The snapshot to show while the document opens: only one of exactly the view the viewer is about to
 * show (same page, zoom and rotation), and for a password-protected file only once this session knows
 * its password. `null` while the user is unknown, or when there is none.
 *
 * A picture in memory is there in the first render, so it is on screen in the viewer's first frame: the
 * saved place is then still on its way, and the picture is assumed to be of it (both are recorded as the
 * viewer closes, and prefetched pictures are rendered at it); once the saved place is known a picture
 * of another view goes. Pictures only on disk are looked up once the saved place is known.
 */
export function useSnapshotPlaceholder(
  runtime: ViewerRuntime,
  doc: DocumentMeta,
  userId: string | null,
  view: OpeningView,
): PageSnapshot | null {
  const key = userId ? snapshotKey(userId, doc.id, doc.sha256) : null;
  const { saved, page, zoom } = view;
  // What is known before the saved place: a page or zoom asked for, and the password.
  const allowed = (s: PageSnapshot | null): s is PageSnapshot =>
    !!s && (page === null || s.page === page) && (zoom === null || s.zoom === zoom) && (!s.locked || runtime.passwords.has(doc.sha256));
  const [snap, setSnap] = useState<PageSnapshot | null>(() => {
    const s = key ? runtime.snapshots.get(key) : null;
    return allowed(s) ? s : null;
  });

  useEffect(() => {
    if (!key || !saved) return;
    const fits = (s: PageSnapshot | null): s is PageSnapshot =>
      allowed(s) && s.page === (page ?? saved.page) && s.zoom === (zoom ?? saved.zoom) && s.rotation === saved.rotation;
    if (snap) {
      if (!fits(snap)) setSnap(null);
      return;
    }
    let live = true;
    // Memory (a picture taken meanwhile, or one whose user was not known yet), else the disk store.
    void runtime.snapshots.load(key).then((s) => {
      if (live && fits(s)) setSnap(s);
    });
    return () => {
      live = false;
    };
    // `snap` is left out: a picture dropped for not fitting must not be looked up again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runtime, key, saved, page, zoom]);
  return snap;
}
