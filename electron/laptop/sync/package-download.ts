import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentId, MeetingId, Sha256 } from '../../../shared/model/ids';
import { isSha256 } from '../../../shared/model/ids';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { PublicMeetingPackage } from '../../../shared/relay-protocol/types';
import type { MeetingKey } from '../confidential/seal';
import { openSealedWriter } from '../confidential/sealed-file';
import type { FetchLike } from './relay-http';
import { httpBase, relayGetJson } from './relay-http';

/**
 * Downloads a meeting package: the manifest (ETag → an unchanged package costs one 304), then only the
 * blobs missing from `blobDir` (content-addressed `<sha256>.pdf`, the same layout as the local blob store).
 * A blob is written to `<sha>.pdf.part`, resumed with Range from whatever a previous attempt left, hashed
 * while it streams, and renamed to its final name only after the SHA-256 matches and the file is fsynced:
 * a file under a final name is always complete and correct, so its existence is the cache check.
 */
export type DocumentProgress = {
  documentId: DocumentId;
  sha256: Sha256;
  receivedBytes: number;
  totalBytes: number;
  status: 'queued' | 'downloading' | 'done' | 'error';
  error?: string;
};

export type PackageProgress = {
  /** The document whose progress changed. */
  document: DocumentProgress;
  overall: { receivedBytes: number; totalBytes: number; documentsDone: number; documentsTotal: number };
};

export type PackageDownloadResult = {
  package: PublicMeetingPackage;
  /** ETag of the manifest, to pass back as `previousEtag` next time. */
  etag: string | null;
  /** False when the relay answered 304 for `previousEtag` and `package` is `previousPackage`. */
  manifestChanged: boolean;
  /** Bytes actually transferred for blobs in this call (0 for an unchanged, complete package). */
  downloadedBytes: number;
  documents: DocumentProgress[];
};

export type DownloadOptions = {
  relayUrl: string;
  token: string;
  blobDir: string;
  fetchImpl?: FetchLike;
  onProgress?: (p: PackageProgress) => void;
  /** Called with the manifest before any blob is fetched (`changed` false on a 304). */
  onManifest?: (pkg: PublicMeetingPackage, changed: boolean, etag: string | null) => void;
  signal?: AbortSignal;
  /** Parallel blob downloads. */
  concurrency?: number;
  previousEtag?: string | null;
  previousPackage?: PublicMeetingPackage | null;
  /** How each blob is stored (default: plain `<sha>.pdf`). */
  storage?: (sha: Sha256, pkg: PublicMeetingPackage) => BlobStorage;
};

/**
 * Plain `<sha>.pdf`; sealed `<sha>.mat`, encrypted with the meeting's key while it streams (confidential
 * documents: the plaintext never reaches the disk; resumed from its last complete chunk); locked:
 * confidential but no key in memory, so not downloaded at all.
 */
export type BlobStorage = { kind: 'plain' } | { kind: 'sealed'; meetingId: MeetingId; key: MeetingKey } | { kind: 'locked' };

/** The error detail of a confidential blob skipped for want of its key. */
export const LOCKED_DETAIL = 'confidential: no meeting key';

const DEFAULT_CONCURRENCY = 3;

export const blobFileName = (sha: Sha256): string => `${sha}.pdf`;
export const sealedBlobFileName = (sha: Sha256): string => `${sha}.mat`;

/**
 * Downloads one confidential blob, sealing it chunk by chunk as it streams (confidential/sealed-file.ts): the
 * plaintext never reaches the disk, and an interrupted file resumes from its last complete chunk with Range.
 */
