/*
 * Meeting package distribution: 100 MB of PDFs to 50 laptops at once from one relay (the CLI, a child
 * process), against a plain static server (node:http + fs.createReadStream, static-server.ts) serving the
 * very same files in the same run, rounds alternating which goes first. Then, with the laptop's real
 * download client (electron/laptop/sync/package-download.ts): an unchanged package costs one request per
 * laptop (ETag → 304, blobs found by hash), and a download cut at 50 % resumes with Range without re-sending
 * what arrived. The relay's RSS is sampled throughout: files are streamed, never held whole in memory.
 *
 *   npx tsx tests/bench/package-bench.ts
 */
import { Agent, request } from 'node:http';
import { existsSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { hashPassword } from '../../electron/common/password';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { createSession } from '../../electron/relay/db/sessions';
import { downloadPackage } from '../../electron/laptop/sync/package-download';
import type { FetchLike } from '../../electron/laptop/sync/relay-http';
import { makeMeetingFixture, writeExportedPackage, type FixtureDocSpec, type FixtureUserSpec } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { round, roundsMetric, type Metric } from './metric';
import { mib, procStats, rssSampler, spawnChild, type Child } from './proc';

const LAPTOPS = 50;
const DOCS = 10;
const DOC_BYTES = 10 * 1024 * 1024;
const ROUNDS = 3;
const DEADLINE_MS = 120_000;

type Target = { base: string; path: (sha: string) => string; headers: Record<string, string> };

let retriedRequests = 0;

/**
 * GET that reads and discards the body; resolves with the byte count. A request that fails before any
 * response (a keep-alive socket the server closed just then: "socket hang up") is retried once on a fresh
 * socket, as HTTP clients do for idempotent requests; retries are counted and reported.
 */
async function drain(agent: Agent, url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  try {
    return await drainOnce(agent, url, headers);
  } catch (e) {
    if ((e as { responded?: boolean }).responded) throw e;
    retriedRequests++;
    return drainOnce(agent, url, { ...headers, Connection: 'close' });
  }
}

function drainOnce(agent: Agent, url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.once('error', (e) => reject(Object.assign(e, { responded: true })));
    });
    req.setTimeout(DEADLINE_MS, () => req.destroy(new Error(`timeout ${url}`)));
    req.once('error', reject);
    req.end();
  });
}

