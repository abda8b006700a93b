import { existsSync, readFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RELAY_PORT } from '../../shared/relay-protocol/constants';
import { advertiseRelay } from './discovery';
import { validatePackage } from './package-store';
import { loadProvinceRules } from './province-rules';
import { createRelay } from './relay';
import { loadOrCreateTls, readTlsFiles } from './tls';
import type { Relay } from './relay';

/**
 * `npm run relay -- --data <dir> --port <port> [--host 0.0.0.0] [--package <exported dir>] [--no-quorum-for-votes]`
 * `npm run relay:demo -- --data <dir> ...` adds `--demo [--seeds <dir>]` (electron/laptop/host/demo-relay-cli.ts).
 * Prints `RELAY_URL=<url>` on its own line (tests and scripts parse it). SIGTERM/SIGINT close
 * connections, persist and checkpoint the database before exiting.
 *
 * --demo builds the demo meeting from seeds/ only when `--data` holds no published meeting yet: its ids are
 * random per build, so a restarted demo relay keeps serving the meeting (and rooms) it already has.
 * --no-quorum-for-votes lets the chair open votes without quorum (demos with a handful of laptops for a
 * 50-member body); never for a real session.
 */
const USAGE = `Máy chủ phòng họp (relay) — the meeting-room relay

Usage: npm run relay -- --data <dir> [options]
       npm run relay:demo -- --data <dir> [options] [--seeds <dir>]     (serves the seeded demo meeting)

  --data <dir>            data folder: relay.db, the published meeting (package.json + blobs/), commands/
                          (one running relay per folder)
  --port <n>              TCP port (default 4455; 0 = any free port). Prints RELAY_URL=<url> when ready.
  --host <addr>           address to listen on (default 127.0.0.1 = this machine only; 0.0.0.0 = the meeting
                          room's LAN, so delegates' laptops can connect)
  --package <dir>         publish the meeting exported by the secretariat (<dir>/package.json + <dir>/blobs/)
  --advertise             announce the relay on the LAN (mDNS, service _phonghop._tcp) so laptops list it
                          without typing an address; on by default when --host is not loopback
  --no-advertise          do not announce it
  --rules <file>          the province's rules (JSON, see shared/voting/README.md "Province rules"); default
                          <data>/province-rules.json when present. Invalid: the relay refuses to start.
  --no-quorum-for-votes   let the chair open votes without quorum. Only for demos and rehearsals where a few
                          laptops stand in for a whole body: such votes are recorded as "không hợp lệ"
                          (invalid), never as passed. Never for a real session.
  --cert <file>           the province IT's certificate (PEM; the full chain, leaf first) for HTTPS/WSS
  --key <file>            its private key (PEM). Without --cert/--key the relay generates a certificate on
                          first run into <data>/tls/ (key mode 0600) and reuses it on every restart.
                          It prints the certificate's SHA-256 fingerprint and short code: laptops show the same
                          at first sign-in and the user confirms they match (the laptop then pins it).
  --insecure-http         plain http/ws without TLS: only for development on this machine (refused unless
                          --host is loopback)
  --demo                  (relay:demo only) build the demo meeting from seeds/ if the folder has none yet
  --help                  this text

The relay serves HTTPS/WSS; plain http/ws exists only for loopback development (--insecure-http). SIGTERM/SIGINT close connections, persist and
checkpoint the database before exiting.`;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a launcher outside the relay may add: the demo launcher builds the demo meeting with the laptop's services. */
export type RelayCliExtras = { demo?: (relay: Relay, seedsDir: string) => Promise<void> };

