import type { UserId } from '../../shared/model/ids';

/**
 * Blob downloads in flight, per user. Each holds an open file and a share of the relay's bandwidth until
 * its response closes; a laptop fetches three at a time, so the cap only stops one token from opening
 * hundreds (file descriptors are shared with every WebSocket). Fifty laptops downloading at once are fifty
 * users, each well under it.
 */
export type BlobDownloads = {
  /** A slot for one download, or null when the user already has `maxPerUser` in flight; call the release once. */
  acquire(userId: UserId): (() => void) | null;
  inFlight(userId: UserId): number;
};

export function createBlobDownloads(maxPerUser: number): BlobDownloads {
  const counts = new Map<UserId, number>();
  return {
    acquire(userId) {
      const n = counts.get(userId) ?? 0;
      if (n >= maxPerUser) return null;
      counts.set(userId, n + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(userId) ?? 1) - 1;
        if (left > 0) counts.set(userId, left);
        else counts.delete(userId);
      };
    },
    inFlight: (userId) => counts.get(userId) ?? 0,
  };
}
