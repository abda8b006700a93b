import type { DocumentId } from '../../../shared/model/ids';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { Db } from '../../common/sqlite/connection';
import { getDocument } from '../db/queries/documents';
import type { SearchIndexer } from './indexer';

/**
 * Indexing starts when documents arrive, not at the first search: every document the package download
 * finishes is queued at once (its blob is on disk then); imports queue their file in the documents handler.
 * Progress reaches the renderer as `search:progress` once it asks `search:status` for the meeting.
 */
export type AutoIndexSources = { onStatus(listener: (s: RelayStatus) => void): () => void };

export function startAutoIndexing(db: Db, indexer: SearchIndexer, sources: AutoIndexSources): () => void {
  const queuedDocs = new Set<DocumentId>();
  return sources.onStatus((s) => {
    const shas = [];
    for (const d of s.download?.documents ?? []) {
      if (d.status !== 'done' || queuedDocs.has(d.documentId)) continue;
      const doc = getDocument(db, d.documentId);
      if (!doc) continue;
      queuedDocs.add(d.documentId);
      shas.push(doc.sha256);
    }
    if (shas.length > 0) indexer.ensure(shas);
  });
}
