import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { ProjectorState } from '../../shared/ipc/slices/projector';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir, until } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop } from '../helpers/relay-laptops';

/*
 * Issue 13, the big screen through the laptop services: the chair's laptop issues a code through its relay
 * link; a laptop where nobody is signed in watches the public live view with it and follows the meeting.
 */
let fx: MeetingFixture;
let relay: Relay;
let relayDir: string;
let chair: TestLaptop;
let screen: TestLaptop;

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 31 });
  relayDir = tempDir('projector-relay');
  relay = await createRelay({ dataDir: relayDir, port: 0 });
  relay.loadPackage(fx.pkg, fx.blobDir);
  chair = openLaptop('chair');
  screen = openLaptop('screen');
});
afterAll(async () => {
  for (const l of [chair, screen]) await l?.close();
  await relay?.close();
  for (const d of [relayDir, fx.dir]) removeDir(d);
});

const lastState = (l: TestLaptop): ProjectorState | null => {
  const e = l.win.events.filter((x) => x.event === 'projector:state').at(-1);
  return e ? (e.payload as ProjectorState) : null;
};

async function untilState(l: TestLaptop, pred: (s: ProjectorState) => boolean, what: string): Promise<ProjectorState> {
  await until(l.win.onEvent, () => lastState(l) !== null && pred(lastState(l)!), what);
  return lastState(l)!;
}

describe('the big screen through the laptop services', () => {
  it('needs a relay link to issue a code; the chair gets one; nobody signs in on the screen', async () => {
    expect(await screen.win.call('projector:issue')).toMatchObject({ ok: false });
    const login = await chair.win.call('relay:login', { relayUrl: relay.url, username: 'chair', password: fx.users.chair!.password });
    expect(login.ok).toBe(true);
    const issued = await chair.win.must('projector:issue');
    expect(issued.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    // A code of the wrong shape is refused at once; a well-formed wrong one by the relay.
    expect(await screen.win.call('projector:connect', { relayUrl: relay.url, code: 'abc' })).toMatchObject({
      ok: false,
      error: { key: 'projector.error.codeFormat' },
    });
    expect(await screen.win.call('projector:connect', { relayUrl: relay.url, code: 'AAAAA-AAAAA' })).toMatchObject({
      ok: false,
      error: { key: 'projector.error.code' },
    });

    const connected = await screen.win.must('projector:connect', { relayUrl: relay.url, code: issued.code.toLowerCase() });
    expect(connected.state).toBe('online');
    expect(connected.view?.meetingId).toBe(fx.meetingId);
    expect(connected.view?.attendance.members).toBeUndefined();
    expect(screen.win.ctx.session).toBeNull();
  });

  it('follows the meeting: the chair opens it and moves to an item, the screen shows it', async () => {
    const item = fx.pkg.agenda[0]!.id;
    expect((await chair.win.call('live:command', { command: { type: 'meeting:open', commandId: 'open-1' } })).ok).toBe(true);
    expect(
      (await chair.win.call('live:command', { command: { type: 'agenda:set-current', commandId: 'cur-1', agendaItemId: item } })).ok,
    ).toBe(true);
    const s = await untilState(screen, (x) => x.view?.current.agendaItemId === item, 'current item on the screen');
    expect(s.view?.phase).toBe('open');
    expect((await screen.win.must('projector:disconnect')).state).toBe('idle');
  });
});
