/**
 * `npm run bench [-- <suite>...]`: runs the benchmark suites one after another (they compete for the same
 * two cores otherwise) and prints one JSON array of metrics. Suites: viewer, search, package, relay, wifi,
 * votes, elections. Progress goes to stderr so stdout stays valid JSON. The machine's load average is recorded before
 * and after: absolute figures move with it, ratios against same-run baselines much less.
 */
import type { Metric } from './metric';
import { loadAverage } from './proc';

type Suite = { name: string; load: () => Promise<() => Promise<Metric[]>> };

const SUITES: Suite[] = [
  { name: 'viewer', load: async () => (await import('./viewer-bench')).runViewerBench },
  { name: 'search', load: async () => (await import('./search-bench')).runSearchBench },
  { name: 'package', load: async () => (await import('./package-bench')).runPackageBench },
  { name: 'relay', load: async () => (await import('./relay-bench')).runRelayBench },
  { name: 'wifi', load: async () => (await import('./wifi-bench')).runWifiBench },
  { name: 'votes', load: async () => (await import('./votes-bench')).runVotesBench },
  { name: 'elections', load: async () => (await import('./elections-bench')).runElectionsBench },
];

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; available: ${SUITES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const all: (Metric & { suite: string })[] = [];
  let failed = 0;
  const started0 = Date.now();
  all.push({ suite: 'machine', metric: 'machine.load_average_1min.before', value: loadAverage(), unit: 'runnable tasks (2 cores)' });
  for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const started = Date.now();
    console.error(`bench: ${suite.name}…`);
    try {
      const run = await suite.load();
      for (const m of await run()) all.push({ suite: suite.name, ...m });
      console.error(`bench: ${suite.name} done in ${Math.round((Date.now() - started) / 1000)} s`);
    } catch (e) {
      failed++;
      console.error(`bench: ${suite.name} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  all.push({ suite: 'machine', metric: 'machine.load_average_1min.after', value: loadAverage(), unit: 'runnable tasks (2 cores)' });
  all.push({ suite: 'machine', metric: 'bench.total_duration', value: Math.round((Date.now() - started0) / 1000), unit: 's' });
  console.log(JSON.stringify(all, null, 2));
  process.exit(failed ? 1 : 0);
}

void main();
