import { WebSocket as WsWebSocket } from 'ws';
import type { ProjectorState } from '../../../shared/ipc/slices/projector';
import { normalizeProjectorCode } from '../../../shared/relay-protocol/constants';
import type { ProjectorSessionResponse } from '../../../shared/relay-protocol/types';
import type { AppError, Result } from '../../../shared/util/result';
import { appError, fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { CallContext } from '../call-context';
import type { ControlChannel } from '../sync/control-channel';
import { openControlChannel } from '../sync/control-channel';
import type { FetchLike } from '../sync/relay-http';
import { httpBase, requestFailure, wsBase } from '../sync/relay-http';
import { requireConfirmedRelay, transportFor } from './relay-pins';
import { normalizeRelayUrl } from './relay-url';
import { createWatchers } from './watchers';

/*
 * The big screen's side of the projector session (PROTOCOL.md "Projector"): the chair's laptop asks the relay
 * for a code; the projector's laptop, with nobody signed in, watches /commands with it through the relay's
 * pinned certificate and passes the public live view to its windows. It reconnects after a drop until told
 * to stop, and gives up only when the relay refuses the code.
 */

const RETRY_MS = 2000;
const SILENT_AFTER_MS = 20_000;

/** POST /api/projector-session with the signed-in chair's or secretary's token. */
export async function requestProjectorCode(
  fetchImpl: FetchLike,
  relayUrl: string,
  token: string,
): Promise<Result<ProjectorSessionResponse>> {
  let res: Response;
  try {
    res = await fetchImpl(`${httpBase(relayUrl)}/api/projector-session`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  } catch (e) {
    return requestFailure(relayUrl, e);
  }
  const body = (await res.json().catch(() => null)) as (ProjectorSessionResponse & { error?: AppError }) | null;
  if (res.status === 200 && body && typeof body.code === 'string') return ok({ code: body.code, expiresMs: body.expiresMs });
  if (body?.error?.code && body.error.key) return { ok: false, error: body.error };
  return fail('internal', 'error.sync.relayStatus', { status: res.status }, { status: res.status });
}

export type ProjectorService = {
  watch(ctx: CallContext): void;
  state(): ProjectorState;
  connect(req: { relayUrl: unknown; code: unknown }): Promise<Result<ProjectorState>>;
  disconnect(): ProjectorState;
  close(): void;
};

const IDLE: ProjectorState = { state: 'idle', relayUrl: null, error: null, view: null };

export function createProjectorService(deps: { db: Db; fetchImpl?: FetchLike; log: (msg: string, e?: unknown) => void }): ProjectorService {
  const watchers = createWatchers(deps.log);
  let current: ProjectorState = IDLE;
  /** The running link: its channel and retry timer; replaced on every connect. */
  let link: { channel: ControlChannel | null; timer: NodeJS.Timeout | null; stopped: boolean } | null = null;

  const set = (next: ProjectorState) => {
    current = next;
    watchers.forEach((ctx) => ctx.emit('projector:state', current));
  };

  const stop = () => {
    if (!link) return;
    link.stopped = true;
    if (link.timer) clearTimeout(link.timer);
    link.channel?.close();
    link = null;
  };

  function open(relayUrl: string, code: string, first: (r: Result<ProjectorState>) => void): void {
    const mine = { channel: null as ControlChannel | null, timer: null as NodeJS.Timeout | null, stopped: false };
    link = mine;
    let settled = false;
    const settle = (r: Result<ProjectorState>) => {
      if (!settled) first(r);
      settled = true;
    };
    const attempt = () => {
      if (mine.stopped) return;
      const transport = transportFor(deps.db, relayUrl, deps.fetchImpl ?? fetch);
      mine.channel = openControlChannel({
        url: `${wsBase(relayUrl)}/commands?token=${encodeURIComponent(code)}`,
        WebSocketImpl: transport.WebSocketImpl ?? WsWebSocket,
        deadAfterMs: SILENT_AFTER_MS,
        handlers: {
          onOpen: () => undefined,
          onFrame(frame) {
            if (mine.stopped || frame.type !== 'state') return;
            set({ state: 'online', relayUrl, error: null, view: frame.state });
            settle(ok(current));
          },
          onClose(info) {
            if (mine.stopped) return;
            mine.channel = null;
            if (info.httpStatus === 401 || info.httpStatus === 403 || info.certificateRefused) {
              const error = info.certificateRefused
                ? appError('forbidden', 'error.sync.certificateChanged', { relay: relayUrl })
                : appError('unauthenticated', 'projector.error.code');
              set({ state: 'refused', relayUrl, error, view: null });
              settle(fail(error.code, error.key!, error.params));
              mine.stopped = true;
              return;
            }
            set({ state: 'offline', relayUrl, error: appError('offline', 'error.sync.unreachable'), view: current.view });
            settle(fail('offline', 'error.discovery.unreachable', { url: relayUrl }));
            mine.timer = setTimeout(attempt, RETRY_MS);
            mine.timer.unref();
          },
        },
      });
    };
    attempt();
  }

  return {
    watch: watchers.add,
    state: () => current,
    async connect(req) {
      const url = normalizeRelayUrl(req.relayUrl);
      if (!url.ok) return url;
      const code = normalizeProjectorCode(req.code);
      if (!code) return fail('invalid_input', 'projector.error.codeFormat', undefined, { field: 'code' });
      const confirmed = await requireConfirmedRelay(deps.db, url.value);
      if (!confirmed.ok) return confirmed;
      stop();
      set({ state: 'connecting', relayUrl: url.value, error: null, view: null });
      return new Promise((resolve) => open(url.value, code, resolve));
    },
    disconnect() {
      stop();
      set(IDLE);
      return current;
    },
    close: stop,
  };
}
