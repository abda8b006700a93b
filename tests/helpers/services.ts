import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Req, Res } from '../../shared/ipc/contract';
import type { Session } from '../../shared/model/types';
import type { Result } from '../../shared/util/result';
import { createServices, type AppServices } from '../../electron/laptop/create-services';
import type { CallContext } from '../../electron/laptop/context';
import type { EventName, ApiEvents } from '../../shared/ipc/contract';

/** A caller bound to one window/session, calling the real services through their dispatcher. */
export type Caller = {
  ctx: CallContext;
  events: { event: EventName; payload: ApiEvents[EventName] }[];
  call<C extends Channel>(channel: C, ...req: Req<C> extends void ? [] : [Req<C>]): Promise<Result<Res<C>>>;
  /** Like call, but throws with the error message on failure. */
  must<C extends Channel>(channel: C, ...req: Req<C> extends void ? [] : [Req<C>]): Promise<Res<C>>;
  /** Called after every event this window receives (for until()-style waits). */
  onEvent(listener: () => void): () => void;
};

export function newCaller(app: AppServices): Caller {
  let session: Session | null = null;
  const events: Caller['events'] = [];
  const listeners = new Set<() => void>();
  const ctx: CallContext = {
    get session() {
      return session;
    },
    setSession: (s) => void (session = s),
    emit: (event, payload) => {
      events.push({ event, payload });
      for (const l of [...listeners]) l();
    },
  };
  const call = (async (channel: Channel, req?: unknown) => app.dispatch(ctx, channel, req)) as Caller['call'];
  const must = (async (channel: Channel, req?: unknown) => {
    const r = await app.dispatch(ctx, channel, req);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  }) as Caller['must'];
  const onEvent = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  return { ctx, events, call, must, onEvent };
}

export const tempDir = (prefix = 'phg-') => mkdtempSync(join(tmpdir(), prefix));

export function startServices(dataDir = tempDir()): AppServices {
  return createServices({ dataDir, mode: 'browser', version: 'test', log: () => {} });
}
