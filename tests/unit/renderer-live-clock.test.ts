import { describe, expect, it } from 'vitest';
import { clockOffsetMs, elapsedMs, formatClock, serverTimeAt, speakerTimer } from '../../renderer/features/live/clock';

describe('live timers on the relay clock', () => {
  it('corrects a laptop clock that is minutes off', () => {
    const serverNow = 1_000_000;
    const receivedAt = serverNow + 7 * 60_000; // laptop 7 minutes fast
    const offset = clockOffsetMs(serverNow, receivedAt);
    expect(serverTimeAt(receivedAt, offset)).toBe(serverNow);
    // Speaker started 90 s before the view was produced: the laptop shows 90 s, then counts on.
    expect(elapsedMs(serverNow - 90_000, receivedAt, offset)).toBe(90_000);
    expect(elapsedMs(serverNow - 90_000, receivedAt + 5_000, offset)).toBe(95_000);
  });

  it('never shows a negative elapsed time', () => {
    expect(elapsedMs(2_000, 1_000, 0)).toBe(0);
  });

  it('formats mm:ss and h:mm:ss', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(599.9)).toBe('09:59');
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('00:00');
  });

  it('tells remaining, warning and over time against the limit', () => {
    const start = 0;
    const at = (sec: number) => speakerTimer(start, 300, sec * 1000, 0);
    expect(at(10)).toMatchObject({ elapsedSec: 10, remainingSec: 290, over: false, warning: false, overSec: 0 });
    expect(at(269).warning).toBe(false);
    expect(at(270)).toMatchObject({ remainingSec: 30, warning: true, over: false });
    expect(at(300)).toMatchObject({ remainingSec: 0, over: false, fraction: 1 });
    expect(at(312)).toMatchObject({ over: true, overSec: 12, warning: false, remainingSec: 0, fraction: 1 });
  });

  it('scales the warning window down for short limits and has none without a limit', () => {
    expect(speakerTimer(0, 60, 53_000, 0).warning).toBe(false);
    expect(speakerTimer(0, 60, 54_000, 0).warning).toBe(true); // last tenth of 60 s
    expect(speakerTimer(0, 0, 9_999_000, 0)).toMatchObject({ over: false, warning: false, limitSec: 0, elapsedSec: 9999 });
  });
});
