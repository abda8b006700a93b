import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import { normalizeProjectorCode } from '../../shared/relay-protocol/constants';
import { mustAck, openCommandSocket } from '../helpers/command-socket';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';

/*
 * Issue 13, the big screen: a read-only session issued by the chair (or the secretariat), which sees the public
 * live view on /commands and nothing else: no command, no Yjs room, no package, no document.
 */
let fx: MeetingFixture;
let relay: Relay;
let dataDir: string;

beforeAll(async () => {
  fx = await makeMeetingFixture({
    users: [
      { key: 'secretary', role: 'secretariat' },
      { key: 'chair', role: 'chair' },
      { key: 'd1', role: 'delegate', group: 'to-1' },
      { key: 'd2', role: 'delegate', group: 'to-1' },
    ],
    docs: [{ key: 'public', sizeBytes: 10_000 }],
  });
  dataDir = tempDir('relay-projector');
  relay = await createRelay({ dataDir, port: 0 });
  relay.loadPackage(fx.pkg, fx.blobDir);
});
afterAll(async () => {
  await relay.close();
  for (const d of [dataDir, fx.dir]) removeDir(d);
});

const tokenOf = (key: string) => relay.issueSession(fx.users[key]!.id)!.token;
const issue = (key: string) =>
  fetch(`${relay.url}/api/projector-session`, { method: 'POST', headers: { Authorization: `Bearer ${tokenOf(key)}` } });

/** Opens a raw socket; resolves with the first state frame, or with the HTTP status of a refused upgrade. */
function connect(path: string): Promise<{ ws: WebSocket; state: MeetingLiveView | null } | { status: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${relay.url.replace(/^http/, 'ws')}${path}`);
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.on('message', (data) => {
      const f = JSON.parse(data.toString()) as { type: string; state?: MeetingLiveView | null };
      if (f.type === 'state') resolve({ ws, state: f.state ?? null });
    });
  });
}

describe('the big screen: a read-only session issued by the chair', () => {
  let code = '';

  it('the chair and the secretariat may issue a code; a delegate may not', async () => {
    const denied = await issue('d1');
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ ok: false, error: { key: 'error.relay.projectorIssuer' } });
    const r = await issue('chair');
    expect(r.status).toBe(200);
    const body = (await r.json()) as { code: string; expiresMs: number };
    expect(body.code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    expect(body.expiresMs).toBeGreaterThan(Date.now());
    code = normalizeProjectorCode(body.code)!;
    expect((await issue('secretary')).status).toBe(200);
  });

  it('sees the public live view, and its commands are refused', async () => {
    const chair = await openCommandSocket(relay, fx.users['chair']!.id, 'chair');
    mustAck(await chair.send({ type: 'meeting:open', commandId: 'open' }));
    const c = await connect(`/commands?token=${code}`);
    if (!('ws' in c)) throw new Error(`refused: ${c.status}`);
    const view = c.state!;
    expect(view.phase).toBe('open');
    // The big screen is not a person: it does not show as online.
    const presence = (await (
      await fetch(`${relay.url}/api/presence`, { headers: { Authorization: `Bearer ${tokenOf('chair')}` } })
    ).json()) as {
      online: string[];
    };
    expect(presence.online).not.toContain('~projector');
    // The public view: counts and quorum, never the member list or anyone's own state.
    expect(view.attendance.members).toBeUndefined();
    expect(view.attendance.counts).toBeDefined();
    expect(view.me).toMatchObject({ isMember: false, attendance: null, vote: null });
    const ack = await new Promise<{ ok: boolean; error?: { key: string } }>((resolve) => {
      c.ws.on('message', (data) => {
        const f = JSON.parse(data.toString()) as { type: string; result?: { ok: boolean; error?: { key: string } } };
        if (f.type === 'ack') resolve(f.result!);
      });
      c.ws.send(JSON.stringify({ type: 'command', id: 'x', command: { type: 'attendance:check-in', commandId: 'p1' } }));
    });
    expect(ack).toMatchObject({ ok: false, error: { key: 'error.relay.projectorReadOnly' } });
    c.ws.terminate();
    chair.close();
  });

  it('opens no Yjs room and gets no package, document or presence over HTTP', async () => {
    const room = await connect(`/yjs/${encodeURIComponent(`meeting:${fx.meetingId}`)}?token=${code}`);
    expect(room).toEqual({ status: 403 });
    for (const path of ['/api/package', `/api/blobs/${fx.docs.public!.sha256}`, '/api/presence', '/api/session']) {
      const r = await fetch(`${relay.url}${path}`, { headers: { Authorization: `Bearer ${code}` } });
      expect(r.status, path).toBe(403);
    }
    // A wrong code is simply not a session.
    expect(await connect('/commands?token=AAAAAAAAAA')).toEqual({ status: 401 });
  });
});
