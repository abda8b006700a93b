import { isMessageKey, type Message } from '../../../shared/i18n';
import type { SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import type { Db } from '../../common/sqlite/connection';
import { listSearchBlobs } from '../db/queries/search-blobs';
import { EXTRACTOR_VERSION } from './indexer';

/** Index state of a set of documents (the ones a caller may see in a meeting). */
export function searchStatus(
  db: Db,
  meetingId: MeetingId,
  docs: readonly DocumentMeta[],
  isQueued: (d: DocumentMeta) => boolean,
): SearchStatus {
  const rows = listSearchBlobs(
    db,
    docs.map((d) => d.sha256),
  );
  const status: SearchStatus = {
    meetingId,
    documents: docs.length,
    indexed: 0,
    unavailable: [],
    pagesDone: 0,
    pagesTotal: 0,
    running: false,
  };
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
        status.unavailable.push({ documentId: d.id, title: d.title, state: current.state, reason: reasonMessage(current.reason) });
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

/** search_blobs.reason holds a JSON message (indexer.ts); anything else (an older row) reads as "not indexed". */
function reasonMessage(raw: string): Message {
  try {
    const v = JSON.parse(raw) as { key?: unknown; params?: unknown };
    if (isMessageKey(v.key)) {
      const params = v.params && typeof v.params === 'object' ? (v.params as Message['params']) : undefined;
      return params ? { key: v.key, params } : { key: v.key };
    }
  } catch {
    // not JSON: an older free-text reason
  }
  return { key: 'error.search.notIndexed' };
}
