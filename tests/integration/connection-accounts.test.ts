import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/model/ids';
import { hashPassword } from '../../electron/common/password';
import { insertUser } from '../../electron/laptop/db/queries/users';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop, untilStatus } from '../helpers/relay-laptops';
import { newCaller } from '../helpers/services';

/**
 * Several people on one laptop that also has accounts of its own (a demo meeting loaded locally, with the same
 * usernames as the relay's roster but other ids and passwords): signing some of them in through the relay
 * must not lock the others out of their local accounts, and one laptop has one relay link — whoever loses it
 * is told.
 */
const KEYS = ['secretary', 'chair', 'd1', 'd2', 'd3', 'd4'] as const;
const localPassword = (key: string) => `local-${key}-pw`;
const localId = (key: string) => `local-${key}` as UserId;

let fx: MeetingFixture;
let relay: Relay;
let relayDir: string;
let laptop: TestLaptop;

beforeAll(async () => {
  fx = await makeMeetingFixture({
    seed: 31,
    users: [
      { key: 'secretary', role: 'secretariat' },
      { key: 'chair', role: 'chair' },
      { key: 'd1', role: 'delegate' },
      { key: 'd2', role: 'delegate' },
      { key: 'd3', role: 'delegate' },
      { key: 'd4', role: 'delegate' },
    ],
    docs: [{ key: 'public', title: 'Tờ trình', sizeBytes: 20_000 }],
  });
  relayDir = tempDir('accounts-relay');
  relay = await createRelay({ dataDir: relayDir, port: 0 });
  relay.loadPackage(fx.pkg, fx.blobDir);
  laptop = openLaptop('accounts');
  const at = new Date().toISOString();
  for (const key of KEYS) {
    insertUser(laptop.app.services.db, {
      id: localId(key),
      username: key,
      fullName: `Tài khoản máy ${key}`,
      title: '',
      unit: '',
      systemRole: key === 'secretary' ? 'secretariat' : 'member',
      passwordHash: await hashPassword(localPassword(key)),
      createdAt: at,
    });
  }
});

afterAll(async () => {
  await laptop.close();
  await relay.close();
  for (const d of [relayDir, fx.dir, laptop.dataDir]) removeDir(d);
});

describe('accounts on a laptop that signs people in through the relay', () => {
  it('keeps local sign-in working for everyone after d1, d2 and d3 signed in through the relay', async () => {
    for (const key of ['d1', 'd2', 'd3'] as const) {
      const win = newCaller(laptop.app);
      const r = await win.call('relay:login', { relayUrl: relay.url, username: key, password: fx.users[key]!.password });
      expect(r).toMatchObject({ ok: true, value: { user: { id: fx.users[key]!.id } } });
    }
    await untilStatus(laptop.conn, (s) => s.state === 'online', 'laptop online as d3');

    // Those who signed in through the relay: their relay identity, with the password the relay accepted.
    for (const key of ['d1', 'd2', 'd3'] as const) {
      const win = newCaller(laptop.app);
      const r = await win.call('auth:login', { username: key, password: fx.users[key]!.password });
      expect(r, key).toMatchObject({ ok: true, value: { user: { id: fx.users[key]!.id } } });
    }
    // Everyone else keeps the account this laptop had, with its own password.
    for (const key of ['d4', 'chair', 'secretary'] as const) {
      const win = newCaller(laptop.app);
      const r = await win.call('auth:login', { username: key, password: localPassword(key) });
      expect(r, key).toMatchObject({ ok: true, value: { user: { id: localId(key) } } });
    }
    // The relay's roster entry of a person who never signed in here has no password on this laptop.
    const wrong = await newCaller(laptop.app).call('auth:login', { username: 'd4', password: fx.users.d4!.password });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // Once d4 signs in through the relay, the relay identity takes the username over.
    const d4 = await newCaller(laptop.app).call('relay:login', { relayUrl: relay.url, username: 'd4', password: fx.users.d4!.password });
    expect(d4).toMatchObject({ ok: true, value: { user: { id: fx.users.d4!.id, username: 'd4' } } });
    const again = await newCaller(laptop.app).call('auth:login', { username: 'd4', password: fx.users.d4!.password });
    expect(again).toMatchObject({ ok: true, value: { user: { id: fx.users.d4!.id } } });
  });

  it('tells the windows of the person whose relay link another sign-in took over', async () => {
    const first = newCaller(laptop.app);
    expect((await first.call('relay:login', { relayUrl: relay.url, username: 'd1', password: fx.users.d1!.password })).ok).toBe(true);
    await untilStatus(laptop.conn, (s) => s.state === 'online', 'laptop online as d1');
    expect(first.events.some((e) => e.event === 'relay:replaced')).toBe(false);

    const second = newCaller(laptop.app);
    expect((await second.call('relay:login', { relayUrl: relay.url, username: 'd2', password: fx.users.d2!.password })).ok).toBe(true);
    const replaced = first.events.filter((e) => e.event === 'relay:replaced');
    expect(replaced).toHaveLength(1);
    expect(replaced[0]!.payload).toMatchObject({ userId: fx.users.d1!.id, notice: { code: 'conflict', key: 'sync.replaced' } });
    // The first window's live panel is emptied, and the new link is d2's; d2's own windows are not told.
    expect(first.events.filter((e) => e.event === 'live:state').at(-1)?.payload).toEqual({ view: null, online: [] });
    expect(laptop.conn.userId()).toBe(fx.users.d2!.id);
    expect(second.events.some((e) => e.event === 'relay:replaced')).toBe(false);
    // Its status says the link is someone else's now (not a green "online"); d2's says it is theirs.
    expect(first.events.filter((e) => e.event === 'relay:status').at(-1)?.payload).toMatchObject({ linkOwner: 'other' });
    expect(await first.call('relay:status')).toMatchObject({ ok: true, value: { linkOwner: 'other', download: null } });
    expect(await second.call('relay:status')).toMatchObject({ ok: true, value: { linkOwner: 'self' } });

    // A local sign-in of someone without a relay account ends d2's link too, and d2's windows hear it.
    const local = newCaller(laptop.app);
    expect((await local.call('auth:login', { username: 'chair', password: localPassword('chair') })).ok).toBe(true);
    expect(second.events.filter((e) => e.event === 'relay:replaced').map((e) => e.payload)).toEqual([
      expect.objectContaining({ userId: fx.users.d2!.id }),
    ]);
    expect(laptop.conn.userId()).toBeNull();
  });
});
