import { runRelayCli } from '../../relay';
import { withDemoPackage } from '../demo-package';

/**
 * `npm run relay:demo -- --data <dir> [--port 4455] ...`: the relay program with the demo meeting. The demo
 * package is built by a laptop's own services (seed import + export, as "host this meeting" does), so this
 * launcher lives on the laptop side and reaches the relay only through its entry.
 */
const args = process.argv.slice(2);
runRelayCli(args.includes('--demo') ? args : [...args, '--demo'], {
  demo: (relay, seedsDir) => withDemoPackage(seedsDir, (pkg, blobDir) => relay.loadPackage(pkg, blobDir)),
}).catch((e: unknown) => {
  console.error('[relay] failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
