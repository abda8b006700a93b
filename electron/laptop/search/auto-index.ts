import type { DocumentId, MeetingId } from '../../../shared/model/ids';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { Db } from '../../common/sqlite/connection';
import { getDocument, listDocuments } from '../db/queries/documents';
import type { SearchIndexer } from './indexer';

/**
 * Indexing starts when documents arrive, not at the first search: a meeting changed by a relay manifest
 * queues its files, and every document the package download finishes is queued at once (its blob is on
 * disk then). Imports queue their file in the documents handler. Progress reaches the renderer as
 * `search:progress` once it asks `search:status` for the meeting.
 */
export type AutoIndexSources = {
  onMeetingChanged(listener: (meetingId: MeetingId) => void): () => void;
  onStatus(listener: (s: RelayStatus) => void): () => void;
};

export function startAutoIndexing(db: Db, indexer: SearchIndexer, sources: AutoIndexSources): () => void {
  const queuedDocs = new Set<DocumentId>();
  const offMeeting = sources.onMeetingChanged((meetingId) => indexer.ensure(listDocuments(db, meetingId).map((d) => d.sha256)));
  const offStatus = sources.onStatus((s) => {
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
  return () => {
    offMeeting();
    offStatus();
  };
}
