/*
 * Timers run on the relay's clock. Each live view carries `serverNow`; the client remembers its own clock at
 * receipt, so offset = receivedAt - serverNow and the relay time "now" is clientNow - offset. A laptop whose
 * clock is minutes off still shows the same speaking time as the projector.
 */

export const clockOffsetMs = (serverNow: number, receivedAt: number): number => receivedAt - serverNow;

export const serverTimeAt = (clientNow: number, offsetMs: number): number => clientNow - offsetMs;

/** Milliseconds since `startedAt` (relay clock), never negative (a fresh push may be a few ms "early"). */
export function elapsedMs(startedAt: number, clientNow: number, offsetMs: number): number {
  return Math.max(0, serverTimeAt(clientNow, offsetMs) - startedAt);
}

/** "04:05", "1:02:03"; negative input is clamped to zero. */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export type SpeakerTimer = {
  elapsedSec: number;
  limitSec: number;
  /** Seconds left, 0 once over. */
  remainingSec: number;
  /** Seconds beyond the limit, 0 while within. */
  overSec: number;
  over: boolean;
  /** Within the last 30 s (or the last tenth of a short limit): the UI warns. */
  warning: boolean;
  /** Share of the limit used, 0..1 (1 when over or when no limit). */
  fraction: number;
};

export const WARNING_WINDOW_SEC = 30;

/** limitSec <= 0 means "no limit": never over, never warning. */
export function speakerTimer(startedAt: number, limitSec: number, clientNow: number, offsetMs: number): SpeakerTimer {
  const elapsedSec = Math.floor(elapsedMs(startedAt, clientNow, offsetMs) / 1000);
  if (limitSec <= 0) return { elapsedSec, limitSec: 0, remainingSec: 0, overSec: 0, over: false, warning: false, fraction: 0 };
  const over = elapsedSec > limitSec;
  const remainingSec = Math.max(0, limitSec - elapsedSec);
  const window = Math.min(WARNING_WINDOW_SEC, Math.ceil(limitSec / 10));
  return {
    elapsedSec,
    limitSec,
    remainingSec,
    overSec: over ? elapsedSec - limitSec : 0,
    over,
    warning: !over && remainingSec <= window,
    fraction: Math.min(1, elapsedSec / limitSec),
  };
}
