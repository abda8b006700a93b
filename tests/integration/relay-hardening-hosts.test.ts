import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createHost, type Host } from '../../electron/laptop/host/create-host';
import type { AppServices } from '../../electron/laptop/create-services';
import { insertUser } from '../../electron/laptop/db/queries/users';
import { hashPassword } from '../../electron/common/password';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { UserId } from '../../shared/model/ids';
import type { TestRelay } from '../helpers/relay-harness';
import { removeDir, startTestRelay } from '../helpers/relay-harness';
import { startServices, tempDir } from '../helpers/services';

/**
 * Point 4 of the relay hardening, with raw HTTP: the laptop's local host (browser mode) refuses any Host that is
 * not loopback on its own port (DNS rebinding) and any Origin that is not its own — `null` and garbage included —
 * without ever crashing; its own page still logs in. The relay's login refuses anything but application/json
 * (a cross-origin text/plain or form POST needs no preflight).
 */
let app: AppServices;
let host: Host;
let dataDir: string;
let staticDir: string;
let relay: TestRelay;

beforeAll(async () => {
  dataDir = tempDir('phg-host-');
  staticDir = tempDir('phg-static-');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Phòng họp</title>');
  app = startServices(dataDir);
  insertUser(app.services.db, {
    id: 'sec-1' as UserId,
    username: 'thuky',
    fullName: 'Lương Thị Thư',
    title: 'Chuyên viên',
    unit: 'Văn phòng',
    systemRole: 'secretariat',
    passwordHash: await hashPassword('thuky'),
    createdAt: new Date().toISOString(),
  });
  host = await createHost({ app, staticDir, port: 0 });
  relay = await startTestRelay();
});
afterAll(async () => {
  await host.close();
  await app.close();
  await relay.relay.close();
  for (const d of [dataDir, staticDir, relay.dataDir, relay.fx.dir]) removeDir(d);
});

/** A raw upgrade request with exactly these Host and Origin headers: resolves with the HTTP status (101 = accepted). */
function rawUpgrade(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      path: '/api',
      setHost: false,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function rawGet(hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: '/', setHost: false, headers: { Host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The app's own page: a WebSocket to /api with its own Origin; auth:login answers with a session. */
async function ownPageLogsIn(): Promise<void> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, { origin: `http://127.0.0.1:${host.port}` });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const reply = new Promise<{ id: number; result: { ok: boolean; value?: { user?: { username?: string } } } }>((resolve) =>
    ws.once('message', (d) => resolve(decodeWire(d.toString()) as never)),
  );
  ws.send(encodeWire({ id: 1, channel: 'auth:login', req: { username: 'thuky', password: 'thuky' } }));
  const r = await reply;
  expect(r.result.ok).toBe(true);
  ws.close();
}

describe('the laptop host in browser mode', () => {
  const own = () => `127.0.0.1:${host.port}`;

  it('refuses Origin null, a garbage Origin, no Origin and a foreign one, without crashing', async () => {
    for (const origin of ['null', 'http://[', 'http://[::1', '::::', 'http://evil.example', `https://${own()}`, `http://${own()}/x`]) {
      expect(await rawUpgrade({ Host: own(), Origin: origin }), origin).toBe(403);
    }
    expect(await rawUpgrade({ Host: own() })).toBe(403);
    await ownPageLogsIn();
  });

  it('refuses DNS rebinding: a foreign Host with the matching foreign Origin, for the API and for pages', async () => {
    const evil = `evil.example:${host.port}`;
    expect(await rawUpgrade({ Host: evil, Origin: `http://${evil}` })).toBe(403);
    expect(await rawUpgrade({ Host: `127.0.0.1.evil.example:${host.port}`, Origin: `http://127.0.0.1.evil.example:${host.port}` })).toBe(
      403,
    );
    expect(await rawUpgrade({ Host: `127.0.0.1:${host.port + 1}`, Origin: `http://127.0.0.1:${host.port + 1}` })).toBe(403);
    expect(await rawGet(evil)).toBe(403);
    expect(await rawGet('bad host header')).toBe(403);
    expect(await rawGet(own())).toBe(200);
    expect(await rawGet(`localhost:${host.port}`)).toBe(200);
    expect(await rawUpgrade({ Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` })).toBe(101);
    await ownPageLogsIn();
  });
});

describe('the relay login', () => {
  const login = (contentType: string | null, body: string) =>
    fetch(`${relay.relay.url}/api/login`, { method: 'POST', headers: contentType ? { 'Content-Type': contentType } : {}, body });

  it('refuses a login that is not application/json (415, and why); JSON still logs in', async () => {
    const creds = JSON.stringify({ username: 'd1', password: relay.fx.users.d1!.password });
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      null,
    ]) {
      const res = await login(type, creds);
      expect(res.status, String(type)).toBe(415);
      const body = (await res.json()) as { ok: false; error: { code: string; key: string; message: string } };
      expect(body.error).toMatchObject({ code: 'invalid_input', key: 'error.relay.loginContentType' });
      expect(body.error.message).toMatch(/Content-Type: application\/json/);
    }
    const ok = await login('application/json; charset=utf-8', creds);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { token: string }).token.length).toBeGreaterThan(30);
  });
});
