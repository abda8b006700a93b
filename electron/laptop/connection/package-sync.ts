import type { DocumentDownload, RelayStatus } from '../../../shared/ipc/slices/live';
import type { DocumentId, MeetingId, UserId } from '../../../shared/model/ids';
import type { PublicMeetingPackage } from '../../../shared/relay-protocol/types';
import type { AppError } from '../../../shared/util/result';
import { appError } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { PackageProgress } from '../sync/package-download';
import type { SyncClient } from '../sync/sync-client';
import { saveCachedManifest } from './account-store';
import { applyRelayPackage } from './local-account';

/**
 * The meeting package of one relay link: download passes (manifest, then missing PDFs), the manifest applied
 * to the local database and cached, per-document progress, and retries of a pass that failed while the relay
 * stays reachable. A pass requested while one runs runs again right after it.
 */
export type PackageSync = {
  /** Starts a pass (or marks one to run again after the current one). */
  refresh(): Promise<void>;
  /** Resolves once a manifest has been applied (or a pass ended without one). */
  whenManifest(): Promise<void>;
  download(): RelayStatus['download'];
  /** Why the last pass or manifest failed while online, if it did. */
  error(): AppError | null;
  stop(): void;
};

export type PackageSyncDeps = {
  db: Db;
  client: SyncClient;
  userId: UserId;
  relayUrl: string;
  now: () => Date;
  log: (msg: string, e?: unknown) => void;
  /** Never wait longer than this between retries (reconnecting would not be slower either). */
  maxRetryMs: number;
  /** A manifest arrived: the rooms to sync follow it. */
  onManifest(pkg: PublicMeetingPackage): void;
  onMeetingChanged(meetingId: MeetingId): void;
  /** Something shown changed: `urgent` = a state change, otherwise byte counts (coalesced). */
  onChange(urgent: boolean): void;
};

/** A download pass that failed while the relay stays reachable is run again after these pauses (the last repeats). */
const DOWNLOAD_RETRY_MS = [1000, 3000, 10_000, 30_000] as const;

/** One document's failure, for people: `detail` is the transfer's technical reason (kept in parentheses). */
function documentError(detail: string): AppError {
  if (detail === 'unauthenticated') return appError('unauthenticated', 'error.sync.documentSessionExpired');
  if (/^SHA-256 mismatch/.test(detail)) return appError('internal', 'error.sync.documentHashMismatch', { detail });
  if (/^HTTP \d+/.test(detail)) return appError('offline', 'error.sync.documentRefused', { detail });
  return appError('offline', 'error.sync.documentInterrupted', { detail });
}

export function createPackageSync(deps: PackageSyncDeps): PackageSync {
  const { client } = deps;
  let stopped = false;
  let applied = false;
  let documents = new Map<DocumentId, DocumentDownload>();
  let download: RelayStatus['download'] = null;
  let error: AppError | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let retries = 0;
  const manifestWaiters: (() => void)[] = [];

  const flushWaiters = () => {
    for (const w of manifestWaiters.splice(0)) w();
  };

  const onManifest = (pkg: PublicMeetingPackage, changed: boolean) => {
    try {
      if (changed || !applied) {
        applyRelayPackage(deps.db, pkg);
        applied = true;
        deps.onMeetingChanged(pkg.meeting.id);
      }
      const m = client.manifest();
      saveCachedManifest(deps.db, deps.userId, { relayUrl: deps.relayUrl, etag: m?.etag ?? null, package: pkg }, deps.now());
      error = null;
    } catch (e) {
      deps.log('[connection] applying the relay package failed', e);
      error = appError('internal', 'error.sync.applyFailed');
    }
    deps.onManifest(pkg);
    flushWaiters();
    deps.onChange(true);
  };

  const onProgress = (p: PackageProgress) => {
    const before = documents.get(p.document.documentId);
    const d: DocumentDownload = {
      documentId: p.document.documentId,
      receivedBytes: p.document.receivedBytes,
      totalBytes: p.document.totalBytes,
      status: p.document.status,
      ...(p.document.error ? { error: documentError(p.document.error) } : {}),
    };
    documents.set(d.documentId, d);
    download = { documents: [...documents.values()], ...p.overall };
    // A document starting, finishing or failing is shown at once; byte counts (and the many "already here"
    // reports of a pass over a complete package) are coalesced.
    deps.onChange(before ? before.status !== d.status : d.status === 'downloading' || d.status === 'error');
  };

  const scheduleRetry = (failed: boolean) => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (!failed) {
      retries = 0;
      return;
    }
    if (stopped || client.state() !== 'online') return;
    const ms = Math.min(DOWNLOAD_RETRY_MS[Math.min(retries++, DOWNLOAD_RETRY_MS.length - 1)]!, deps.maxRetryMs);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!stopped) void refresh();
    }, ms);
    retryTimer.unref();
  };

  const pass = async () => {
    let failed: boolean;
    do {
      again = false;
      documents = new Map();
      const r = await client.downloadPackage({
        onManifest: (pkg, changed) => {
          if (!stopped) onManifest(pkg, changed);
        },
        onProgress: (p) => {
          if (!stopped) onProgress(p);
        },
      });
      if (stopped) return;
      failed = !r.ok;
      if (r.ok) {
        const docs = r.value.documents.map((d) => ({
          documentId: d.documentId,
          receivedBytes: d.receivedBytes,
          totalBytes: d.totalBytes,
          status: d.status,
        }));
        download = {
          documents: docs,
          receivedBytes: docs.reduce((s, d) => s + d.receivedBytes, 0),
          totalBytes: docs.reduce((s, d) => s + d.totalBytes, 0),
          documentsDone: docs.length,
          documentsTotal: docs.length,
        };
      } else if (r.error.code !== 'offline' || client.state() === 'online') {
        // Offline is already the connection state; anything else (a bad file, a refused session) is shown.
        error = r.error;
      }
      flushWaiters();
      deps.onChange(true);
    } while (again && !stopped);
    scheduleRetry(failed);
  };

  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((e: unknown) => deps.log('[connection] package download failed', e))
      .finally(() => {
        running = null;
        flushWaiters();
      });
    return running;
  }

  return {
    refresh,
    whenManifest: () =>
      new Promise<void>((resolve) => {
        manifestWaiters.push(resolve);
        void refresh();
      }),
    download: () => download,
    error: () => error,
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      flushWaiters();
    },
  };
}
