/**
 * Latest-wins delivery of frames that supersede each other (the live view, the presence list) on one
 * connection. At most one such frame is being written at a time: while the socket has not taken the previous
 * one (a slow or congested Wi-Fi link, a laptop that stopped reading), newer requests only mark the kind as
 * due, and when the write completes the newest frame of each due kind is rendered and sent. So a laptop on a
 * saturated medium gets fresh views as fast as its link carries them, the relay never queues a backlog of
 * stale views per socket, and the heartbeat's pings (and acks) are not stuck behind megabytes of them.
 * Frames are rendered at send time, so a view is only built for a connection that can take it.
 */
export type SupersedingSocket = {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string, cb: (err?: Error) => void): void;
};

export type LatestSender<K extends string> = {
  /** `kind` changed: send its newest frame now, or as soon as the frame being written is taken. */
  mark(kind: K): void;
  /** Frames sent and requests folded into a later frame, since the connection opened. */
  readonly stats: { sent: number; superseded: number };
};

/**
 * `render(kind)` returns the frame's text, or null when there is nothing to send; `order` says which kind
 * goes first when several are due.
 */
export function createLatestSender<K extends string>(
  ws: SupersedingSocket,
  order: readonly K[],
  render: (kind: K) => string | null,
): LatestSender<K> {
  const due = new Set<K>();
  let writing = false;
  const stats = { sent: 0, superseded: 0 };

  const pump = (): void => {
    while (!writing && due.size > 0) {
      if (ws.readyState !== ws.OPEN) {
        due.clear();
        return;
      }
      const kind = order.find((k) => due.has(k))!;
      due.delete(kind);
      const text = render(kind);
      if (text === null) continue;
      writing = true;
      stats.sent++;
      ws.send(text, (err) => {
        writing = false;
        if (!err) pump();
        else due.clear();
      });
    }
  };

  return {
    mark(kind) {
      if (due.has(kind)) stats.superseded++;
      due.add(kind);
      pump();
    },
    stats,
  };
}
