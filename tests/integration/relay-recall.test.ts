import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicMeetingPackage } from '../../shared/relay-protocol/types';
import { createRelay } from '../../electron/relay';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, removeDir, startTestRelay } from '../helpers/relay-harness';

/**
 * The relay's side of confidential documents (PROTOCOL.md "Confidential documents"): the meeting key at login,
 * the secretariat's recall, what delegates get afterwards, laptops' confirmations, and all of it surviving a
 * restart. Fixture: d1 may see the confidential `secretForD1`; d2 may not.
 */
let t: TestRelay;
beforeAll(async () => {
  t = await startTestRelay();
});
afterAll(async () => {
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

const post = (path: string, token: string, body: unknown = {}) =>
  fetch(`${t.relay.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const getPackage = async (token: string) =>
  (await (await fetch(`${t.relay.url}/api/package`, { headers: { Authorization: `Bearer ${token}` } })).json()) as PublicMeetingPackage;
const login = (key: string) => loginAs(t.relay.url, key, t.fx.users[key]!.password);

describe('recall at the relay', () => {
  it('releases the key only to entitled participants, then withholds everything confidential after the recall', async () => {
    const d1 = await login('d1');
    const d2 = await login('d2');
    expect(d1.meetingKey).toBeDefined();
    expect(d2.meetingKey).toBeUndefined(); // d2 may see no confidential document
    expect((await post('/api/recall/confirm', d1.token)).status).toBe(409);
    expect((await post('/api/recall', d1.token)).status).toBe(403);
    const secretary = await login('secretary');
    expect((await post('/api/recall', secretary.token)).status).toBe(200);

    const after = await login('d1');
    expect(after.meetingKey).toBeUndefined();
    const sha = t.fx.docs.secretForD1!.sha256;
    expect((await getPackage(after.token)).documents.map((d) => d.id)).not.toContain(t.fx.docs.secretForD1!.id);
    expect((await fetch(`${t.relay.url}/api/blobs/${sha}`, { headers: { Authorization: `Bearer ${after.token}` } })).status).toBe(404);
    // The secretariat keeps the originals.
    expect((await getPackage(secretary.token)).documents.map((d) => d.id)).toContain(t.fx.docs.secretForD1!.id);
    const confirm = await post('/api/recall/confirm', d1.token, { meetingId: t.fx.meetingId });
    expect(await confirm.json()).toMatchObject({ ok: true, confirmedAt: expect.any(Number) });
  });

  it('keeps the key, the recall and the confirmations across a restart', async () => {
    const key = readFileSync(join(t.dataDir, 'keys', `${t.fx.meetingId}.key`));
    await t.relay.close();
    t.relay = await createRelay({ dataDir: t.dataDir, port: 0 });
    expect(readFileSync(join(t.dataDir, 'keys', `${t.fx.meetingId}.key`)).equals(key)).toBe(true);
    const d1 = await login('d1');
    expect(d1.meetingKey).toBeUndefined();
    const again = await post('/api/recall/confirm', d1.token, { meetingId: t.fx.meetingId });
    expect(again.status).toBe(200);
  });
});
