import type { UserId } from '../../shared/model/ids';

/**
 * Who is connected right now, counted per user over all their connections (Yjs rooms and the command
 * channel, several laptops). Fed by connection open/close; the heartbeat terminates silent connections,
 * which is what turns a sleeping or unplugged laptop offline.
 */
export type PresenceTracker = {
  add(userId: UserId): void;
  remove(userId: UserId): void;
  isOnline(userId: UserId): boolean;
  online(): UserId[];
  subscribe(listener: (online: UserId[]) => void): () => void;
};

export function createPresenceTracker(): PresenceTracker {
  const counts = new Map<UserId, number>();
  const listeners = new Set<(online: UserId[]) => void>();
  const online = () => [...counts.keys()].sort();
  const emit = () => {
    const snapshot = online();
    for (const l of [...listeners]) l(snapshot);
  };
  return {
    add(userId) {
      const n = counts.get(userId) ?? 0;
      counts.set(userId, n + 1);
      if (n === 0) emit();
    },
    remove(userId) {
      const n = counts.get(userId) ?? 0;
      if (n <= 1) {
        if (counts.delete(userId)) emit();
      } else counts.set(userId, n - 1);
    },
    isOnline: (userId) => counts.has(userId),
    online,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
