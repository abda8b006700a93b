import { discoverRelays } from '../../electron/laptop/discovery/browse';
import { probeRelay } from '../../electron/laptop/discovery/probe';

/**
 * Run inside a test's network namespace: looks for relays on the namespace's LAN the way a laptop does,
 * probes each, and prints one JSON line. Retries the look a bounded number of times (an announcement can
 * miss the first window while the relay is still starting).
 */
const ATTEMPTS = 5;
for (let i = 0; i < ATTEMPTS; i++) {
  const found = await discoverRelays();
  if (found.length > 0) {
    const probes = await Promise.all(found.map((r) => probeRelay(fetch, r.url)));
    console.log(JSON.stringify({ found, probes }));
    process.exit(0);
  }
}
console.log(JSON.stringify({ found: [], probes: [] }));
process.exit(0);
