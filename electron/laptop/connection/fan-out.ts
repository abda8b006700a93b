import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { MeetingId, UserId } from '../../../shared/model/ids';
import { appError } from '../../../shared/util/result';
import type { CallContext } from '../call-context';
import type { LiveSnapshot } from './relay-link';
import { createWatchers } from './watchers';

/**
 * Who hears about the connection: in-process listeners and the windows that called a relay:* / live:*
 * channel. Status goes to every window (the download list only to the connected user's own windows, at
 * most every PROGRESS_EMIT_MS for byte counts); the live view and meeting changes only to that user's windows.
 */
export type FanOut = {
  watch(ctx: CallContext): void;
  onStatus(listener: (s: RelayStatus) => void): () => void;
  onLive(listener: (s: LiveSnapshot, userId: UserId | null) => void): () => void;
  statusNow(): void;
  /** Byte progress: coalesced. */
  statusSoon(): void;
  live(snapshot: LiveSnapshot, userId: UserId | null): void;
  meetingChanged(meetingId: MeetingId, userId: UserId): void;
  /** Someone else took over the link `from` had: that user's windows are told (`sync.replaced`). */
  replaced(from: UserId): void;
  close(): void;
};

/** Progress events are coalesced to at most one per this interval (status changes go out at once). */
const PROGRESS_EMIT_MS = 100;

export function createFanOut(deps: {
  log: (msg: string, e?: unknown) => void;
  /** The full status (with the connected user's download list) and who that user is. */
  status(): { status: RelayStatus; userId: UserId | null };
}): FanOut {
  const watchers = createWatchers(deps.log);
  const statusListeners = new Set<(s: RelayStatus) => void>();
  const liveListeners = new Set<(s: LiveSnapshot, userId: UserId | null) => void>();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const ownedBy = (ctx: CallContext, userId: UserId | null) => userId !== null && ctx.session?.user.id === userId;

  const statusNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (closed) return;
    const { status, userId } = deps.status();
    for (const l of [...statusListeners]) l(status);
    const forOthers: RelayStatus = { ...status, download: null, linkOwner: userId === null ? 'none' : 'other' };
    watchers.forEach((ctx) => ctx.emit('relay:status', ctx.session?.user.id === userId ? status : forOthers));
  };

  const subscribe = <T>(set: Set<T>, l: T) => {
    set.add(l);
    return () => void set.delete(l);
  };

  return {
    watch: (ctx) => watchers.add(ctx),
    onStatus: (l) => subscribe(statusListeners, l),
    onLive: (l) => subscribe(liveListeners, l),
    statusNow,
    statusSoon() {
      if (timer || closed) return;
      timer = setTimeout(statusNow, PROGRESS_EMIT_MS);
      timer.unref();
    },
    live(snapshot, userId) {
      for (const l of [...liveListeners]) l(snapshot, userId);
      // Live state is per user (the chair sees the member list): only that user's windows receive it.
      watchers.forEach((ctx) => {
        if (ownedBy(ctx, userId)) ctx.emit('live:state', snapshot);
      });
    },
    meetingChanged(meetingId, userId) {
      watchers.forEach((ctx) => {
        if (ownedBy(ctx, userId)) ctx.emit('meetings:changed', { meetingId });
      });
    },
    replaced(from) {
      const notice = appError('conflict', 'sync.replaced');
      watchers.forEach((ctx) => {
        if (ownedBy(ctx, from)) ctx.emit('relay:replaced', { userId: from, notice });
      });
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      statusListeners.clear();
      liveListeners.clear();
    },
  };
}
