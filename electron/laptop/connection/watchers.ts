import type { CallContext } from '../call-context';

/**
 * The windows (call contexts) that receive the connection's events. A context is never told when its
 * window closes, so it is held weakly: a closed browser tab or destroyed window is simply collected.
 */
export type Watchers = {
  add(ctx: CallContext): void;
  forEach(fn: (ctx: CallContext) => void): void;
};

export function createWatchers(log: (msg: string, e?: unknown) => void): Watchers {
  const refs = new Set<WeakRef<CallContext>>();
  const known = new WeakSet<CallContext>();
  return {
    add(ctx) {
      if (known.has(ctx)) return;
      known.add(ctx);
      refs.add(new WeakRef(ctx));
    },
    forEach(fn) {
      for (const ref of [...refs]) {
        const ctx = ref.deref();
        if (!ctx) {
          refs.delete(ref);
          continue;
        }
        try {
          fn(ctx);
        } catch (e) {
          log('[connection] event delivery failed', e);
        }
      }
    },
  };
}
