import type { WebSocket } from 'ws';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import type { UserId } from '../../shared/model/ids';
import type { CommandAck } from '../../shared/meeting-live/commands';
import type { Result } from '../../shared/util/result';
import { fail } from '../../shared/util/result';
import type { RelaySession } from './auth';
import type { CommandContext, CommandProcessorLike } from './command-types';
import type { RelayLogger } from './config';
import { createCommandBatcher, createLivePush } from './live-push';
import { createLatestSender, type LatestSender } from './latest-sender';
import { CLOSE_MALFORMED } from '../../shared/relay-protocol/constants';
import type { ClientCommandFrame, ServerCommandFrame } from '../../shared/relay-protocol/types';
import { createLivePatcher, type LivePatcher } from '../../shared/relay-protocol/live-patch';

/**
 * The /commands endpoint: JSON frames carrying commands with ids to the processor, acks back, and the
 * processor's live view (plus presence) pushed on connect and after changes (at most every
 * LIVE_PUSH_INTERVAL_MS, live-push.ts). Frames of one event-loop turn are applied as one group commit when
 * the processor offers handleBatch. The processor runs synchronously and durably, so an ack always means
 * "applied and on disk"; ids make resending safe.
 */
export type CommandChannel = {
  /**
   * Registers an authenticated connection and sends it presence and its current view; `patches`: the laptop
   * asked for live-view patches (shared/relay-protocol/live-patch.ts) instead of the whole view every time.
   */
  attach(ws: WebSocket, session: RelaySession, opts?: { patches: boolean }): void;
  /** One frame from that connection (rate limiting is the caller's job). */
  onMessage(ws: WebSocket, data: Buffer, isBinary: boolean): void;
  detach(ws: WebSocket): void;
  /** Swaps the processor (a new meeting was published) and pushes its views. */
  setProcessor(processor: CommandProcessorLike): void;
  /** Presence changed: push it (and fresh views, since `online` is part of each context). */
  presenceChanged(online: UserId[]): void;
  close(): void;
};

const MAX_ID_LENGTH = 128;

export const NOOP_COMMAND_PROCESSOR: CommandProcessorLike = {
  handle: () => fail('not_found', 'error.relay.noProcessor'),
  view: () => null,
  subscribe: () => () => {},
  close: () => {},
};

function parseFrame(text: string): ClientCommandFrame | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const f = v as Record<string, unknown>;
  if (f.type !== 'command' || typeof f.id !== 'string' || f.id.length === 0 || f.id.length > MAX_ID_LENGTH || !('command' in f))
    return null;
  return { type: 'command', id: f.id, command: f.command };
}

export function createCommandChannel(deps: {
  processor: CommandProcessorLike;
  isOnline: (userId: UserId) => boolean;
  online: () => UserId[];
  logger: RelayLogger;
}): CommandChannel {
  /** Live view and presence supersede themselves: one latest-wins sender per connection (latest-sender.ts). */
  type Attached = { session: RelaySession; live: LatestSender<'presence' | 'state'> };
  const conns = new Map<WebSocket, Attached>();
  let processor = deps.processor;

  const ctxOf = (s: RelaySession): CommandContext => ({
    userId: s.userId,
    role: s.participant.role,
    meetingId: s.meetingId,
    online: deps.isOnline(s.userId),
    laptopId: s.laptop?.id ?? null,
  });
  const send = (ws: WebSocket, frame: ServerCommandFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const renderState = (s: RelaySession, patcher: LivePatcher | null): string | null => {
    let state: MeetingLiveView | null;
    try {
      state = processor.view(ctxOf(s));
    } catch (e) {
      deps.logger.warn('command processor view failed', { error: String(e) });
      return null;
    }
    return patcher ? patcher.frame(state) : JSON.stringify({ type: 'state', state } satisfies ServerCommandFrame);
  };
  const renderPresence = () => JSON.stringify({ type: 'presence', online: deps.online() } satisfies ServerCommandFrame);
  let presenceDue = false;
  const livePush = createLivePush(() => {
    const presence = presenceDue;
    presenceDue = false;
    for (const a of conns.values()) {
      if (presence) a.live.mark('presence');
      a.live.mark('state');
    }
  });
  const scheduleFlush = () => livePush.request();

  type Pending = { ws: WebSocket; session: RelaySession; frame: ClientCommandFrame };
  const applyOne = (p: Pending): Result<CommandAck> => {
    try {
      return processor.handle(ctxOf(p.session), p.frame.command);
    } catch (e) {
      deps.logger.warn('command processor threw', { error: String(e) });
      return fail('internal', 'error.relay.commandFailed');
    }
  };
  const batcher = createCommandBatcher<Pending>((items) => {
    let results: Result<CommandAck>[] | null = null;
    if (processor.handleBatch && items.length > 1) {
      try {
        results = processor.handleBatch(items.map((p) => ({ ctx: ctxOf(p.session), command: p.frame.command })));
      } catch (e) {
        deps.logger.warn('command processor threw', { error: String(e) });
        results = items.map(() => fail('internal', 'error.relay.commandFailed'));
      }
    }
    items.forEach((p, i) => send(p.ws, { type: 'ack', id: p.frame.id, result: results ? results[i]! : applyOne(p) }));
  });
  let unsubscribe = processor.subscribe(scheduleFlush);

  return {
    attach(ws, session, opts) {
      const patcher = opts?.patches ? createLivePatcher() : null;
      const live = createLatestSender(ws, ['presence', 'state'] as const, (kind) =>
        kind === 'presence' ? renderPresence() : renderState(session, patcher),
      );
      conns.set(ws, { session, live });
      live.mark('presence');
      live.mark('state');
    },
    onMessage(ws, data, isBinary) {
      const session = conns.get(ws)?.session;
      if (!session) return;
      const frame = isBinary ? null : parseFrame(data.toString('utf8'));
      if (!frame) {
        ws.close(CLOSE_MALFORMED, 'malformed command frame');
        return;
      }
      // The big screen only watches: every command from it is refused before the processor sees it.
      if (session.projector) {
        send(ws, {
          type: 'ack',
          id: frame.id,
          result: fail('forbidden', 'error.relay.projectorReadOnly', undefined, { reason: 'projector' }),
        });
        return;
      }
      // The processor's own batching (submit) when it has one; otherwise frames of one turn are batched here.
      if (!processor.submit) {
        batcher.add({ ws, session, frame });
        return;
      }
      const reply = (result: Result<CommandAck>) => send(ws, { type: 'ack', id: frame.id, result });
      try {
        processor.submit(ctxOf(session), frame.command, reply);
      } catch (e) {
        deps.logger.warn('command processor threw', { error: String(e) });
        reply(fail('internal', 'error.relay.commandFailed'));
      }
    },
    detach: (ws) => void conns.delete(ws),
    setProcessor(next) {
      unsubscribe();
      processor = next;
      unsubscribe = processor.subscribe(scheduleFlush);
      scheduleFlush();
    },
    presenceChanged() {
      // Folded into the throttled live push and rendered at send time: a burst of 250 joins costs each laptop
      // a few lists, not one per join (250 × 250 lists of 250 ids swamped a 54 Mbit room).
      presenceDue = true;
      scheduleFlush();
    },
    close() {
      unsubscribe();
      batcher.close();
      livePush.close();
      conns.clear();
    },
  };
}
