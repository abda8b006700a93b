import type { Message } from '../../../shared/i18n';
import type { SearchStatus } from '../../../shared/ipc/slices/viewer';

/** What the delegate sees of a meeting's search index: a progress line while indexing, a short note when ready. */
export type IndexProgressView =
  { kind: 'indexing'; fraction: number; caption: Message } | { kind: 'ready'; caption: Message } | { kind: 'none' };

export function indexProgressView(s: SearchStatus | null): IndexProgressView {
  if (!s || s.documents === 0) return { kind: 'none' };
  if (!s.running) return { kind: 'ready', caption: { key: 'search.ready', params: { count: s.indexed } } };
  // Pages measure the work best (one long document is most of it); a file still queued counts its pages as 0 done.
  const fraction = s.pagesTotal > 0 ? s.pagesDone / s.pagesTotal : s.indexed / s.documents;
  return {
    kind: 'indexing',
    fraction: Math.max(0, Math.min(1, fraction)),
    caption: {
      key: 'search.indexing',
      params: { indexed: s.indexed, documents: s.documents, done: s.pagesDone, total: s.pagesTotal },
    },
  };
}
