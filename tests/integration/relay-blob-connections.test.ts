import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPackage } from '../../electron/laptop/sync/package-download';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import type { LaggingProxy } from '../helpers/lagging-proxy';
import { startLaggingProxy } from '../helpers/lagging-proxy';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, removeDir, startTestRelay, tempDir } from '../helpers/relay-harness';

/**
 * Fifty laptops downloading at once on two shared cores read the end of a 10 MiB blob seconds after the
 * relay handed it to the kernel. An HTTP server's keep-alive clock starts at that hand-off, so the relay
 * closed connections (5 s idle) that the laptops were just reusing for their next blob: "socket hang up".
 * A blob response now ends its connection (`Connection: close`); small API answers keep theirs.
 * The lagging proxy (tests/helpers/lagging-proxy.ts) holds a big response's tail until the relay ends the
 * connection, so a relay that keeps the connection open after a blob makes these tests fail.
 * The relay's per-user bound on blob downloads in flight (maxBlobDownloadsPerUser) counts users, not
 * addresses: one token is refused beyond it while another keeps downloading.
 */
const BLOB_BYTES = 2 * 1024 * 1024;
const BIG_BYTES = 24 * 1024 * 1024;
const PROXY = { afterBytes: 1024 * 1024, tailBytes: 64 * 1024 };

let t: TestRelay;
let token: string;
let tokenD2: string;
let proxy: LaggingProxy;
const dirs: string[] = [];

beforeAll(async () => {
  const fx = await makeMeetingFixture({
    seed: 41,
    docs: [
      { key: 'a', sizeBytes: BLOB_BYTES },
      { key: 'b', sizeBytes: BLOB_BYTES },
      { key: 'c', sizeBytes: BLOB_BYTES },
      // Bigger than what the kernel buffers for a client that does not read: its download stays in flight.
      { key: 'big', sizeBytes: BIG_BYTES, visibility: { kind: 'delegates', userKeys: ['d2'] } },
    ],
  });
  t = await startTestRelay({ fx });
  dirs.push(t.dataDir, fx.dir);
  token = (await loginAs(t.relay.url, 'd1', fx.users.d1!.password)).token;
  tokenD2 = (await loginAs(t.relay.url, 'd2', fx.users.d2!.password)).token;
});
afterAll(async () => {
  await proxy?.close();
  await t.relay.close();
  for (const d of dirs) removeDir(d);
});

/** GET with a keep-alive agent (as the package bench's client does); the body is hashed and counted. */
function get(
  agent: Agent,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; sha: string; bytes: number; reused: boolean; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { Authorization: `Bearer ${token}`, ...headers } }, (res) => {
      const h = createHash('sha256');
      let bytes = 0;
      res.on('data', (c: Buffer) => (h.update(c), (bytes += c.length)));
      res.once('end', () =>
        resolve({ status: res.statusCode ?? 0, sha: h.digest('hex'), bytes, reused: req.reusedSocket, connection: res.headers.connection }),
      );
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end();
  });
}

describe('blob responses and keep-alive', () => {
  it('a keep-alive client that reads a blob late gets the next blob, on a new connection', async () => {
    proxy = await startLaggingProxy(t.relay.url, PROXY);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const key of ['a', 'b', 'c']) {
        const r = await get(agent, `${proxy.url}/api/blobs/${t.fx.docs[key]!.sha256}`);
        expect(r).toMatchObject({ status: 200, sha: t.fx.docs[key]!.sha256, bytes: BLOB_BYTES, connection: 'close', reused: false });
      }
      expect(proxy.cutOff()).toBe(0);
      expect(proxy.connections()).toBe(3);
    } finally {
      agent.destroy();
      await proxy.close();
    }
  });

  it("the laptop's download client gets the whole package through the lagging link, one blob after another", async () => {
    proxy = await startLaggingProxy(t.relay.url, PROXY);
    const blobDir = tempDir('blob-conn-laptop');
    dirs.push(blobDir);
    try {
      const r = await downloadPackage({ relayUrl: proxy.url, token, blobDir, concurrency: 1 });
      if (!r.ok) throw new Error(`download failed: ${JSON.stringify(r.error)}`);
      expect(r.value.downloadedBytes).toBe(3 * BLOB_BYTES);
      for (const key of ['a', 'b', 'c']) {
        const sha = t.fx.docs[key]!.sha256;
        expect(
          createHash('sha256')
            .update(readFileSync(join(blobDir, `${sha}.pdf`)))
            .digest('hex'),
        ).toBe(sha);
      }
      expect(proxy.cutOff()).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('small API answers and 304s keep their connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, `${t.relay.url}/api/package`);
      const second = await get(agent, `${t.relay.url}/api/package`);
      const sha = t.fx.docs.a!.sha256;
      const notModified = await get(agent, `${t.relay.url}/api/blobs/${sha}`, { 'If-None-Match': `"${sha}"` });
      const third = await get(agent, `${t.relay.url}/api/package`);
      expect(first).toMatchObject({ status: 200, reused: false });
      expect(second).toMatchObject({ status: 200, reused: true });
      expect(notModified).toMatchObject({ status: 304, bytes: 0, reused: true });
      expect(third).toMatchObject({ status: 200, reused: true });
      for (const r of [second, notModified, third]) expect(r.connection).not.toBe('close');
    } finally {
      agent.destroy();
    }
  });
});

/** A blob download on its own connection whose body is not read: it stays in flight on the relay. */
function hold(url: string, bearer: string): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { Authorization: `Bearer ${bearer}` } }, (res) => {
      res.pause();
      resolve({ req, res });
    });
    req.once('error', reject);
    req.end();
  });
}

describe('blob downloads per user', () => {
  it("caps one user's downloads in flight (429 and why); another user still downloads; a finished one frees its slot", async () => {
    const CAP = t.relay.limits.maxBlobDownloadsPerUser;
    const bigUrl = `${t.relay.url}/api/blobs/${t.fx.docs.big!.sha256}`;
    const held = await Promise.all(Array.from({ length: CAP }, () => hold(bigUrl, tokenD2)));
    expect(held.map((h) => h.res.statusCode)).toEqual(Array.from({ length: CAP }, () => 200));
    try {
      const over = await fetch(bigUrl, { headers: { Authorization: `Bearer ${tokenD2}` } });
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toBe('1');
      const body = (await over.json()) as { ok: false; error: { key: string; params: unknown; message: string } };
      expect(body.error).toMatchObject({ key: 'error.relay.tooManyDownloads', params: { limit: CAP } });
      expect(body.error.message).toContain(`tối đa ${CAP}`);

      // Another laptop is another user: its downloads are not counted against d2's.
      const agent = new Agent({ keepAlive: true });
      const other = await get(agent, `${t.relay.url}/api/blobs/${t.fx.docs.a!.sha256}`);
      agent.destroy();
      expect(other).toMatchObject({ status: 200, bytes: BLOB_BYTES });

      // One held download read to its end (the relay has closed that connection by then) frees a slot.
      const done = held.pop()!;
      const closed = new Promise<void>((r) => done.res.socket.once('close', () => r()));
      let bytes = 0;
      done.res.on('data', (c: Buffer) => (bytes += c.length));
      done.res.resume();
      await closed;
      expect(bytes).toBe(BIG_BYTES);
      const again = await hold(bigUrl, tokenD2);
      held.push(again);
      expect(again.res.statusCode).toBe(200);
    } finally {
      for (const h of held) h.req.destroy();
    }
  });
});