async function downloadSealedBlob(
  opts: { relayUrl: string; token: string; blobDir: string; fetchImpl: FetchLike; signal?: AbortSignal },
  sha: Sha256,
  size: number,
  storage: Extract<BlobStorage, { kind: 'sealed' }>,
  onBytes: (received: number) => void,
): Promise<number> {
  const final = join(opts.blobDir, sealedBlobFileName(sha));
  const part = `${final}.part`;
  const fileKey = { key: storage.key, meetingId: storage.meetingId, sha };
  let transferred = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    let hash = createHash('sha256');
    let writer = await openSealedWriter(part, fileKey, size, hash, existsSync(part));
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${opts.token}` };
      if (writer.offset > 0) {
        headers.Range = `bytes=${writer.offset}-`;
        headers['If-Range'] = `"${sha}"`;
      }
      onBytes(writer.offset);
      const res = await opts.fetchImpl(`${httpBase(opts.relayUrl)}/api/blobs/${sha}`, { headers, signal: opts.signal });
      if (res.status === 401) throw new BlobError('unauthenticated');
      if (res.status !== 200 && res.status !== 206) throw new BlobError(`HTTP ${res.status}`);
      let received = writer.offset;
      if (res.status === 200 && writer.offset > 0) {
        // The relay ignored the range: start the file over.
        await writer.close();
        hash = createHash('sha256');
        writer = await openSealedWriter(part, fileKey, size, hash, false);
        received = 0;
      }
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          await writer.write(chunk);
          received += chunk.length;
          transferred += chunk.length;
          onBytes(received);
        }
      }
      if (received !== size) throw new BlobError(`short body: ${received} of ${size} bytes`);
      await writer.finish();
    } finally {
      await writer.close();
    }
    if (hash.digest('hex') === sha) {
      await rename(part, final);
      return transferred;
    }
    await rm(part, { force: true });
  }
  throw new BlobError(`SHA-256 mismatch for ${sha}`);
}

async function hashExisting(path: string, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

class BlobError extends Error {}

/** Downloads one blob into blobDir; returns bytes transferred. Retries once from scratch on a hash mismatch. */
async function downloadBlob(
  opts: { relayUrl: string; token: string; blobDir: string; fetchImpl: FetchLike; signal?: AbortSignal },
  sha: Sha256,
  size: number,
  onBytes: (received: number) => void,
): Promise<number> {
  const final = join(opts.blobDir, blobFileName(sha));
  const part = `${final}.part`;
  let transferred = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    let offset = existsSync(part) ? statSync(part).size : 0;
    if (offset > size) {
      await rm(part, { force: true });
      offset = 0;
    }
    const hash = createHash('sha256');
    if (offset > 0) await hashExisting(part, hash);
    onBytes(offset);
    let complete = offset === size;
    if (!complete) {
      const headers: Record<string, string> = { Authorization: `Bearer ${opts.token}` };
      if (offset > 0) {
        headers.Range = `bytes=${offset}-`;
        headers['If-Range'] = `"${sha}"`;
      }
      const res = await opts.fetchImpl(`${httpBase(opts.relayUrl)}/api/blobs/${sha}`, { headers, signal: opts.signal });
      if (res.status === 401) throw new BlobError('unauthenticated');
      if (res.status !== 200 && res.status !== 206) throw new BlobError(`HTTP ${res.status}`);
      // A 200 to a range request means the relay ignored the range: start over with a fresh hash.
      if (res.status === 200) offset = 0;
      const h = res.status === 200 ? createHash('sha256') : hash;
      const fh = await open(part, res.status === 200 ? 'w' : 'a');
      let received = offset;
      try {
        if (res.body) {
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
            await fh.write(chunk);
            h.update(chunk);
            received += chunk.length;
            transferred += chunk.length;
            onBytes(received);
          }
        }
        await fh.sync();
      } finally {
        await fh.close();
      }
      complete = received === size;
      if (!complete) throw new BlobError(`short body: ${received} of ${size} bytes`);
      if (h.digest('hex') === sha) {
        await rename(part, final);
        return transferred;
      }
    } else if (hash.digest('hex') === sha) {
      await rename(part, final);
      return transferred;
    }
    // Hash mismatch (a corrupt partial file, most likely): discard and fetch the whole file once more.
    await rm(part, { force: true });
  }
  throw new BlobError(`SHA-256 mismatch for ${sha}`);
}

export async function downloadPackage(opts: DownloadOptions): Promise<Result<PackageDownloadResult>> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  mkdirSync(opts.blobDir, { recursive: true });
  const manifest = await relayGetJson<PublicMeetingPackage>(
    fetchImpl,
    opts.relayUrl,
    '/api/package',
    opts.token,
    opts.previousPackage ? opts.previousEtag : null,
  );
  if (!manifest.ok) return manifest;
  const pkg = manifest.value.notModified ? opts.previousPackage! : manifest.value.value!;
  opts.onManifest?.(pkg, !manifest.value.notModified, manifest.value.etag);

  const docs: DocumentProgress[] = pkg.documents
    .filter((d) => isSha256(d.sha256))
    .map((d) => ({ documentId: d.id, sha256: d.sha256, receivedBytes: 0, totalBytes: d.sizeBytes, status: 'queued' as const }));
  const bySha = new Map<Sha256, DocumentProgress[]>();
  for (const d of docs) bySha.set(d.sha256, [...(bySha.get(d.sha256) ?? []), d]);

  const overall = () => ({
    receivedBytes: docs.reduce((s, d) => s + d.receivedBytes, 0),
    totalBytes: docs.reduce((s, d) => s + d.totalBytes, 0),
    documentsDone: docs.filter((d) => d.status === 'done').length,
    documentsTotal: docs.length,
  });
  const report = (d: DocumentProgress) => opts.onProgress?.({ document: { ...d }, overall: overall() });
  const update = (sha: Sha256, patch: Partial<DocumentProgress>) => {
    for (const d of bySha.get(sha) ?? []) {
      Object.assign(d, patch);
      report(d);
    }
  };

  let downloadedBytes = 0;
  const queue: Sha256[] = [];
  for (const sha of bySha.keys()) {
    const total = bySha.get(sha)![0]!.totalBytes;
    const here = existsSync(join(opts.blobDir, blobFileName(sha))) || existsSync(join(opts.blobDir, sealedBlobFileName(sha)));
    if (here) update(sha, { receivedBytes: total, status: 'done' });
    else queue.push(sha);
  }
  // Announce what is still to come, so a progress list shows waiting documents, not only the ones under way.
  for (const sha of queue) for (const d of bySha.get(sha)!) report(d);

  let authFailed = false;
  const worker = async () => {
    for (let sha = queue.shift(); sha; sha = queue.shift()) {
      if (opts.signal?.aborted || authFailed) return;
      const total = bySha.get(sha)![0]!.totalBytes;
      const storage = opts.storage?.(sha, pkg) ?? { kind: 'plain' };
      if (storage.kind === 'locked') {
        update(sha, { status: 'error', error: LOCKED_DETAIL });
        continue;
      }
      update(sha, { status: 'downloading' });
      try {
        const onBytes = (received: number) => update(sha, { receivedBytes: received });
        const transferred =
          storage.kind === 'sealed'
            ? await downloadSealedBlob({ ...opts, fetchImpl }, sha, total, storage, onBytes)
            : await downloadBlob({ ...opts, fetchImpl }, sha, total, onBytes);
        downloadedBytes += transferred;
        update(sha, { receivedBytes: total, status: 'done' });
      } catch (e) {
        if (e instanceof BlobError && e.message === 'unauthenticated') authFailed = true;
        update(sha, { status: 'error', error: opts.signal?.aborted ? 'aborted' : e instanceof Error ? e.message : String(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, worker));

  if (authFailed) return fail('unauthenticated', 'error.sync.sessionExpired');
  const failed = docs.filter((d) => d.status !== 'done');
  if (failed.length > 0) {
    // Transport failures (relay gone, aborted) are "offline"; a bad hash or an HTTP error is not.
    const offline = failed.some((d) => !/^(SHA-256 mismatch|HTTP \d+|confidential:)/.test(d.error ?? ''));
    return fail(
      offline ? 'offline' : 'internal',
      'error.sync.packageIncomplete',
      { failed: failed.length, total: docs.length },
      { failed: failed.length, downloadedBytes },
    );
  }
  return ok({
    package: pkg,
    etag: manifest.value.etag,
    manifestChanged: !manifest.value.notModified,
    downloadedBytes,
    documents: docs.map((d) => ({ ...d })),
  });
}
