import type { Message } from '../../../shared/i18n';
import type { Sha256 } from '../../../shared/model/ids';
import { foldText } from '../../../shared/search/normalize';
import type { Db } from '../../common/sqlite/connection';
import { finishSearchBlob, getSearchBlob, resetSearchBlob, type SearchBlobRow } from '../db/queries/search-blobs';
import { insertPages, lastStoredPage } from '../db/queries/search-pages';
import { insertSealedPages, lastSealedPage } from '../db/queries/search-sealed-pages';
import type { BlobStore } from '../blob-store';
import type { ExtractOutcome, TextExtractor } from './extractor';
import type { SealedSearch } from './sealed-search';

/** Bump when extraction or folding changes: every file is indexed again. */
export const EXTRACTOR_VERSION = 1;

export type SearchIndexer = {
  /** Queues files that are not indexed yet (or whose indexing was interrupted). Returns immediately. */
  ensure(shas: readonly Sha256[]): void;
  /** True while `sha` is queued or being extracted. */
  isQueued(sha: Sha256): boolean;
  /** Called after every stored batch (`finished` false) and when a file finishes (true). */
  onChange(listener: (sha: Sha256, finished: boolean) => void): () => void;
  /** Resolves when the queue is empty (tests and benchmarks wait on this instead of sleeping). */
  idle(): Promise<void>;
  close(): Promise<void>;
};

export type SearchIndexerConfig = {
  db: Db;
  blobs: BlobStore;
  extractor: TextExtractor;
  /** Where the text of confidential (sealed) files goes instead of the FTS index. */
  sealed: SealedSearch;
  now: () => Date;
  log?: (msg: string, e?: unknown) => void;
};

const needsWork = (row: SearchBlobRow | null) => !row || row.extractorVersion !== EXTRACTOR_VERSION || row.state === 'indexing';

/** Why a document's text is not searchable, kept in search_blobs.reason as a JSON message (decoded by status.ts). */
function failureReason(o: Exclude<ExtractOutcome, { kind: 'done' } | { kind: 'closed' }>): {
  state: 'failed' | 'encrypted';
  reason: Message;
} {
  switch (o.kind) {
    case 'encrypted':
      return { state: 'encrypted', reason: { key: 'error.search.encrypted' } };
    case 'invalid':
      return { state: 'failed', reason: { key: 'error.search.unreadable', params: { cause: o.cause.slice(0, 200) } } };
    case 'timeout':
      return { state: 'failed', reason: { key: 'error.search.timeout' } };
    case 'crash':
      return { state: 'failed', reason: { key: 'error.search.crashed', params: { cause: o.cause.slice(0, 200) } } };
    default: {
      const never: never = o;
      throw new Error(`unknown outcome ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Background indexing, one file (document version, by sha256) at a time: text is extracted in a worker
 * thread, folded here and stored batch by batch, so an interrupted run resumes where it stopped.
 */
export function createSearchIndexer(config: SearchIndexerConfig): SearchIndexer {
  const { db, blobs, extractor, now } = config;
  const log = config.log ?? ((m, e) => console.error(m, e));
  const queue: Sha256[] = [];
  const queued = new Set<Sha256>();
  /** Files known to be indexed (or failed) by this extractor version: ensure() skips them without a query. */
  const settled = new Set<Sha256>();
  const listeners = new Set<(sha: Sha256, finished: boolean) => void>();
  /** Sealed files met while their meeting's key was not in memory: queued again when a key arrives. */
  const waitingForKey = new Set<Sha256>();
  let running: Promise<void> | null = null;
  let closed = false;

  const notify = (sha: Sha256, finished = false) => {
    for (const l of listeners) {
      try {
        l(sha, finished);
      } catch (e) {
        log('[search] progress listener failed', e);
      }
    }
  };

  async function indexOne(sha: Sha256): Promise<void> {
    const row = getSearchBlob(db, sha);
    if (!needsWork(row)) return;
    if (!blobs.has(sha)) return; // not on this laptop yet (still syncing): tried again on the next request
    const opened = blobs.open(sha);
    if (!opened.ok && opened.error.key === 'error.confidential.locked') {
      waitingForKey.add(sha);
      return;
    }
    waitingForKey.delete(sha);
    if (!opened.ok) {
      settled.add(sha);
      finishSearchBlob(db, sha, 'failed', JSON.stringify({ key: opened.error.key }), now().toISOString(), EXTRACTOR_VERSION);
      notify(sha, true);
      return;
    }
    const sealedFor = opened.value.sealedFor;
    let fromPage = 1;
    if (row && row.state === 'indexing' && row.extractorVersion === EXTRACTOR_VERSION)
      fromPage = (sealedFor ? lastSealedPage(db, sha) : lastStoredPage(db, sha)) + 1;
    else resetSearchBlob(db, sha, 0, EXTRACTOR_VERSION, now().toISOString());
    notify(sha);
    const outcome = await extractor.extract(opened.value.bytes, fromPage, {
      onOpened: (pages) => {
        db.prepare('UPDATE search_blobs SET pages_total = ? WHERE sha256 = ?').run(pages, sha);
        notify(sha);
      },
      onPages: (pages) => {
        if (sealedFor) {
          // Confidential: the text is sealed with the meeting's key before it reaches the database.
          const sealed = config.sealed.sealPages(sealedFor, sha, pages);
          if (sealed) insertSealedPages(db, sha, sealedFor, sealed, now().toISOString());
          notify(sha);
          return;
        }
        insertPages(
          db,
          sha,
          pages.map((p) => ({ page: p.page, body: p.body, folded: foldText(p.body) })),
          now().toISOString(),
        );
        notify(sha);
      },
    });
    if (outcome.kind === 'closed') return;
    settled.add(sha);
    if (outcome.kind === 'done') {
      finishSearchBlob(db, sha, 'done', '', now().toISOString(), EXTRACTOR_VERSION);
    } else {
      const f = failureReason(outcome);
      finishSearchBlob(db, sha, f.state, JSON.stringify(f.reason), now().toISOString(), EXTRACTOR_VERSION);
    }
    notify(sha, true);
  }

  async function drain(): Promise<void> {
    while (!closed && queue.length > 0) {
      const sha = queue[0]!;
      try {
        await indexOne(sha);
      } catch (e) {
        if (!closed) log(`[search] indexing ${sha} failed`, e);
      } finally {
        queue.shift();
        queued.delete(sha);
      }
    }
  }

  function kick(): void {
    if (running || closed) return;
    running = drain().finally(() => {
      running = null;
      if (queue.length > 0 && !closed) kick();
    });
  }

  const offKeys = blobs.keys.onChange(() => {
    if (waitingForKey.size > 0) api.ensure([...waitingForKey]);
  });

  const api: SearchIndexer = {
    ensure(shas) {
      if (closed) return;
      for (const sha of shas) {
        if (queued.has(sha) || settled.has(sha)) continue;
        if (!needsWork(getSearchBlob(db, sha))) {
          settled.add(sha);
          continue;
        }
        queued.add(sha);
        queue.push(sha);
      }
      kick();
    },
    isQueued: (sha) => queued.has(sha),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      offKeys();
      await extractor.close();
      await running;
    },
  };
  return api;
}
