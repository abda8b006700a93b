/*
 * Meeting package distribution: 100 MB of PDFs to 50 laptops at once from one relay (the CLI, a child
 * process), against a plain static server (node:http + fs.createReadStream, static-server.ts) serving the
 * very same files in the same run over the same protocol: plain http by default (the relay with
 * `--insecure-http` on loopback), https with `PACKAGE_BENCH_TLS=1` (the static server then serves the relay's
 * own certificate). A warm-up round of both is discarded; then ROUNDS rounds, each running relay and static
 * back to back, the order alternating per round; the ratio is the median of the per-round ratios, with its
 * spread. The servers' CPU seconds per GB are compared the same way (less sensitive to a loaded machine
 * than wall-clock throughput), and the throughput once more in per-document pairs (each document to all
 * laptops from one server, then from the other). Then, with the laptop's real download client
 * (electron/laptop/sync/package-download.ts): an unchanged package costs one request per laptop (ETag → 304,
 * blobs found by hash), and a download cut at 50 % resumes with Range without re-sending what arrived. The
 * relay's RSS is sampled throughout: files are streamed, never held whole in memory.
 *
 *   npx tsx tests/bench/package-bench.ts            (PACKAGE_BENCH_ROUNDS=7, PACKAGE_BENCH_TLS=1 optional)
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { hashPassword } from '../../electron/common/password';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { createSession } from '../../electron/relay/db/sessions';
import { downloadPackage } from '../../electron/laptop/sync/package-download';
import type { FetchLike } from '../../electron/laptop/sync/relay-http';
import { pinnedFetch } from '../../electron/laptop/sync/tls-pin';
import { makeMeetingFixture, writeExportedPackage, type FixtureDocSpec, type FixtureUserSpec } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { percentile, round, roundsMetric, type Metric } from './metric';
import { distribute, type BenchServer, type Distribution } from './package-distribute';
import { loadAverage, mib, procStats, rssSampler, spawnChild, type Child } from './proc';

const LAPTOPS = 50;
const DOCS = 10;
const DOC_BYTES = 10 * 1024 * 1024;
/** Measured rounds (odd, so the median is one round's figure); the warm-up round comes on top. */
const ROUNDS = Number(process.env.PACKAGE_BENCH_ROUNDS ?? 7);
const TLS = process.env.PACKAGE_BENCH_TLS === '1';
/** Rounds of per-document pairs (each: every document once from each server). */
const PAIR_ROUNDS = Number(process.env.PACKAGE_BENCH_PAIR_ROUNDS ?? 2);

const log = (msg: string) => process.stderr.write(`package: ${msg}\n`);

/** fetch that counts requests (for "one round trip per laptop"). */
function countingFetch(base: FetchLike): { fetch: FetchLike; requests: () => number } {
  let n = 0;
  return { fetch: ((...args: Parameters<FetchLike>) => (n++, base(...args))) as FetchLike, requests: () => n };
}

function storedBytes(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0) : 0;
}

