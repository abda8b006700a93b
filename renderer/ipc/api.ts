import type { Api, ApiEvents, Channel, EventName, Req, Res } from '../../shared/ipc/contract';
import { decodeWire, encodeWire, type WireEvent, type WireResponse } from '../../shared/ipc/wire';
import { fail, type Result } from '../../shared/util/result';

declare global {
  interface Window {
    /** Exposed by the Electron preload (electron/shell/preload/index.ts). */
    phg?: Api;
  }
}

/**
 * Browser mode: the same contract over a WebSocket to the local services host. Calls made while the
 * socket is reconnecting wait for it (the host is on this machine, so that is short).
 */
export function createWsApi(url: string): Api {
  let ws: WebSocket | null = null;
  let nextId = 1;
  let opened: Promise<WebSocket> | null = null;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();

  const connect = (): Promise<WebSocket> => {
    if (opened) return opened;
    opened = new Promise((resolve, reject) => {
      const sock = new WebSocket(url);
      sock.onopen = () => {
        ws = sock;
        resolve(sock);
      };
      sock.onmessage = (ev) => {
        const msg = decodeWire(String(ev.data)) as WireResponse | WireEvent;
        if ('id' in msg) {
          pending.get(msg.id)?.(msg.result as Result<unknown>);
          pending.delete(msg.id);
        } else {
          listeners.get(msg.event)?.forEach((l) => l(msg.payload));
        }
      };
      sock.onclose = () => {
        ws = null;
        opened = null;
        for (const [, done] of pending) done(fail('offline', 'error.ipc.closed'));
        pending.clear();
        listeners.get('__connection')?.forEach((l) => l('closed'));
        reject(new Error('closed'));
      };
    });
    opened.catch(() => {});
    return opened;
  };

  return {
    async invoke<C extends Channel>(channel: C, ...req: Req<C> extends void ? [] : [Req<C>]): Promise<Result<Res<C>>> {
      let sock: WebSocket;
      try {
        sock = ws ?? (await connect());
      } catch {
        return fail('offline', 'error.ipc.unreachable') as Result<Res<C>>;
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: Result<unknown>) => void);
        sock.send(encodeWire({ id, channel, req: req[0] }));
      });
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      void connect().catch(() => {});
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
}

/** The API for this window: Electron's preload object if present, otherwise the browser-mode socket. */
export function getApi(): Api {
  if (window.phg) return window.phg;
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsApi(`${proto}//${location.host}/api`);
}
