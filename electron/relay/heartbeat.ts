import type { WebSocket } from 'ws';

/**
 * Relay-side heartbeat: one timer pings every connection; a connection whose last pong is older than
 * `timeoutMs` is terminated (its close handler then marks the user offline). Browsers and `ws` answer
 * pings automatically, so this costs clients nothing and needs no awareness traffic.
 * Also sends `keepalive` to Yjs peers that were sent nothing recently (see KEEPALIVE_FRAME).
 */
export type HeartbeatEntry = { ws: WebSocket; lastPongMs: number; lastSentMs: number; keepalive: Uint8Array | null };

export type Heartbeat = {
  track(ws: WebSocket, keepalive: Uint8Array | null): HeartbeatEntry;
  untrack(entry: HeartbeatEntry): void;
  stop(): void;
};

export function createHeartbeat(opts: {
  intervalMs: number;
  timeoutMs: number;
  keepaliveMs: number;
  monoMs: () => number;
  /** Told of each connection cut off as silent (for the relay's log: a wave of them means a swamped link). */
  onTerminate?: (ws: WebSocket, pongAgeMs: number) => void;
}): Heartbeat {
  const entries = new Set<HeartbeatEntry>();
  const timer = setInterval(() => {
    const t = opts.monoMs();
    for (const e of entries) {
      if (t - e.lastPongMs > opts.timeoutMs) {
        entries.delete(e);
        opts.onTerminate?.(e.ws, t - e.lastPongMs);
        e.ws.terminate();
        continue;
      }
      e.ws.ping();
      if (e.keepalive && t - e.lastSentMs >= opts.keepaliveMs) {
        e.lastSentMs = t;
        e.ws.send(e.keepalive);
      }
    }
  }, opts.intervalMs);
  timer.unref();
  return {
    track(ws, keepalive) {
      const t = opts.monoMs();
      const entry: HeartbeatEntry = { ws, lastPongMs: t, lastSentMs: t, keepalive };
      ws.on('pong', () => {
        entry.lastPongMs = opts.monoMs();
      });
      entries.add(entry);
      return entry;
    },
    untrack: (entry) => void entries.delete(entry),
    stop: () => clearInterval(timer),
  };
}