type Round = { relay: Distribution; static: Distribution };

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
    relay = await spawnRelay({ dataDir, packageDir: writeExportedPackage(fx), tls: TLS });
    // Same protocol for subject and baseline: over https the static server serves the relay's own certificate.
    const certFile = join(dataDir, 'tls', 'relay-cert.pem');
    const tlsArgs = TLS ? ['--tls', certFile, join(dataDir, 'tls', 'relay-key.pem')] : [];
    stat = await spawnChild('static-server.ts', [join(dataDir, 'blobs'), ...tlsArgs], 'STATIC');
    const scheme = TLS ? 'https' : 'http';
    if (new URL(relay.url).protocol !== `${scheme}:`) throw new Error(`package bench: relay serves ${relay.url}, expected ${scheme}`);
    const ca = TLS ? readFileSync(certFile, 'utf8') : undefined;
    const laptopFetch: FetchLike = TLS ? pinnedFetch({ fingerprint256: relay.fingerprint256!, caPem: ca! }) : fetch;
    const shas = Object.values(fx.docs).map((d) => d.sha256);
    const packageBytes = DOCS * DOC_BYTES;
    const relayServer: BenchServer = {
      name: 'relay',
      base: relay.url,
      pid: relay.pid,
      path: (sha) => `/api/blobs/${sha}`,
      headers: (i) => ({ Authorization: `Bearer ${tokens[i]}` }),
      ca,
      retried: 0,
    };
    const staticServer: BenchServer = {
      name: 'static',
      base: `${scheme}://127.0.0.1:${stat.port}`,
      pid: stat.pid,
      path: (sha) => `/${sha}.pdf`,
      headers: () => ({}),
      ca,
      retried: 0,
    };
    const run = (server: BenchServer) => distribute(server, LAPTOPS, shas, packageBytes);

    // --- Throughput. The warm-up round (page cache, both servers' JIT, the relay's session lookups) is
    // discarded; then each round runs both back to back, relay first in even rounds, static first in odd ones.
    const idleRss = procStats(relay.pid).rssBytes;
    const sampler = rssSampler(relay.pid);
    const loadBefore = loadAverage();
    await run(staticServer);
    await run(relayServer);
    log(`warm-up done (${scheme}, load ${loadAverage()})`);
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const first = r % 2 === 0 ? relayServer : staticServer;
      const second = first === relayServer ? staticServer : relayServer;
      const a = await run(first);
      const b = await run(second);
      const round_ = (first === relayServer ? { relay: a, static: b } : { relay: b, static: a }) satisfies Round;
      rounds.push(round_);
      log(
        `round ${r + 1}/${ROUNDS} (${first.name} first): relay ${round(round_.relay.mbps)} MB/s, static ${round(round_.static.mbps)} MB/s, ` +
          `ratio ${round(round_.relay.mbps / round_.static.mbps, 3)}; load ${loadAverage()}`,
      );
    }
    const peakRss = sampler.stop();

    // --- The same transfer in finer pairs: 50 laptops fetching one 10 MiB document at once, from the relay
    // and from the static server back to back (order alternating per pair). A pair is measured within a few
    // seconds, so the other jobs on the two cores move less between its halves than between two 5 GB runs.
    const pairs: { value: number; baseline: number }[] = [];
    for (let r = 0; r < PAIR_ROUNDS; r++) {
      for (const [k, sha] of shas.entries()) {
        const relayFirst = (r * shas.length + k) % 2 === 0;
        const one = (server: BenchServer) => distribute(server, LAPTOPS, [sha], DOC_BYTES);
        const a = await one(relayFirst ? relayServer : staticServer);
        const b = await one(relayFirst ? staticServer : relayServer);
        pairs.push(relayFirst ? { value: a.mbps, baseline: b.mbps } : { value: b.mbps, baseline: a.mbps });
      }
    }
    log(`${pairs.length} per-document pairs done; load ${loadAverage()}`);
    const pairRatios = pairs.map((p) => p.value / p.baseline);
    const loadAfter = loadAverage();
    const suffix = TLS ? '.https' : '';
    metrics.push(
      roundsMetric(
        `package.throughput.${LAPTOPS}_laptops_${packageBytes / 1024 / 1024}MiB${suffix}`,
        'MB/s',
        rounds.map((r) => ({ value: r.relay.mbps, baseline: r.static.mbps })),
        { target: 'ratio >= 0.8 (relay vs static server)' },
      ),
    );
    metrics.push(
      // With 20 pairs min/max are the two worst disturbances; the middle half (p25–p75) says more.
      Object.assign(
        roundsMetric(`package.throughput.per_document_pairs.${LAPTOPS}_laptops_10MiB${suffix}`, 'MB/s', pairs, {
          target: 'ratio >= 0.8 (relay vs static server)',
        }),
        { ratioP25: round(percentile(pairRatios, 25), 3), ratioP75: round(percentile(pairRatios, 75), 3) },
      ),
    );
    metrics.push(
      roundsMetric(
        `package.server_cpu_per_GB${suffix}`,
        'CPU s/GB',
        rounds.map((r) => ({ value: r.relay.cpuSecondsPerGB, baseline: r.static.cpuSecondsPerGB })),
      ),
    );
    metrics.push({
      metric: 'package.requests_retried_after_socket_hang_up',
      value: relayServer.retried,
      unit: 'requests (baseline: the static server)',
      baseline: staticServer.retried,
      target: '0 (relay)',
    } as Metric);
    metrics.push({
      metric: 'package.load_average_1min.throughput',
      value: loadAfter,
      unit: 'runnable tasks (2 cores)',
      baseline: loadBefore,
    });
    metrics.push({
      metric: 'package.relay_rss_peak_during_distribution',
      value: mib(peakRss),
      unit: 'MiB',
      baseline: mib(idleRss),
      ratio: round(peakRss / idleRss),
    });
    // Streamed: the relay's growth while 50 laptops each have a 10 MiB file in flight, against those files'
    // bytes. Holding whole files would make this at least 1.
    const inFlight = LAPTOPS * DOC_BYTES;
    metrics.push({
      metric: 'package.relay_rss_growth_vs_files_in_flight',
      value: mib(peakRss - idleRss),
      unit: 'MiB',
      baseline: mib(inFlight),
      ratio: round((peakRss - idleRss) / inFlight, 3),
      target: 'ratio far below 1 (streamed, not buffered)',
    } as Metric);

    // --- Unchanged package, real laptop client: laptops already hold every blob (hard links to the relay's
    // files, so 50 copies cost nothing). The first check fetches the manifest (200, its ETag), the second
    // sends If-None-Match and gets 304. Blobs are found by hash; nothing else is asked.
    const laptopDirs = tokens.map((_, i) => {
      const d = join(dataDir, `laptop-${i}`);
      mkdirSync(d, { recursive: true });
      for (const sha of shas) linkSync(join(dataDir, 'blobs', `${sha}.pdf`), join(d, `${sha}.pdf`));
      return d;
    });
    const first = await Promise.all(
      tokens.map((token, i) => downloadPackage({ relayUrl: relay!.url, token, blobDir: laptopDirs[i]!, fetchImpl: laptopFetch })),
    );
    const t304 = performance.now();
    const counters = tokens.map(() => countingFetch(laptopFetch));
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
      fetchImpl: laptopFetch,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.overall.receivedBytes >= packageBytes / 2) abort.abort();
      },
    });
    if (cut.ok) throw new Error('package bench: the cut download completed');
    const arrived = storedBytes(resumeDir);
    const resumeFetch = countingFetch(laptopFetch);
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
