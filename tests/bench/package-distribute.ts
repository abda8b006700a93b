/*
 * The package bench's load generator: N laptops each fetching every document of the package at once, from
 * the relay or from the static baseline, over http or https (whichever the server speaks: the bench runs
 * both servers with the same scheme). Bodies are counted and discarded.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { CLK_TCK, procStats } from './proc';

const DEADLINE_MS = 120_000;

/** One server under test: where to ask, and the process whose CPU time is charged to it. */
export type BenchServer = {
  name: 'relay' | 'static';
  /** http://… or https://… */
  base: string;
  pid: number;
  path: (sha: string) => string;
  /** Request headers of laptop i (the relay's bearer token). */
  headers: (i: number) => Record<string, string>;
  /** The certificate to trust over https (the relay's generated one; the static server serves the same). */
  ca?: string;
  /** Requests retried after the connection was closed under them ("socket hang up"), over the whole run. */
  retried: number;
};

export type Distribution = { mbps: number; cpuSecondsPerGB: number; seconds: number };

type Agent = HttpAgent | HttpsAgent;

function newAgent(server: BenchServer, sockets: number, keepAlive = true): Agent {
  const opts = { keepAlive, maxSockets: sockets };
  if (!server.base.startsWith('https:')) return new HttpAgent(opts);
  // The relay's self-signed certificate names no IP address: trust exactly that certificate, skip the name.
  return new HttpsAgent({ ...opts, ca: server.ca, checkServerIdentity: () => undefined });
}

function drainOnce(
  server: BenchServer,
  agent: Agent,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number }> {
  const request = server.base.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.once('error', (e) => reject(Object.assign(e, { responded: true })));
    });
    req.setTimeout(DEADLINE_MS, () => req.destroy(new Error(`timeout ${url}`)));
    req.once('error', reject);
    req.end();
  });
}

/**
 * GET that reads and discards the body; resolves with the byte count. A request that fails before any
 * response (the server closed the connection just as it was reused: "socket hang up") is retried once on a
 * new connection of its own (not another pooled one, which the server may have closed as well), as HTTP
 * clients do for idempotent requests; retries are counted per server.
 */
async function drain(
  server: BenchServer,
  agent: Agent,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number }> {
  try {
    return await drainOnce(server, agent, url, headers);
  } catch (e) {
    if ((e as { responded?: boolean }).responded)
      throw new Error(`package bench: ${server.name} cut a response short: ${(e as Error).message}`, { cause: e });
    server.retried++;
    const fresh = newAgent(server, 1, false);
    try {
      return await drainOnce(server, fresh, url, headers);
    } finally {
      fresh.destroy();
    }
  }
}

/** Every laptop fetches every document, one after another; all laptops at once. */
export async function distribute(
  server: BenchServer,
  laptops: number,
  shas: string[],
  expectBytesPerLaptop: number,
): Promise<Distribution> {
  const agent = newAgent(server, laptops * 2);
  const cpu0 = procStats(server.pid).cpuTicks;
  const t0 = performance.now();
  try {
    const totals = await Promise.all(
      Array.from({ length: laptops }, async (_, i) => {
        let bytes = 0;
        for (const sha of shas) {
          const r = await drain(server, agent, `${server.base}${server.path(sha)}`, server.headers(i));
          if (r.status !== 200) throw new Error(`package bench: ${server.name} answered HTTP ${r.status} for ${sha}`);
          bytes += r.bytes;
        }
        return bytes;
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = (procStats(server.pid).cpuTicks - cpu0) / CLK_TCK;
    const total = totals.reduce((a, b) => a + b, 0);
    if (total !== expectBytesPerLaptop * laptops)
      throw new Error(`package bench: ${total} bytes from ${server.name}, expected ${expectBytesPerLaptop * laptops}`);
    return { mbps: total / 1e6 / seconds, cpuSecondsPerGB: cpuSeconds / (total / 1e9), seconds };
  } finally {
    agent.destroy();
  }
}
