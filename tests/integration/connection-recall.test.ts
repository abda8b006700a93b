import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop, untilLive } from '../helpers/relay-laptops';

/*
 * Issue 13: the secretariat recalls the confidential documents from its laptop before the meeting closes
 * (relay:recall through its relay link); a delegate cannot; the live view then shows the recall under way.
 */
let fx: MeetingFixture;
let relay: Relay;
let relayDir: string;
let secretary: TestLaptop;
let delegate: TestLaptop;

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 41 });
  relayDir = tempDir('recall-relay');
  relay = await createRelay({ dataDir: relayDir, port: 0 });
  relay.loadPackage(fx.pkg, fx.blobDir);
  secretary = openLaptop('secretary');
  delegate = openLaptop('d1');
});
afterAll(async () => {
  for (const l of [secretary, delegate]) await l?.close();
  await relay?.close();
  for (const d of [relayDir, fx.dir]) removeDir(d);
});

describe('an early recall from the secretariat laptop', () => {
  it('needs a relay link, is refused to a delegate, and starts the recall for the secretariat', async () => {
    expect(await secretary.win.call('relay:recall')).toMatchObject({ ok: false });
    for (const [l, key] of [
      [secretary, 'secretary'],
      [delegate, 'd1'],
    ] as const) {
      const r = await l.win.call('relay:login', { relayUrl: relay.url, username: key, password: fx.users[key]!.password });
      expect(r.ok, key).toBe(true);
    }
    expect(await delegate.win.call('relay:recall')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const recall = await secretary.win.must('relay:recall');
    expect(recall).toMatchObject({ source: 'secretariat' });
    expect(recall!.startedAt).toBeGreaterThan(0);
    await untilLive(secretary.conn, (s) => s.view?.recall?.active === true, 'recall in the live view');
    expect(secretary.conn.live().view?.recall?.source).toBe('secretariat');
  });
});