export async function runRelayCli(args: string[], extras: RelayCliExtras = {}): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: String(DEFAULT_RELAY_PORT) },
      host: { type: 'string', default: '127.0.0.1' },
      package: { type: 'string' },
      demo: { type: 'boolean', default: false },
      seeds: { type: 'string', default: join(repoRoot, 'seeds') },
      'no-quorum-for-votes': { type: 'boolean', default: false },
      rules: { type: 'string' },
      advertise: { type: 'boolean' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'insecure-http': { type: 'boolean', default: false },
      'no-advertise': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.data) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (values.demo && !extras.demo) {
    console.error('--demo: dùng / use `npm run relay:demo -- --data <dir>` (it builds the demo meeting with the laptop services).');
    process.exit(2);
  }
  if (values.demo && values.package) {
    console.error('--demo và --package loại trừ nhau / --demo and --package exclude each other.');
    process.exit(2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: cổng không hợp lệ / invalid port ${values.port}`);
    process.exit(2);
  }
  const loopbackOnly = /^(127\.|localhost$|::1$)/.test(values.host);
  if (values['insecure-http'] && !loopbackOnly) {
    console.error('--insecure-http: chỉ dùng với --host 127.0.0.1 (phát triển trên máy này) / only with a loopback --host.');
    process.exit(2);
  }
  if (Boolean(values.cert) !== Boolean(values.key) || (values['insecure-http'] && values.cert)) {
    console.error('--cert và --key đi cùng nhau, không dùng với --insecure-http / --cert and --key go together, not with --insecure-http.');
    process.exit(2);
  }
  const tls = values['insecure-http']
    ? null
    : values.cert && values.key
      ? readTlsFiles(resolve(values.cert), resolve(values.key))
      : await loadOrCreateTls(resolve(values.data));
  const rules = loadProvinceRules(resolve(values.data), values.rules ? resolve(values.rules) : undefined);
  if (!rules.ok) {
    console.error(rules.error.message);
    process.exit(2);
  }
  if (rules.value.file) console.log(`Quy định của tỉnh: ${rules.value.file}`);
  const relay = await createRelay({
    dataDir: resolve(values.data),
    port,
    host: values.host,
    tls,
    commandOptions: { rules: rules.value.rules, ...(values['no-quorum-for-votes'] ? { requireQuorumToOpenVote: false } : {}) },
    logger: {
      info: (msg, detail) => console.log(`[relay] ${msg}`, detail ?? ''),
      warn: (msg, detail) => console.warn(`[relay] ${msg}`, detail ?? ''),
    },
  });
  if (values.package) {
    const dir = resolve(values.package);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) throw new Error(`${manifest} not found`);
    relay.loadPackage(validatePackage(JSON.parse(readFileSync(manifest, 'utf8'))), join(dir, 'blobs'));
  }
  if (values.demo) {
    if (relay.currentPackage()) console.log('--demo: giữ cuộc họp đã phát hành trong thư mục dữ liệu (keeping the published meeting).');
    else await extras.demo!(relay, resolve(values.seeds));
  }
  if (values['no-quorum-for-votes'])
    console.log(
      'Cảnh báo: cho phép mở biểu quyết khi chưa đủ số lượng (chỉ dùng để trình diễn) / Warning: votes may open without a quorum (demo only).',
    );
  const pkg = relay.currentPackage();
  console.log(
    pkg
      ? `Cuộc họp / Meeting: ${pkg.meeting.title} (${pkg.meeting.id})`
      : 'Chưa có cuộc họp nào được phát hành / no meeting published (no package loaded).',
  );
  if (relay.certificate) {
    console.log(`Chứng chỉ máy chủ / certificate SHA-256: ${relay.certificate.fingerprint256}`);
    console.log(`Mã xác nhận / confirmation code: ${relay.certificate.code}`);
    console.log(`RELAY_FINGERPRINT=${relay.certificate.fingerprint256}`);
  } else console.log('Cảnh báo: http không mã hóa, chỉ để phát triển / Warning: plain http, development only.');
  // The ready line comes after what it announces: whoever waits for it has read the lines above too.
  console.log(`RELAY_URL=${relay.url}`);
  if (values.host === '0.0.0.0') {
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => `${relay.certificate ? 'https' : 'http'}://${i!.address}:${relay.port}`);
    if (lan.length) console.log(`Địa chỉ trong mạng LAN / LAN addresses: ${lan.join(', ')}`);
  }

  const advertise = !values['no-advertise'] && (values.advertise ?? !loopbackOnly);
  const advertiser = advertise
    ? advertiseRelay({
        port: relay.port,
        name: `Phong hop ${hostname()} ${relay.port}`.slice(0, 63),
        advert: { meetingId: pkg?.meeting.id ?? null, title: pkg?.meeting.title ?? null, scheme: relay.certificate ? 'https' : 'http' },
        onError: (e) => console.warn('[relay] mDNS:', e instanceof Error ? e.message : e),
      })
    : null;
  if (advertiser) console.log('Đang thông báo máy chủ trong mạng LAN (mDNS _phonghop._tcp) — advertising on the LAN.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[relay] ${signal}: closing`);
    Promise.all([advertiser?.stop(), relay.close()]).then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('[relay] close failed', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
