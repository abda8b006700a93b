import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { probeRelayCertificate } from '../../electron/laptop/sync/tls-pin';

/*
 * Before the first sign-in to an https relay the laptop reads its certificate. When that fails, the person is
 * told why at the address field: nothing answers there, or something answers but not over HTTPS.
 */
const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))));

const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));

describe('reading an https relay certificate', () => {
  it('nothing listening: "cannot reach" at the address field', async () => {
    const s = createServer();
    const port = await listen(s);
    await new Promise<void>((r) => s.close(() => r()));
    const r = await probeRelayCertificate(`https://127.0.0.1:${port}`);
    expect(r).toMatchObject({ ok: false, error: { key: 'error.discovery.unreachable', detail: { field: 'relayUrl' } } });
    expect(r.ok ? '' : r.error.message).toContain(`https://127.0.0.1:${port}`);
  });

  it('a plain-http server: "answers but not over HTTPS"', async () => {
    const s = createServer((_q, res) => res.end('hello'));
    servers.push(s);
    const port = await listen(s);
    const r = await probeRelayCertificate(`https://127.0.0.1:${port}`);
    expect(r).toMatchObject({ ok: false, error: { key: 'error.sync.notTls', detail: { field: 'relayUrl' } } });
  });
});
