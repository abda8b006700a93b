import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedRoom } from '../../shared/annotations/rooms';
import { applyMeetingPackage } from '../../electron/laptop/meeting-package';
import { probeRelayCertificate } from '../../electron/laptop/sync/tls-pin';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { annotate, note, openLaptop, untilDownloaded, untilNotes, untilStatus } from '../helpers/relay-laptops';

/**
 * "Host this meeting": the secretariat's laptop exports its published meeting into an embedded relay,
 * serves it over HTTPS/WSS with a certificate generated once, connects to it itself (pinned directly), and
 * delegates' laptops sign in through it after confirming the certificate's code. Stopping it leaves them offline.
 */
let fx: MeetingFixture;
let host: TestLaptop;
let delegate: TestLaptop;

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 5 });
  host = openLaptop('host');
  delegate = openLaptop('delegate');
  // The secretariat's laptop holds the published meeting (as after meetings:publish), with its PDFs.
  applyMeetingPackage(host.app.services.db, fx.pkg);
  for (const d of Object.values(fx.docs)) host.app.services.blobs.put(d.bytes);
});

afterAll(async () => {
  await delegate.close();
  await host.close();
  for (const d of [host.dataDir, delegate.dataDir, fx.dir]) removeDir(d);
});

describe('hosting the meeting on the secretariat laptop', () => {
  it('refuses hosting to a delegate and to a caller without a session', async () => {
    const anon = await host.win.call('relay:host', { meetingId: fx.meetingId, port: 0, host: '127.0.0.1' });
    expect(anon).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await host.win.must('auth:login', { username: 'd1', password: fx.users.d1!.password });
    const refused = await host.win.call('relay:host', { meetingId: fx.meetingId, port: 0, host: '127.0.0.1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await host.win.must('auth:logout');
  });

  it('serves the meeting over TLS to a delegate laptop that confirmed its code, syncs annotations both ways, and stops cleanly', async () => {
    await host.win.must('auth:login', { username: 'secretary', password: fx.users.secretary!.password });
    const hosted = await host.win.must('relay:host', { meetingId: fx.meetingId, port: 0, host: '127.0.0.1' });
    expect(hosted.hosting).toMatchObject({ meetingId: fx.meetingId });
    const url = hosted.hosting!.url;
    const certificate = hosted.hosting!.certificate;
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(certificate.code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    // The relay answers over TLS with the certificate the status reports, and not in plain http.
    const presented = await probeRelayCertificate(url);
    expect(presented).toMatchObject({ ok: true, value: { fingerprint256: certificate.fingerprint256, code: certificate.code } });
    await expect(fetch(`${url.replace(/^https:/, 'http:')}/api/health`)).rejects.toThrow();
    // The export went into <dataDir>/relay with the same <sha256>.pdf layout.
    expect(existsSync(join(host.dataDir, 'relay', 'package.json'))).toBe(true);
    expect(existsSync(join(host.dataDir, 'relay', 'blobs', `${fx.docs.public!.sha256}.pdf`))).toBe(true);
    // The host laptop's own link trusts its own certificate without asking anyone.
    await untilStatus(host.conn, (s) => s.state === 'online', 'host laptop connected to its own relay');

    // A delegate's laptop must confirm the code the hosting screen shows before it signs in.
    const creds = { relayUrl: url, username: 'd2', password: fx.users.d2!.password };
    const first = await delegate.win.call('relay:login', creds);
    expect(first).toMatchObject({
      ok: false,
      error: { key: 'error.sync.certificateUnconfirmed', params: { code: certificate.code }, detail: { code: certificate.code } },
    });
    expect(delegate.conn.userId()).toBeNull();
    const confirmed = await delegate.win.must('relay:confirm-certificate', { relayUrl: url, fingerprint: certificate.fingerprint256 });
    expect(confirmed).toEqual({ fingerprint: certificate.fingerprint256, code: certificate.code });
    const signed = await delegate.win.call('relay:login', creds);
    expect(signed.ok).toBe(true);
    await untilDownloaded(delegate);
    const detail = await delegate.win.must('meetings:get', { meetingId: fx.meetingId });
    expect(detail.documents.map((d) => d.id).sort()).toEqual([fx.docs.group2!.id, fx.docs.public!.id].sort());
    expect(delegate.app.services.blobs.has(fx.docs.group2!.sha256)).toBe(true);

    const room = sharedRoom(fx.docs.public!.id);
    await annotate(host.win, room, note('s-1', fx.docs.public!.id, fx.users.secretary!.id, 'Lưu ý của thư ký', true));
    await untilNotes(delegate, room, (t) => t.includes('Lưu ý của thư ký'), 'delegate has the secretariat’s note');
    await annotate(delegate.win, room, note('d2-1', fx.docs.public!.id, fx.users.d2!.id, 'Ý kiến đại biểu 2', true));
    await untilNotes(host, room, (t) => t.includes('Ý kiến đại biểu 2'), 'host has the delegate’s note');

    // Hosting the same meeting again republishes it (agenda, roster or documents may have changed).
    expect((await host.win.call('relay:host', { meetingId: fx.meetingId, port: 0 })).ok).toBe(true);

    const goneOffline = untilStatus(delegate.conn, (s) => s.state === 'offline', 'delegate offline after the host stops');
    const stopped = await host.win.must('relay:stop-hosting');
    expect(stopped.hosting).toBeNull();
    await goneOffline;

    // Hosting again serves the same certificate (generated once into <dataDir>/relay): confirmed codes stay valid.
    const again = await host.win.must('relay:host', { meetingId: fx.meetingId, port: 0, host: '127.0.0.1' });
    expect(again.hosting!.certificate).toEqual(certificate);
    await untilStatus(host.conn, (s) => s.state === 'online', 'host laptop connected to its relay again');
    await host.win.must('relay:stop-hosting');
  });
});
