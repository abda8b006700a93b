import type { SearchHit, SearchStatus } from '../../../shared/ipc/slices/viewer';
import type { MeetingId, Sha256 } from '../../../shared/model/ids';
import type { DocumentMeta } from '../../../shared/model/types';
import { queryTokens } from '../../../shared/search/normalize';
import type { Db } from '../../common/sqlite/connection';
import type { BlobStore } from '../blob-store';
import { createTextExtractor, type TextExtractor } from './extractor';
import { createSearchIndexer, type SearchIndexer } from './indexer';
import { searchDocuments } from './query';
import type { SealedSearch } from './sealed-search';
import { createSealedSearch } from './sealed-search';
import { searchStatus } from './status';

/** Progress events are coalesced to at most one per this interval per watcher. */
export const PROGRESS_INTERVAL_MS = 200;

export type SearchService = {
  indexer: SearchIndexer;
  /** Confidential documents' sealed search text (decrypted in memory only). */
  sealed: SealedSearch;
  /** Index state of these documents; queues whatever is not indexed yet. */
  status(meetingId: MeetingId, docs: readonly DocumentMeta[]): SearchStatus;
  query(docs: readonly DocumentMeta[], query: string, limit?: number): SearchHit[];
  /**
   * Sends `search:progress` for these documents to `emit` until they are all indexed (or failed).
   * `key` identifies the watcher (one per caller and meeting), so asking again replaces the old watch.
   * `current`: their status just computed by `status()`, so it is not computed twice.
   */
  watch(key: object, meetingId: MeetingId, docs: readonly DocumentMeta[], emit: (s: SearchStatus) => void, current?: SearchStatus): void;
  close(): Promise<void>;
};

export type SearchServiceConfig = {
  db: Db;
  blobs: BlobStore;
  now: () => Date;
  extractor?: TextExtractor;
  log?: (msg: string, e?: unknown) => void;
};

type Watch = {
  meetingId: MeetingId;
  docs: readonly DocumentMeta[];
  shas: Set<Sha256>;
  emit: (s: SearchStatus) => void;
  lastSentMs: number;
  timer: NodeJS.Timeout | null;
};

export function createSearchService(config: SearchServiceConfig): SearchService {
  const { db } = config;
  const sealed = createSealedSearch({ db, keys: config.blobs.keys });
  const indexer = createSearchIndexer({
    db,
    blobs: config.blobs,
    sealed,
    extractor: config.extractor ?? createTextExtractor(),
    now: config.now,
    log: config.log,
  });
  const watches = new Map<object, Map<MeetingId, Watch>>();

  const statusOf = (meetingId: MeetingId, docs: readonly DocumentMeta[]) =>
    searchStatus(db, meetingId, docs, (d) => indexer.isQueued(d.sha256));

  function send(key: object, w: Watch): void {
    w.timer = null;
    w.lastSentMs = Date.now();
    const s = statusOf(w.meetingId, w.docs);
    w.emit(s);
    if (!s.running) {
      const byMeeting = watches.get(key);
      byMeeting?.delete(w.meetingId);
      if (byMeeting?.size === 0) watches.delete(key);
    }
  }

  indexer.onChange((sha, finished) => {
    for (const [key, byMeeting] of watches) {
      for (const w of [...byMeeting.values()]) {
        if (!w.shas.has(sha)) continue;
        // A finished file is reported at once: it may be the last one, and nothing else would follow.
        if (finished) {
          if (w.timer) clearTimeout(w.timer);
          send(key, w);
          continue;
        }
        if (w.timer) continue;
        const wait = w.lastSentMs + PROGRESS_INTERVAL_MS - Date.now();
        if (wait <= 0) send(key, w);
        else (w.timer = setTimeout(() => send(key, w), wait)).unref();
      }
    }
  });

  return {
    indexer,
    sealed,
    status(meetingId, docs) {
      indexer.ensure(docs.map((d) => d.sha256));
      return statusOf(meetingId, docs);
    },
    query(docs, query, limit) {
      indexer.ensure(docs.map((d) => d.sha256));
      return searchDocuments(db, docs, queryTokens(query), limit, sealed);
    },
    watch(key, meetingId, docs, emit, current) {
      const byMeeting = watches.get(key) ?? new Map<MeetingId, Watch>();
      const old = byMeeting.get(meetingId);
      if (old?.timer) clearTimeout(old.timer);
      const w: Watch = { meetingId, docs, shas: new Set(docs.map((d) => d.sha256)), emit, lastSentMs: 0, timer: null };
      if (!(current ?? statusOf(meetingId, docs)).running) {
        byMeeting.delete(meetingId);
        return;
      }
      byMeeting.set(meetingId, w);
      watches.set(key, byMeeting);
    },
    async close() {
      for (const byMeeting of watches.values()) for (const w of byMeeting.values()) if (w.timer) clearTimeout(w.timer);
      watches.clear();
      await indexer.close();
    },
  };
}
