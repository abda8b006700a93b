import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { probeRelay } from '../../electron/laptop/discovery/probe';
import type { DiscoveredRelay } from '../../shared/relay-protocol/discovery';
import { cutUtf8, decodeAdvert, encodeAdvert } from '../../shared/relay-protocol/discovery';
import { translate } from '../../shared/i18n';
import { makeMeetingFixture, writeExportedPackage } from '../helpers/relay-fixture';
import { removeDir, startTestRelay, tempDir, type TestRelay } from '../helpers/relay-harness';
import { repoRoot } from '../helpers/laptop';
import { createNetns, netnsUnavailableReason, type TestNetns } from '../helpers/netns';
import { spawnRelay, type RelayProcess } from '../helpers/relay-process';
import { createRelay } from '../../electron/relay';

const run = promisify(execFile);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the announcement (TXT record)', () => {
  it('round-trips, cuts long titles at a character boundary, and ignores other versions', () => {
    const title = 'Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Thái Nguyên khóa XV, nhiệm kỳ 2026–2031 '.repeat(4);
    const txt = encodeAdvert({ meetingId: 'm-1', title, scheme: 'http' });
    expect(new TextEncoder().encode(txt.t!).length).toBeLessThanOrEqual(200);
    expect(txt.t!.endsWith('…')).toBe(true);
    expect(title.startsWith(txt.t!.slice(0, -1))).toBe(true);
    expect(decodeAdvert(txt)).toEqual({ meetingId: 'm-1', title: txt.t, scheme: 'http' });
    expect(decodeAdvert({ ...txt, v: '2' })).toBeNull();
    expect(decodeAdvert(undefined)).toBeNull();
    expect(cutUtf8('Đ', 1)).toBe('…');
  });
});

describe('a typed relay address is checked before sign-in', () => {
  it('names each failure: invalid, unreachable, not a relay, no meeting; accepts a relay with a meeting', async () => {
    const bad = await probeRelay(fetch, 'http://192.168.1.10/duong-dan');
    expect(bad.ok || bad.error.code).toBe('invalid_input');

    // A port that nothing listens on: take a free one, then close it.
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    // No scheme typed: relays serve HTTPS, so https is what is tried (and named in the message).
    const unreachable = await probeRelay(fetch, `127.0.0.1:${closed}`);
    expect(unreachable.ok || unreachable.error.key).toBe('error.discovery.unreachable');
    expect(unreachable.ok || translate('en', unreachable.error.key!, unreachable.error.params)).toBe(
      `Cannot reach https://127.0.0.1:${closed}: check the address, the port and the Wi-Fi network.`,
    );

    const web: Server = createServer((_req, res) => res.end('<html>router admin</html>'));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise<void>((r) => web.close(() => r())));
    const notRelay = await probeRelay(fetch, `http://127.0.0.1:${(web.address() as AddressInfo).port}`);
    expect(notRelay.ok || notRelay.error.key).toBe('error.discovery.notRelay');

    const emptyDir = tempDir('phg-probe-empty-');
    const empty = await createRelay({ dataDir: emptyDir, port: 0 });
    cleanups.push(async () => {
      await empty.close();
      removeDir(emptyDir);
    });
    const noMeeting = await probeRelay(fetch, empty.url);
    expect(noMeeting.ok || noMeeting.error.key).toBe('error.discovery.noMeeting');

    const t: TestRelay = await startTestRelay();
    cleanups.push(async () => {
      await t.relay.close();
      removeDir(t.dataDir);
    });
    const good = await probeRelay(fetch, t.relay.url);
    expect(good).toEqual({ ok: true, value: { relayUrl: t.relay.url.replace(/\/$/, ''), meetingId: t.fx.meetingId } });
  });
});

const noNetns = netnsUnavailableReason();
describe('LAN discovery (mDNS), inside a network namespace this test creates', () => {
  let ns: TestNetns | null = null;
  afterAll(() => ns?.remove());

  // Multicast must never leave the machine: without the privilege to make a private namespace, the test
  // cannot run safely, and says why.
  it.skipIf(noNetns !== null)(`a laptop lists the advertising relay with its meeting (${noNetns ?? 'netns available'})`, async () => {
    ns = createNetns('phg-mdns');
    const fx = await makeMeetingFixture({ meetingId: 'm-ky-hop-chuyen-de' });
    const dataDir = tempDir('phg-mdns-relay-');
    const relay: RelayProcess = await spawnRelay({
      dataDir,
      packageDir: writeExportedPackage(fx),
      args: ['--advertise'],
      wrap: ns.exec([]),
    });
    cleanups.push(async () => {
      await relay.stop();
      removeDir(dataDir);
    });
    const [cmd, ...args] = ns.exec([process.execPath, '--import', 'tsx', join(repoRoot, 'tests', 'helpers', 'discover-child.ts')]);
    const { stdout } = await run(cmd!, args, { cwd: repoRoot, timeout: 30_000 });
    const { found, probes } = JSON.parse(stdout.trim().split('\n').pop()!) as { found: DiscoveredRelay[]; probes: unknown[] };
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      url: relay.url.replace(/\/$/, ''),
      meetingId: fx.meetingId,
      title: fx.pkg.meeting.title,
      scheme: 'http',
    });
    expect(probes).toEqual([{ ok: true, value: { relayUrl: relay.url.replace(/\/$/, ''), meetingId: fx.meetingId } }]);
  });
});
