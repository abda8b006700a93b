import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/common/sqlite/connection';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import type { PackageProgress } from '../../electron/laptop/sync/package-download';
import type { SyncClient } from '../../electron/laptop/sync/sync-client';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import { DEFAULT_DOCS, makeMeetingFixture } from '../helpers/relay-fixture';
import type { TestRelay } from '../helpers/relay-harness';
import { removeDir, startTestRelay, tempDir } from '../helpers/relay-harness';

/**
 * Package distribution: only what the delegate may see, only what is missing, resumed with Range,
 * verified by SHA-256, with progress per document and for the whole package.
 */
const BIG = 3 * 1024 * 1024;
let t: TestRelay;
let db: Db;
let laptopDir: string;
let blobDir: string;
let c: SyncClient;

beforeAll(async () => {
  const fx = await makeMeetingFixture({
    seed: 12,
    docs: [...DEFAULT_DOCS, { key: 'big', title: 'Dự thảo nghị quyết (lớn)', sizeBytes: BIG }],
  });
  t = await startTestRelay({ fx });
  laptopDir = tempDir('laptop-pkg');
  blobDir = join(laptopDir, 'blobs');
  db = openDb({ file: join(laptopDir, 'local.db'), migrations: LOCAL_MIGRATIONS });
  c = createSyncClient({ relayUrl: t.relay.url, username: 'd1', password: fx.users.d1!.password, db, blobDir, autoStart: false });
});
afterAll(async () => {
  await c.close();
  await t.relay.close();
  closeDb(db);
  for (const d of [laptopDir, t.dataDir, t.fx.dir]) removeDir(d);
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const file = (key: string) => join(blobDir, `${t.fx.docs[key]!.sha256}.pdf`);

describe('package download', () => {
  it('downloads exactly the documents the delegate may see, verified, with progress per document and overall', async () => {
    const events: PackageProgress[] = [];
    const r = await c.downloadPackage({ onProgress: (p) => events.push(p) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const visible = ['public', 'secretForD1', 'big'];
    expect(r.value.package.documents.map((d) => d.id).sort()).toEqual(visible.map((k) => t.fx.docs[k]!.id).sort());
    for (const k of visible) expect(sha256(readFileSync(file(k)))).toBe(t.fx.docs[k]!.sha256);
    expect(existsSync(file('group2'))).toBe(false);
    const total = visible.reduce((s, k) => s + t.fx.docs[k]!.bytes.length, 0);
    expect(r.value.downloadedBytes).toBe(total);

    // Progress: per document never goes backwards, and the last overall event is the whole package, done.
    const perDoc = new Map<string, number>();
    for (const e of events) {
      expect(e.document.receivedBytes).toBeGreaterThanOrEqual(perDoc.get(e.document.documentId) ?? 0);
      perDoc.set(e.document.documentId, e.document.receivedBytes);
    }
    const last = events.at(-1)!.overall;
    expect(last).toEqual({ receivedBytes: total, totalBytes: total, documentsDone: 3, documentsTotal: 3 });
    expect(events.filter((e) => e.document.documentId === t.fx.docs.big!.id).length).toBeGreaterThan(3);
  });

  it('re-downloads nothing for an unchanged package', async () => {
    const r = await c.downloadPackage();
    expect(r.ok && r.value.downloadedBytes).toBe(0);
    expect(r.ok && r.value.manifestChanged).toBe(false);
    expect(r.ok && r.value.documents.every((d) => d.status === 'done')).toBe(true);
  });

  it('resumes a partial download with Range instead of starting over', async () => {
    const big = t.fx.docs.big!;
    rmSync(file('big'));
    const partial = 1_000_000;
    writeFileSync(`${file('big')}.part`, big.bytes.subarray(0, partial));
    const r = await c.downloadPackage();
    expect(r.ok && r.value.downloadedBytes).toBe(big.bytes.length - partial);
    expect(sha256(readFileSync(file('big')))).toBe(big.sha256);
    expect(existsSync(`${file('big')}.part`)).toBe(false);
  });

  it('resumes after an interrupted transfer (aborted mid-stream)', async () => {
    const big = t.fx.docs.big!;
    rmSync(file('big'));
    const ac = new AbortController();
    const first = await c.downloadPackage({
      signal: ac.signal,
      onProgress: (p) => {
        if (p.document.documentId === big.id && p.document.receivedBytes > 0 && p.document.status === 'downloading') ac.abort();
      },
    });
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error.code).toBe('offline');
    expect(existsSync(file('big'))).toBe(false);
    const kept = existsSync(`${file('big')}.part`) ? readFileSync(`${file('big')}.part`).length : 0;
    expect(kept).toBeGreaterThan(0);

    const second = await c.downloadPackage();
    expect(second.ok && second.value.downloadedBytes).toBe(big.bytes.length - kept);
    expect(sha256(readFileSync(file('big')))).toBe(big.sha256);
  });

  it('discards a corrupt partial file and still ends with verified bytes', async () => {
    const doc = t.fx.docs.public!;
    rmSync(file('public'));
    const junk = new Uint8Array(50_000).fill(7);
    writeFileSync(`${file('public')}.part`, junk);
    const r = await c.downloadPackage();
    expect(r.ok).toBe(true);
    expect(sha256(readFileSync(file('public')))).toBe(doc.sha256);
  });
});