/** Every laptop fetches every document, one after another; all laptops at once. Returns MB/s. */
async function distribute(target: (i: number) => Target, shas: string[], expectBytes: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: LAPTOPS * 2 });
  const t0 = performance.now();
  const totals = await Promise.all(
    Array.from({ length: LAPTOPS }, async (_, i) => {
      const t = target(i);
      let bytes = 0;
      for (const sha of shas) {
        const r = await drain(agent, `${t.base}${t.path(sha)}`, t.headers);
        if (r.status !== 200) throw new Error(`package bench: HTTP ${r.status} for ${sha}`);
        bytes += r.bytes;
      }
      return bytes;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  const total = totals.reduce((a, b) => a + b, 0);
  if (total !== expectBytes * LAPTOPS) throw new Error(`package bench: ${total} bytes received, expected ${expectBytes * LAPTOPS}`);
  return total / 1e6 / seconds;
}

/** fetch that counts requests (for "one round trip per laptop"). */
function countingFetch(): { fetch: FetchLike; requests: () => number } {
  let n = 0;
  return { fetch: ((...args: Parameters<FetchLike>) => (n++, fetch(...args))) as FetchLike, requests: () => n };
}

function storedBytes(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0) : 0;
}

export async function runPackageBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const dirs: string[] = [];
  let relay: RelayProcess | null = null;
  let stat: Child | null = null;
  try {
    const users: FixtureUserSpec[] = [{ key: 'chair', role: 'chair' }];
    for (let i = 0; i < LAPTOPS; i++) users.push({ key: `d${i}`, role: 'delegate' });
    const docs: FixtureDocSpec[] = Array.from({ length: DOCS }, (_, i) => ({ key: `doc${i}`, sizeBytes: DOC_BYTES }));
    const fx = await makeMeetingFixture({ seed: 7, users, docs, sharedHash: await hashPassword('bench-password') });
    const dataDir = tempDir('package-bench');
    dirs.push(dataDir, fx.dir);
    const tokens: string[] = [];
    const db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
    db.transaction(() => {
      for (let i = 0; i < LAPTOPS; i++) tokens.push(createSession(db, fx.users[`d${i}`]!.id, fx.meetingId, Date.now(), 3600_000));
    })();
    closeDb(db);
    relay = await spawnRelay({ dataDir, packageDir: writeExportedPackage(fx) });
    stat = await spawnChild('static-server.ts', [join(dataDir, 'blobs')], 'STATIC');
    const shas = Object.values(fx.docs).map((d) => d.sha256);
    const packageBytes = DOCS * DOC_BYTES;
    const relayTarget = (i: number): Target => ({
      base: relay!.url,
      path: (sha) => `/api/blobs/${sha}`,
      headers: { Authorization: `Bearer ${tokens[i]}` },
    });
    const staticTarget = (): Target => ({ base: `http://127.0.0.1:${stat!.port}`, path: (sha) => `/${sha}.pdf`, headers: {} });

    // --- Throughput, interleaved (order alternates per round); a first static pass warms the page cache.
    const idleRss = procStats(relay.pid).rssBytes;
    await distribute(staticTarget, shas, packageBytes);
    const rounds: { value: number; baseline: number }[] = [];
    const sampler = rssSampler(relay.pid);
    for (let r = 0; r < ROUNDS; r++) {
      let value: number;
      let baseline: number;
      if (r % 2 === 0) {
        value = await distribute(relayTarget, shas, packageBytes);
        baseline = await distribute(staticTarget, shas, packageBytes);
      } else {
        baseline = await distribute(staticTarget, shas, packageBytes);
        value = await distribute(relayTarget, shas, packageBytes);
      }
      rounds.push({ value, baseline });
    }
    const peakRss = sampler.stop();
    metrics.push(
      roundsMetric(`package.throughput.${LAPTOPS}_laptops_${packageBytes / 1024 / 1024}MiB`, 'MB/s', rounds, {
        target: 'ratio >= 0.8 (relay vs static server)',
      }),
    );
    metrics.push({ metric: 'package.requests_retried_after_socket_hang_up', value: retriedRequests, unit: 'requests' });
    metrics.push({
      metric: 'package.relay_rss_peak_during_distribution',
      value: mib(peakRss),
      unit: 'MiB',
      baseline: mib(idleRss),
      ratio: round(peakRss / idleRss),
    });

    // --- Unchanged package, real laptop client: laptops already hold every blob (hard links to the relay's
    // files, so 50 copies cost nothing). The first check fetches the manifest (200, its ETag), the second
    // sends If-None-Match and gets 304. Blobs are found by hash; nothing else is asked.
    const laptopDirs = tokens.map((_, i) => {
      const d = join(dataDir, `laptop-${i}`);
      mkdirSync(d, { recursive: true });
      for (const sha of shas) linkSync(join(dataDir, 'blobs', `${sha}.pdf`), join(d, `${sha}.pdf`));
      return d;
    });
    const first = await Promise.all(tokens.map((token, i) => downloadPackage({ relayUrl: relay!.url, token, blobDir: laptopDirs[i]! })));
    const t304 = performance.now();
    const counters = tokens.map(() => countingFetch());
    const second = await Promise.all(
      tokens.map((token, i) => {
        const f = first[i]!;
        if (!f.ok) throw new Error(`package bench: ${f.error.message}`);
        return downloadPackage({
          relayUrl: relay!.url,
          token,
          blobDir: laptopDirs[i]!,
          fetchImpl: counters[i]!.fetch,
          previousEtag: f.value.etag,
          previousPackage: f.value.package,
        });
      }),
    );
    const checkMs = performance.now() - t304;
    const unchanged = second.every((s) => s.ok && !s.value.manifestChanged && s.value.downloadedBytes === 0);
    if (!unchanged) throw new Error('package bench: an unchanged package was downloaded again');
    metrics.push({
      metric: 'package.unchanged.requests_per_laptop_max',
      value: Math.max(...counters.map((c) => c.requests())),
      unit: 'requests',
      target: '1 (ETag → 304)',
    } as Metric);
    metrics.push({ metric: `package.unchanged.check_${LAPTOPS}_laptops`, value: round(checkMs), unit: 'ms' });

    // --- Cut at 50 %, resumed with Range.
    const resumeDir = join(dataDir, 'laptop-resume');
    const abort = new AbortController();
    const cut = await downloadPackage({
      relayUrl: relay.url,
      token: tokens[0]!,
      blobDir: resumeDir,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.overall.receivedBytes >= packageBytes / 2) abort.abort();
      },
    });
    if (cut.ok) throw new Error('package bench: the cut download completed');
    const arrived = storedBytes(resumeDir);
    const resumeFetch = countingFetch();
    const resumed = await downloadPackage({ relayUrl: relay.url, token: tokens[0]!, blobDir: resumeDir, fetchImpl: resumeFetch.fetch });
    if (!resumed.ok) throw new Error(`package bench: resume failed: ${resumed.error.message}`);
    const resent = arrived + resumed.value.downloadedBytes - packageBytes;
    metrics.push({ metric: 'package.resume_after_cut.bytes_stored_at_cut', value: round(arrived / 1e6), unit: 'MB' });
    metrics.push({ metric: 'package.resume_after_cut.bytes_resent', value: resent, unit: 'bytes', target: '0 (Range)' } as Metric);
    metrics.push({ metric: 'package.relay_rss_after_all', value: mib(procStats(relay.pid).rssBytes), unit: 'MiB', baseline: mib(idleRss) });
    return metrics;
  } finally {
    stat?.stop();
    if (relay) await relay.stop();
    for (const d of dirs) removeDir(d);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runPackageBench().then(
    (m) => (console.log(JSON.stringify(m, null, 2)), process.exit(0)),
    (e: unknown) => (console.error(e), process.exit(1)),
  );
}
