import { WebSocket as WsWebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Db } from '../../common/sqlite/connection';
import { loadInto, persistUpdate } from '../../common/ydoc-store/store';
import { MESSAGE_AUTH, MESSAGE_SYNC } from '../../../shared/relay-protocol/constants';

/**
 * One room on a laptop: a Y.Doc loaded from local SQLite (so it opens offline), every update persisted
 * locally as it happens (local edits and remote ones), and a y-websocket provider that syncs it with the
 * relay whenever the sync client says we are online. Offline edits need no queue: on reconnect the relay
 * sends its state vector (sync step 1) and the provider answers with everything the relay lacks.
 */
export type RoomStatus = {
  synced: boolean;
  /** Last permission-denied reason from the relay (a write it refused), if any. */
  denied: string | null;
  /** Set when the relay closed the room for good (4400–4499: forbidden, not found, malformed). */
  closed: { code: number; reason: string } | null;
};

export type RoomSync = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  status(): RoomStatus;
  onStatus(listener: (s: RoomStatus) => void): () => void;
  setToken(token: string): void;
  connect(): void;
  disconnect(): void;
  /** Resolves when the relay has announced a state vector covering this doc's current state (= persisted there). */
  whenAcknowledged(timeoutMs: number): Promise<void>;
  destroy(): void;
};

/** Local SQLite key of a room's doc. The room name is globally meaningful (`meeting:<id>`, ...). */
export const localDocKey = (room: string): string => room;

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;

type ProviderInternals = WebsocketProvider & {
  messageHandlers: ((enc: encoding.Encoder, dec: decoding.Decoder, p: WebsocketProvider, emitSynced: boolean, type: number) => void)[];
};

/** Extra state-vector requests per acknowledgement wait (each is one small frame). */
const MAX_REASKS = 5;

const coversSv = (have: Map<number, number>, want: Map<number, number>): boolean => {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
};

export function createRoomSync(opts: {
  name: string;
  db: Db;
  wsUrl: string;
  token: string | null;
  WebSocketImpl: typeof WsWebSocket;
  awareness: boolean;
  /**
   * The room's doc owned by someone else (the laptop's LocalDocs): synced in place, never destroyed here.
   * With `persisted: true` its owner already stores every update, so it is neither loaded nor stored again.
   */
  doc?: Y.Doc;
  persisted?: boolean;
}): RoomSync {
  const external = opts.doc !== undefined;
  const doc = opts.doc ?? new Y.Doc();
  const persistHere = !(external && opts.persisted);
  const onUpdate = (update: Uint8Array) => persistUpdate(opts.db, localDocKey(opts.name), update);
  if (persistHere) {
    loadInto(opts.db, localDocKey(opts.name), doc);
    doc.on('update', onUpdate);
  }

  // The provider and its Awareness register listeners on the doc (Awareness never removes its 'destroy'
  // one). A doc that outlives this room must not keep them, so record them and remove them in destroy().
  const docListeners: [string, (...args: unknown[]) => void][] = [];
  const docOn = doc.on;
  if (external) {
    (doc as unknown as { on: (n: string, f: (...args: unknown[]) => void) => unknown }).on = (n, f) => {
      docListeners.push([n, f]);
      return docOn.call(doc, n as 'update', f as never);
    };
  }
  let created: WebsocketProvider;
  try {
    created = new WebsocketProvider(`${opts.wsUrl}/yjs`, opts.name, doc, {
      connect: false,
      params: opts.token ? { token: opts.token } : {},
      WebSocketPolyfill: opts.WebSocketImpl as unknown as ProviderOptions['WebSocketPolyfill'],
      // Several rooms of several users can live in one process: never let them talk around the relay.
      disableBc: true,
      maxBackoffTime: 5000,
    });
  } finally {
    if (external) delete (doc as unknown as { on?: unknown }).on;
  }
  const provider = created as ProviderInternals;
  // Presence comes from the relay's heartbeat; awareness renewals would only cost N² traffic.
  if (!opts.awareness) {
    provider.awareness.setLocalState(null);
    // Its only job is to withdraw our awareness state at exit; without one, it would just add one
    // process 'exit' listener per room (and a MaxListeners warning past ten rooms).
    process.off('exit', (provider as unknown as { _exitHandler: () => void })._exitHandler);
  }

  let status: RoomStatus = { synced: false, denied: null, closed: null };
  const listeners = new Set<(s: RoomStatus) => void>();
  const setStatus = (patch: Partial<RoomStatus>) => {
    status = { ...status, ...patch };
    for (const l of [...listeners]) l(status);
  };
  let relaySv: Map<number, number> | null = null;
  const svWaiters = new Set<() => void>();

  // Peek at the relay's sync step 1 (its persisted state vector) before y-websocket handles the message.
  const syncHandler = provider.messageHandlers[MESSAGE_SYNC]!;
  provider.messageHandlers[MESSAGE_SYNC] = (enc, dec, p, emitSynced, type) => {
    const peek = decoding.clone(dec);
    if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1) {
      relaySv = Y.decodeStateVector(decoding.readVarUint8Array(peek));
      for (const w of [...svWaiters]) w();
    }
    syncHandler(enc, dec, p, emitSynced, type);
  };
  // y-websocket only logs permission-denied; keep the reason so the UI can say why an edit did not stick.
  provider.messageHandlers[MESSAGE_AUTH] = (_enc, dec) => {
    authProtocol.readAuthMessage(dec, doc, (_d, reason) => {
      setStatus({ denied: reason });
      for (const w of [...svWaiters]) w();
    });
  };
  provider.on('sync', (synced: boolean) => setStatus({ synced }));
  provider.on('closed', (e: { code: number; reason: string }) => setStatus({ closed: { code: e.code, reason: e.reason }, synced: false }));

  const sendStep1 = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(enc, doc);
    ws.send(encoding.toUint8Array(enc));
  };

  return {
    name: opts.name,
    doc,
    provider,
    status: () => status,
    onStatus(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    setToken(token) {
      provider.params = { ...provider.params, token };
    },
    connect() {
      if (!status.closed && !provider.shouldConnect) provider.connect();
    },
    disconnect() {
      if (provider.shouldConnect) provider.disconnect();
    },
    whenAcknowledged(timeoutMs) {
      const want = Y.decodeStateVector(Y.encodeStateVector(doc));
      if (relaySv && coversSv(relaySv, want)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const deniedBefore = status.denied;
        let reasks = 0;
        const done = (e?: Error) => {
          clearTimeout(timer);
          svWaiters.delete(check);
          if (e) reject(e);
          else resolve();
        };
        const check = () => {
          if (relaySv && coversSv(relaySv, want)) return done();
          if (status.denied && status.denied !== deniedBefore) return done(new Error(`refused by the relay: ${status.denied}`));
          // The relay's step 1 we just saw is answered by the provider with our missing updates; ask again
          // right after that answer has gone out (microtask = after y-websocket's synchronous send).
          if (reasks < MAX_REASKS) {
            reasks++;
            queueMicrotask(sendStep1);
          }
        };
        const timer = setTimeout(() => done(new Error(`not acknowledged within ${timeoutMs} ms`)), timeoutMs);
        svWaiters.add(check);
        // If offline, the step 1 the relay sends after our reconnect starts the same exchange.
        sendStep1();
      });
    },
    destroy() {
      provider.destroy();
      provider.awareness.destroy();
      if (persistHere) doc.off('update', onUpdate);
      if (external) for (const [n, f] of docListeners) doc.off(n as 'update', f as never);
      else doc.destroy();
      listeners.clear();
      svWaiters.clear();
    },
  };
}
