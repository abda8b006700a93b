import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { RelayLimits } from '../../electron/relay';
import type { Relay, RelayEvent } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { LoginResponse } from '../../shared/relay-protocol/types';
import type { MeetingFixture } from './relay-fixture';
import { makeMeetingFixture } from './relay-fixture';

/** Test plumbing for the relay: temp dirs, an in-process relay, logins, providers, and event-driven waits. */

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `phg-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export type TestRelay = { relay: Relay; fx: MeetingFixture; dataDir: string };

export async function startTestRelay(
  opts: { fx?: MeetingFixture; dataDir?: string; limits?: Partial<RelayLimits> } = {},
): Promise<TestRelay> {
  const fx = opts.fx ?? (await makeMeetingFixture());
  const dataDir = opts.dataDir ?? tempDir('relay');
  const relay = await createRelay({ dataDir, port: 0, limits: opts.limits });
  if (!relay.currentPackage()) relay.loadPackage(fx.pkg, fx.blobDir);
  return { relay, fx, dataDir };
}

export async function loginAs(relayUrl: string, username: string, password: string): Promise<LoginResponse> {
  const res = await fetch(`${relayUrl}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as LoginResponse;
}

/**
 * Resolves when `check()` holds, re-checking whenever `subscribe` reports a change (event-driven, no polling).
 * Rejects after `timeoutMs` with `what` in the message so a hung test says what it was waiting for.
 */
export function until(
  subscribe: (onChange: () => void) => () => void,
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    const timer = setTimeout(() => {
      unsub();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`));
    }, timeoutMs);
    const test = () => {
      let okNow: boolean;
      try {
        okNow = check();
      } catch {
        okNow = false;
      }
      if (okNow) {
        clearTimeout(timer);
        unsub();
        resolve();
      }
    };
    unsub = subscribe(test);
    test();
  });
}

/** Waits until `check` holds, re-checking on each update of any of `docs`. */
export const untilDocs = (docs: Y.Doc[], check: () => boolean, what: string, timeoutMs?: number) =>
  until(
    (cb) => {
      for (const d of docs) d.on('update', cb);
      return () => {
        for (const d of docs) d.off('update', cb);
      };
    },
    check,
    what,
    timeoutMs,
  );

export const untilDoc = (doc: Y.Doc, check: () => boolean, what: string, timeoutMs?: number) => untilDocs([doc], check, what, timeoutMs);

/** Waits for a relay event matching `match`. */
export function nextRelayEvent<T extends RelayEvent['type']>(
  relay: Relay,
  type: T,
  match: (e: Extract<RelayEvent, { type: T }>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<Extract<RelayEvent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for relay event ${type}`));
    }, timeoutMs);
    const off = relay.onEvent((e) => {
      if (e.type === type && match(e as Extract<RelayEvent, { type: T }>)) {
        clearTimeout(timer);
        off();
        resolve(e as Extract<RelayEvent, { type: T }>);
      }
    });
  });
}

/** A real y-websocket provider (Node `ws`, no BroadcastChannel shortcut between in-process peers). */
export function provider(relayUrl: string, room: string, token: string, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(`${relayUrl.replace(/^http/, 'ws')}/yjs`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>['WebSocketPolyfill'],
    disableBc: true,
    maxBackoffTime: 300,
  });
}

export function whenProviderSynced(p: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  return until(
    (cb) => {
      p.on('sync', cb);
      return () => p.off('sync', cb);
    },
    () => p.synced,
    `provider ${p.roomname} synced`,
    timeoutMs,
  );
}
