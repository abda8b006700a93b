import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relay } from '../../electron/relay';
import { createRelay, loadOrCreateTls } from '../../electron/relay';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop, untilStatus } from '../helpers/relay-laptops';
import { newCaller } from '../helpers/services';

/**
 * A laptop's first sign-in to an https relay, through the real API (relay:login, relay:confirm-certificate):
 * refused until the user confirmed the code the relay prints, then pinned and online over WSS; after the relay
 * comes back with another certificate the laptop refuses it with the certificate-changed warning.
 */
let fx: MeetingFixture;
let relay: Relay | null = null;
const dirs: string[] = [];
let laptop: TestLaptop;

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 12, docs: [{ key: 'public', title: 'Tờ trình', sizeBytes: 20_000 }] });
  const relayDir = tempDir('conn-tls-relay');
  dirs.push(relayDir, fx.dir);
  relay = await createRelay({ dataDir: relayDir, port: 0, tls: await loadOrCreateTls(relayDir) });
  relay.loadPackage(fx.pkg, fx.blobDir);
  laptop = openLaptop('conn-tls');
  dirs.push(laptop.dataDir);
});

afterAll(async () => {
  await laptop.close();
  if (relay) await relay.close();
  for (const d of dirs) removeDir(d);
});

describe('first sign-in to an https relay', () => {
  it('shows the code to compare, pins the certificate once confirmed, then syncs; a changed certificate is refused', async () => {
    const win = newCaller(laptop.app);
    const creds = { relayUrl: relay!.url, username: 'd1', password: fx.users.d1!.password };
    const first = await win.call('relay:login', creds);
    expect(first).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        key: 'error.sync.certificateUnconfirmed',
        params: { code: relay!.certificate!.code, fingerprint: relay!.certificate!.fingerprint256 },
      },
    });
    expect(relay!.presence()).toEqual([]);

    // A wrong fingerprint (the user read another one) pins nothing.
    const wrong = await win.call('relay:confirm-certificate', { relayUrl: relay!.url, fingerprint: '00'.repeat(32) });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'error.sync.certificateChanged' } });
    expect(await win.call('relay:login', creds)).toMatchObject({ ok: false, error: { key: 'error.sync.certificateUnconfirmed' } });

    const confirmed = await win.call('relay:confirm-certificate', {
      relayUrl: relay!.url,
      fingerprint: relay!.certificate!.fingerprint256,
    });
    expect(confirmed).toEqual({ ok: true, value: { fingerprint: relay!.certificate!.fingerprint256, code: relay!.certificate!.code } });
    expect(await win.call('relay:login', creds)).toMatchObject({ ok: true, value: { user: { id: fx.users.d1!.id } } });
    await untilStatus(laptop.conn, (s) => s.state === 'online', 'online over WSS');
    expect(relay!.presence()).toContain(fx.users.d1!.id);

    // Same address, another certificate: the link stops with the warning instead of connecting.
    const { port } = relay!;
    const firstCode = relay!.certificate!.code;
    await relay!.close();
    const otherDir = tempDir('conn-tls-other');
    dirs.push(otherDir);
    relay = await createRelay({ dataDir: otherDir, port, tls: await loadOrCreateTls(otherDir) });
    relay.loadPackage(fx.pkg, fx.blobDir);
    laptop.conn.reconnect();
    await untilStatus(laptop.conn, (st) => st.state === 'auth_failed', 'refused the changed certificate');
    expect(laptop.conn.status(null).message?.message).toContain('đã thay đổi');
    expect(relay.presence()).toEqual([]);

    // Signing in again is refused with the warning, which names the certificate presented now and the one
    // confirmed before: the sign-in screen shows both before anyone trusts the new one.
    const changed = await win.call('relay:login', creds);
    expect(changed).toMatchObject({
      ok: false,
      error: {
        key: 'error.sync.certificateChanged',
        detail: { changed: true, fingerprint: relay.certificate!.fingerprint256, code: relay.certificate!.code, previousCode: firstCode },
      },
    });
    expect(relay.presence()).toEqual([]);
    // Trusted on purpose (the technical staff confirmed the change): pinned again, the link restarts with the new pin.
    await win.must('relay:confirm-certificate', { relayUrl: relay.url, fingerprint: relay.certificate!.fingerprint256 });
    expect(await win.call('relay:login', creds)).toMatchObject({ ok: true, value: { user: { id: fx.users.d1!.id } } });
    await untilStatus(laptop.conn, (st) => st.state === 'online', 'online with the newly pinned certificate');
    expect(relay.presence()).toContain(fx.users.d1!.id);
  });

  it('moving to another https relay without signing out asks to confirm its certificate first', async () => {
    const win = newCaller(laptop.app);
    expect(await win.call('relay:login', { relayUrl: relay!.url, username: 'd1', password: fx.users.d1!.password })).toMatchObject({
      ok: true,
    });
    const otherDir = tempDir('conn-tls-moved');
    dirs.push(otherDir);
    const other = await createRelay({ dataDir: otherDir, port: 0, tls: await loadOrCreateTls(otherDir) });
    try {
      other.loadPackage(fx.pkg, fx.blobDir);
      const asked = await win.call('relay:change-address', { relayUrl: other.url });
      expect(asked).toMatchObject({
        ok: false,
        error: { key: 'error.sync.certificateUnconfirmed', detail: { code: other.certificate!.code } },
      });
      expect(other.presence()).toEqual([]);
      await win.must('relay:confirm-certificate', { relayUrl: other.url, fingerprint: other.certificate!.fingerprint256 });
      const moved = await win.must('relay:change-address', { relayUrl: other.url });
      expect(moved.relayUrl).toBe(other.url);
      await untilStatus(laptop.conn, (st) => st.state === 'online' && st.relayUrl === other.url, 'online at the other relay');
      expect(other.presence()).toContain(fx.users.d1!.id);
    } finally {
      await other.close();
    }
  });
});
