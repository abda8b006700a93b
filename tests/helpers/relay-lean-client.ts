import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * A lean Yjs client speaking the real y-websocket protocol (y-protocols sync + auth) over `ws`, without
 * WebsocketProvider's timers and awareness. Used where hundreds of peers are needed (bench) and where a
 * test must send hand-made frames a well-behaved provider never would (tampered / malformed peers).
 */
export type CloseInfo = { code: number; reason: string; httpStatus: number | null };

export type LeanClient = {
  readonly doc: Y.Doc;
  readonly ws: WebSocket;
  /** Resolves at the first sync-step-2 from the relay (the relay's state is in `doc`). */
  readonly synced: Promise<void>;
  readonly closed: Promise<CloseInfo>;
  /** Permission-denied reasons received (y-protocols auth messages). */
  readonly denied: string[];
  onDenied(listener: (reason: string) => void): void;
  /** Last state vector the relay announced (its sync step 1), i.e. what it has persisted. */
  relayStateVector(): Map<number, number> | null;
  onRelayStateVector(listener: (sv: Map<number, number>) => void): void;
  sendRaw(bytes: Uint8Array): void;
  /** Sends sync step 1: the relay answers with step 2 and its own step 1. */
  resync(): void;
  /** Resolves once the relay's announced state vector covers this doc's: everything local is persisted there. */
  acknowledged(): Promise<void>;
  close(): void;
};

const REMOTE = Symbol('remote');

export function yjsUrl(relayUrl: string, room: string, token: string | null): string {
  const base = relayUrl.replace(/^http/, 'ws');
  return `${base}/yjs/${room}${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
}

export function connectLean(opts: {
  relayUrl: string;
  room: string;
  token: string | null;
  doc?: Y.Doc;
  sendLocalUpdates?: boolean;
}): LeanClient {
  const doc = opts.doc ?? new Y.Doc();
  const ws = new WebSocket(yjsUrl(opts.relayUrl, opts.room, opts.token), { perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  const denied: string[] = [];
  const deniedListeners: ((r: string) => void)[] = [];
  const svListeners: ((sv: Map<number, number>) => void)[] = [];
  let relaySv: Map<number, number> | null = null;
  let httpStatus: number | null = null;
  let resolveSynced!: () => void;
  let rejectSynced!: (e: Error) => void;
  const synced = new Promise<void>((res, rej) => {
    resolveSynced = res;
    rejectSynced = rej;
  });
  synced.catch(() => {});
  let isSynced = false;

  const send = (bytes: Uint8Array) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
  };
  const step1 = () => {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 0);
    syncProtocol.writeSyncStep1(enc, doc);
    send(encoding.toUint8Array(enc));
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE || opts.sendLocalUpdates === false) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 0);
    syncProtocol.writeUpdate(enc, update);
    send(encoding.toUint8Array(enc));
  };
  doc.on('update', onUpdate);

  ws.on('open', step1);
  ws.on('error', (e: Error) => {
    const m = /Unexpected server response: (\d+)/.exec(e.message);
    if (m) httpStatus = Number(m[1]);
  });
  ws.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const peek = decoding.clone(decoder);
      const syncType = decoding.readVarUint(peek);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        relaySv = Y.decodeStateVector(decoding.readVarUint8Array(peek));
      }
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, 0);
      syncProtocol.readSyncMessage(decoder, enc, doc, REMOTE);
      if (encoding.length(enc) > 1) send(encoding.toUint8Array(enc));
      if (syncType === syncProtocol.messageYjsSyncStep2 && !isSynced) {
        isSynced = true;
        resolveSynced();
      }
      if (syncType === syncProtocol.messageYjsSyncStep1) for (const l of svListeners) l(relaySv!);
    } else if (type === 2) {
      authProtocol.readAuthMessage(decoder, doc, (_d, reason) => {
        denied.push(reason);
        for (const l of deniedListeners) l(reason);
      });
    }
  });
  const closed = new Promise<CloseInfo>((resolve) => {
    ws.on('close', (code: number, reason: Buffer) => {
      doc.off('update', onUpdate);
      if (!isSynced) rejectSynced(new Error(`closed before sync: ${code} ${reason.toString()}`));
      resolve({ code, reason: reason.toString('utf8'), httpStatus });
    });
  });

  return {
    doc,
    ws,
    synced,
    closed,
    denied,
    onDenied: (l) => void deniedListeners.push(l),
    relayStateVector: () => relaySv,
    onRelayStateVector: (l) => void svListeners.push(l),
    sendRaw: send,
    resync: step1,
    acknowledged() {
      const want = Y.decodeStateVector(Y.encodeStateVector(doc));
      return new Promise<void>((resolve, reject) => {
        let done = false;
        svListeners.push((sv) => {
          if (!done && covers(sv, want)) {
            done = true;
            resolve();
          }
        });
        void closed.then((c) => {
          if (!done) reject(new Error(`closed before acknowledgement: ${c.code}`));
        });
        step1();
      });
    },
    close: () => ws.close(),
  };
}

/** True when state vector `have` covers everything in `want`. */
export function covers(have: Map<number, number>, want: Map<number, number>): boolean {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}
