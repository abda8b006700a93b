import { WebSocket as WsWebSocket } from 'ws';
import type { ProjectorState } from '../../../shared/ipc/slices/projector';
import { normalizeProjectorCode } from '../../../shared/relay-protocol/constants';
import type { ProjectorMeetingResponse } from '../../../shared/relay-protocol/types';
import type { Result } from '../../../shared/util/result';
import { appError, fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { CallContext } from '../call-context';
import type { ControlChannel } from '../sync/control-channel';
import { openControlChannel } from '../sync/control-channel';
import type { FetchLike } from '../sync/relay-http';
import { relayGetJson, wsBase } from '../sync/relay-http';
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

export type ProjectorService = {
  watch(ctx: CallContext): void;
  state(): ProjectorState;
  connect(req: { relayUrl: unknown; code: unknown }): Promise<Result<ProjectorState>>;
  disconnect(): ProjectorState;
  close(): void;
};

const IDLE: ProjectorState = { state: 'idle', relayUrl: null, error: null, view: null, meeting: null, offsetMs: 0 };

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

  /** The title and agenda, once per meeting (a failure leaves them empty; the next view asks again). */
  async function loadMeeting(mine: { stopped: boolean }, fetchImpl: FetchLike, relayUrl: string, code: string): Promise<void> {
    const r = await relayGetJson<ProjectorMeetingResponse>(fetchImpl, relayUrl, '/api/projector/meeting', code);
    if (mine.stopped || !r.ok || !r.value.value) return;
    set({ ...current, meeting: r.value.value });
  }

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
            const view = frame.state;
            const offsetMs = view ? Date.now() - view.serverNow : current.offsetMs;
            const stale = current.meeting && view && current.meeting.meeting.id !== view.meetingId;
            set({ ...current, state: 'online', relayUrl, error: null, view, offsetMs, meeting: stale ? null : current.meeting });
            if (view && !current.meeting) void loadMeeting(mine, transport.fetchImpl, relayUrl, code);
            settle(ok(current));
          },
          onClose(info) {
            if (mine.stopped) return;
            mine.channel = null;
            if (info.httpStatus === 401 || info.httpStatus === 403 || info.certificateRefused) {
              const error = info.certificateRefused
                ? appError('forbidden', 'error.sync.certificateChanged', { relay: relayUrl })
                : appError('unauthenticated', 'projector.error.code');
              set({ ...IDLE, state: 'refused', relayUrl, error });
              settle(fail(error.code, error.key!, error.params));
              mine.stopped = true;
              return;
            }
            set({ ...current, state: 'offline', relayUrl, error: appError('offline', 'error.sync.unreachable') });
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
      set({ ...IDLE, state: 'connecting', relayUrl: url.value });
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
