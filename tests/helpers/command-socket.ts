import { WebSocket } from 'ws';
import type { Relay } from '../../electron/relay';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import type { UserId } from '../../shared/model/ids';

/** A relay command answer as it arrives on the /commands socket. */
export type Ack =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: { code: string; key?: string; message: string; detail?: Record<string, unknown> } };
export type CommandSocket = {
  send(command: Record<string, unknown>, frameId?: string): Promise<Ack>;
  /** Resolves with the first pushed live view (current or later) that satisfies `pred`. */
  untilView(pred: (v: MeetingLiveView) => boolean, what: string, timeoutMs?: number): Promise<MeetingLiveView>;
  close(): void;
};

/** A raw /commands socket for `userId` (session issued by the relay itself), answering each frame by its id. */
export async function openCommandSocket(relay: Relay, userId: string, label = userId): Promise<CommandSocket> {
  const session = relay.issueSession(userId as UserId);
  if (!session) throw new Error(`no session for ${userId}`);
  const ws = new WebSocket(`${relay.url.replace(/^http/, 'ws')}/commands?token=${session.token}`);
  const waiting = new Map<string, (a: Ack) => void>();
  let view: MeetingLiveView | null = null;
  const viewWaiters = new Set<() => void>();
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString()) as { type: string; id?: string; result?: Ack; state?: MeetingLiveView | null };
    if (f.type === 'ack' && f.id) waiting.get(f.id)?.(f.result!);
    if (f.type === 'state' && f.state) {
      view = f.state;
      for (const w of [...viewWaiters]) w();
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let n = 0;
  return {
    send(command, frameId = `${label}-${++n}`) {
      return new Promise<Ack>((resolve) => {
        waiting.set(frameId, resolve);
        ws.send(JSON.stringify({ type: 'command', id: frameId, command }));
      });
    },
    untilView(pred, what, timeoutMs = 10_000) {
      return new Promise<MeetingLiveView>((resolve, reject) => {
        const check = () => {
          if (view && pred(view)) {
            viewWaiters.delete(check);
            clearTimeout(timer);
            resolve(view);
          }
        };
        const timer = setTimeout(() => {
          viewWaiters.delete(check);
          reject(new Error(`timed out waiting for view: ${what}`));
        }, timeoutMs);
        viewWaiters.add(check);
        check();
      });
    },
    close: () => ws.terminate(),
  };
}

export const mustAck = (a: Ack): Record<string, unknown> => {
  if (!a.ok) throw new Error(`${a.error.code}: ${a.error.message}`);
  return a.value;
};
