import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/common/sqlite/connection';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import type { Relay } from '../../electron/relay';
import { createRelay, loadOrCreateTls } from '../../electron/relay';
import { relayLogin } from '../../electron/laptop/sync/relay-http';
import type { SyncClient } from '../../electron/laptop/sync/sync-client';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import type { RelayPin } from '../../electron/laptop/sync/tls-pin';
import { pinnedTransport, probeRelayCertificate } from '../../electron/laptop/sync/tls-pin';
import { translate as t } from '../../shared/i18n';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir, until, untilDocs } from '../helpers/relay-harness';

/**
 * The relay over HTTPS/WSS with real sockets: the laptop probes and pins the certificate (trust on first use),
 * then sign-in, rooms, commands and blob downloads all go through the pinned transport; a relay presenting
 * another certificate is refused with the "certificate changed" warning, before any request is sent.
 */
let fx: MeetingFixture;
let relayDir: string;
let relay: Relay | null = null;
const dirs: string[] = [];
const dbs: Db[] = [];
const clients: SyncClient[] = [];

function localDb(name: string): Db {
  const dir = tempDir(`laptop-tls-${name}`);
  dirs.push(dir);
  const db = openDb({ file: join(dir, 'local.db'), migrations: LOCAL_MIGRATIONS });
  dbs.push(db);
  return db;
}

function client(who: string, pin: RelayPin, blobDir?: string): SyncClient {
  const c = createSyncClient({
    relayUrl: relay!.url,
    username: who,
    password: fx.users[who]!.password,
    db: localDb(who),
    blobDir,
    backoff: { initialMs: 20, maxMs: 200 },
    ...pinnedTransport(pin),
  });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 11 });
  relayDir = tempDir('relay-tls');
  dirs.push(relayDir, fx.dir);
  relay = await createRelay({ dataDir: relayDir, port: 0, tls: await loadOrCreateTls(relayDir) });
  relay.loadPackage(fx.pkg, fx.blobDir);
});
afterAll(async () => {
  for (const c of clients) await c.close();
  if (relay) await relay.close();
  for (const db of dbs) closeDb(db);
  for (const d of dirs) removeDir(d);
});

describe('relay certificate', () => {
  it('is generated once into the data folder (key 0600) and reused on restart', async () => {
    expect(relay!.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(statSync(join(relayDir, 'tls', 'relay-key.pem')).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateTls(relayDir);
    expect(again.fingerprint256).toBe(relay!.certificate!.fingerprint256);
    expect(relay!.certificate!.code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('is refused by plain fetch (unknown issuer) and read by the probe with the same fingerprint and code the relay prints', async () => {
    await expect(fetch(`${relay!.url}/api/health`)).rejects.toThrow();
    const probed = await probeRelayCertificate(relay!.url);
    expect(probed.ok).toBe(true);
    if (!probed.ok) return;
    expect(probed.value.fingerprint256).toBe(relay!.certificate!.fingerprint256);
    expect(probed.value.code).toBe(relay!.certificate!.code);
    expect(await probeRelayCertificate(relay!.url.replace('https', 'http'))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('pinned laptop transport', () => {
  it('syncs rooms, sends commands and downloads verified documents over WSS/HTTPS', async () => {
    const probed = await probeRelayCertificate(relay!.url);
    if (!probed.ok) throw new Error('probe failed');
    const pin = { fingerprint256: probed.value.fingerprint256, caPem: probed.value.caPem };
    const blobDir = tempDir('laptop-tls-blobs');
    dirs.push(blobDir);
    const chair = client('chair', pin);
    const d1 = client('d1', pin, blobDir);
    const room = `meeting:${fx.meetingId}`;
    const docA = chair.openRoom(room);
    const docB = d1.openRoom(room);
    docA.getArray<string>('notes').push(['over-wss']);
    await chair.whenAcknowledged(room);
    await untilDocs([docB], () => docB.getArray('notes').length === 1, "d1 sees the chair's edit over WSS");

    const ack = await chair.sendCommand({ type: 'meeting:open', commandId: 'tls-open-1' });
    expect(ack).toMatchObject({ ok: true, value: { commandId: 'tls-open-1', type: 'meeting:open' } });
    await until(
      (cb) => d1.onCommandState(cb),
      () => d1.commandState() !== null,
      'live state over WSS',
    );

    const r = await d1.downloadPackage();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.package.documents.length).toBeGreaterThan(0);
    for (const d of r.value.package.documents) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(blobDir, `${d.sha256}.pdf`)))
          .digest('hex'),
      ).toBe(d.sha256);
    }
  });

  it('refuses a relay with another certificate at the pinned address, with the certificate-changed warning', async () => {
    const probed = await probeRelayCertificate(relay!.url);
    if (!probed.ok) throw new Error('probe failed');
    const pin = { fingerprint256: probed.value.fingerprint256, caPem: probed.value.caPem };
    const { port } = relay!;
    // The relay is replaced by an impostor (another data folder: another generated certificate) on the same port.
    await relay!.close();
    const otherDir = tempDir('relay-tls-other');
    dirs.push(otherDir);
    relay = await createRelay({ dataDir: otherDir, port, tls: await loadOrCreateTls(otherDir) });
    relay.loadPackage(fx.pkg, fx.blobDir);
    expect(relay.certificate!.fingerprint256).not.toBe(pin.fingerprint256);

    const { fetchImpl } = pinnedTransport(pin);
    const r = await relayLogin(fetchImpl, relay.url, 'd1', fx.users.d1!.password);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.sync.certificateChanged' } });
    if (r.ok) return;
    expect(t('vi', r.error.key!, r.error.params)).toContain('đã thay đổi');
    expect(t('en', r.error.key!, r.error.params)).toContain('has changed');

    // The sync client never comes online and reports the same warning.
    const c = client('d1', pin);
    await until(
      (cb) => c.onState(cb),
      () => c.state() === 'auth_failed',
      'the pinned client stops with the warning',
    );
    expect(c.authError()).toMatchObject({ key: 'error.sync.certificateChanged', params: { relay: relay.url } });
    expect(relay.presence()).toEqual([]);
  });

  it('refuses a certificate that chains to the trust anchor but is not the pinned one (fingerprint check)', async () => {
    // The served certificate verifies against the anchor, but the pin names another leaf fingerprint.
    const probed = await probeRelayCertificate(relay!.url);
    if (!probed.ok) throw new Error('probe failed');
    const pin = {
      fingerprint256: probed.value.fingerprint256.replace(/^../, (h) => (h === '00' ? '01' : '00')),
      caPem: probed.value.caPem,
    };
    const r = await relayLogin(pinnedTransport(pin).fetchImpl, relay!.url, 'd1', fx.users.d1!.password);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.sync.certificateChanged' } });
  });
});
