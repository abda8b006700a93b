/**
 * Runs one laptop's services under plain Node and serves the renderer to a browser (browser mode).
 * Used by `npm start` where the Electron binary is absent, by `npm run laptop` (several laptops on one
 * machine), and by e2e tests (one process per laptop). A data folder that another running service holds is
 * refused (exit code 3, electron/common/data-lock.ts).
 *
 *   tsx electron/laptop/host/cli.ts --data <dir> [--port 5180] [--static dist/renderer] [--no-demo] [--seeds seeds]
 *                                 [--relay-bind 0.0.0.0] [--relay-retry-max-ms 10000] [--no-lan-discovery]
 *
 * --relay-bind: address the embedded relay listens on when the secretariat hosts a meeting without naming
 * one (default 0.0.0.0, the meeting room's LAN; e2e tests use 127.0.0.1).
 * --no-lan-discovery: the sign-in screen does not look for relays on the LAN (mDNS); e2e tests stay on loopback.
 * --relay-retry-max-ms: longest wait between reconnection attempts to the relay (tests shorten it).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { translate } from '../../../shared/i18n';
import { DataDirInUse } from '../../common/data-lock';
import { createServices } from '../create-services';
import { loadDemoMeeting } from '../seed-demo';
import { createHost } from './create-host';
import { repoRoot, appVersion } from './repo-root';

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: resolve(repoRoot, '.data', 'laptop') },
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      static: { type: 'string', default: resolve(repoRoot, 'dist', 'renderer') },
      seeds: { type: 'string', default: resolve(repoRoot, 'seeds') },
      'no-demo': { type: 'boolean', default: false },
      'relay-bind': { type: 'string' },
      'relay-retry-max-ms': { type: 'string' },
      'no-lan-discovery': { type: 'boolean', default: false },
    },
  });
  const retryMaxMs = values['relay-retry-max-ms'] === undefined ? undefined : Number(values['relay-retry-max-ms']);
  if (retryMaxMs !== undefined && !(Number.isInteger(retryMaxMs) && retryMaxMs >= 50)) {
    throw new Error(`invalid --relay-retry-max-ms ${values['relay-retry-max-ms']}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${values.port}`);
  const app = createServices({
    dataDir: resolve(values.data),
    mode: 'browser',
    version: appVersion(),
    lanDiscovery: !values['no-lan-discovery'],
    connection: {
      ...(values['relay-bind'] ? { hostBind: values['relay-bind'] } : {}),
      ...(retryMaxMs !== undefined ? { backoff: { initialMs: Math.min(250, retryMaxMs), maxMs: retryMaxMs } } : {}),
    },
  });
  if (!values['no-demo']) {
    const id = await loadDemoMeeting(app, resolve(values.seeds));
    if (id) console.log(`demo meeting loaded: ${id}`);
  }
  const host = await createHost({ app, staticDir: resolve(values.static), port, host: values.host });
  // Tests wait for this exact line.
  console.log(`ready ${host.url}`);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((e: unknown) => {
  if (e instanceof DataDirInUse) {
    const params = { dir: e.dir, program: e.holder.program, pid: e.holder.pid };
    console.error(`${translate('vi', 'startup.dataDirInUse', params)}\n${translate('en', 'startup.dataDirInUse', params)}`);
    process.exit(3);
  }
  console.error(`Không khởi động được dịch vụ — the services did not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
