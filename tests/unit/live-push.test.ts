import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandBatcher, createLivePush } from '../../electron/relay/live-push';

describe('live-push throttle', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('pushes a lone change on the next turn and folds a burst into one trailing push per interval', () => {
    let pushes = 0;
    const live = createLivePush(() => pushes++, 250);
    live.request();
    live.request();
    vi.advanceTimersByTime(0);
    expect(pushes).toBe(1);
    for (let i = 0; i < 100; i++) live.request();
    vi.advanceTimersByTime(249);
    expect(pushes).toBe(1);
    vi.advanceTimersByTime(1);
    expect(pushes).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(pushes).toBe(2);
    live.request();
    vi.advanceTimersByTime(0);
    expect(pushes).toBe(3);
    live.request();
    live.close();
    vi.advanceTimersByTime(1000);
    expect(pushes).toBe(3);
  });

  it('hands frames of one turn to flush together, in order', () => {
    const batches: number[][] = [];
    const b = createCommandBatcher<number>((items) => batches.push(items));
    b.add(1);
    b.add(2);
    b.add(3);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(0);
    b.add(4);
    vi.advanceTimersByTime(0);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });
});
