/**
 * Throttles the command channel's live-view pushes: at most one push per `intervalMs`. The first change
 * after a quiet period is pushed on the next turn (no added latency for a lone vote-open); changes inside
 * the interval are folded into one trailing push, so a burst of 500 ballots costs a handful of view
 * rebuilds and fan-outs instead of hundreds. Nothing is dropped: the trailing push carries the newest view.
 */
export const LIVE_PUSH_INTERVAL_MS = 250;

export type LivePush = {
  /** State changed: push soon (next turn if the last push is older than the interval, else at its end). */
  request(): void;
  close(): void;
};

export function createLivePush(
  push: () => void,
  intervalMs = LIVE_PUSH_INTERVAL_MS,
  nowMs: () => number = () => performance.now(),
): LivePush {
  let lastPushMs = -Infinity;
  let pending: NodeJS.Immediate | NodeJS.Timeout | null = null;
  let closed = false;

  const run = () => {
    pending = null;
    if (closed) return;
    lastPushMs = nowMs();
    push();
  };

  return {
    request() {
      if (pending || closed) return;
      const waitMs = lastPushMs + intervalMs - nowMs();
      pending = waitMs <= 0 ? setImmediate(run) : setTimeout(run, waitMs);
    },
    close() {
      closed = true;
      if (!pending) return;
      clearTimeout(pending as NodeJS.Timeout);
      clearImmediate(pending as NodeJS.Immediate);
      pending = null;
    },
  };
}

/**
 * Group commit for command frames: frames that arrive in the same event-loop turn are handed to `flush`
 * together on the next turn, where the processor applies them in one durable transaction (one fsync), and
 * each is acknowledged only after that commit.
 */
export type CommandBatcher<T> = { add(item: T): void; close(): void };

export function createCommandBatcher<T>(flush: (items: T[]) => void): CommandBatcher<T> {
  let queue: T[] = [];
  let scheduled: NodeJS.Immediate | null = null;
  return {
    add(item) {
      queue.push(item);
      if (scheduled) return;
      scheduled = setImmediate(() => {
        scheduled = null;
        const items = queue;
        queue = [];
        flush(items);
      });
    },
    close() {
      if (scheduled) clearImmediate(scheduled);
      scheduled = null;
      queue = [];
    },
  };
}
