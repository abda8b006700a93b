import type { SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import type { Db } from '../../common/sqlite/connection';
import { listSearchBlobs } from '../db/queries/search-blobs';
import { EXTRACTOR_VERSION } from './indexer';

/** Index state of a set of documents (the ones a caller may see in a meeting). */
export function searchStatus(db: Db, meetingId: MeetingId, docs: readonly DocumentMeta[], isQueued: (d: DocumentMeta) => boolean): SearchStatus {
  const rows = listSearchBlobs(db, docs.map((d) => d.sha256));
  const status: SearchStatus = { meetingId, documents: docs.length, indexed: 0, unavailable: [], pagesDone: 0, pagesTotal: 0, running: false };
  for (const d of docs) {
    const row = rows.get(d.sha256);
    const current = row && row.extractorVersion === EXTRACTOR_VERSION ? row : null;
    status.pagesTotal += current?.pagesTotal || d.pages;
    if (!current) {
      if (isQueued(d)) status.running = true;
      continue;
    }
    switch (current.state) {
      case 'done':
        status.indexed++;
        status.pagesDone += current.pagesTotal || d.pages;
        break;
      case 'failed':
      case 'encrypted':
        status.unavailable.push({ documentId: d.id, title: d.title, state: current.state, reason: current.reason });
        status.pagesDone += current.pagesTotal || d.pages;
        break;
      case 'indexing':
        status.pagesDone += current.pagesDone;
        status.running = true;
        break;
      default: {
        const never: never = current.state;
        throw new Error(`unknown state ${String(never)}`);
      }
    }
  }
  return status;
}
