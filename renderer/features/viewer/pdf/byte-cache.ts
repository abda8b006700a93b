/** Recently opened files by content hash, so reopening skips the transfer from the services. */
export type ByteCache = { get(key: string): Uint8Array | null; put(key: string, bytes: Uint8Array): void };

export function createByteCache(maxBytes: number): ByteCache {
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  return {
    get(key) {
      const v = entries.get(key);
      if (!v) return null;
      // Re-insert: Map order is the LRU order.
      entries.delete(key);
      entries.set(key, v);
      return v;
    },
    put(key, bytes) {
      if (bytes.byteLength > maxBytes) return;
      const old = entries.get(key);
      if (old) total -= old.byteLength;
      entries.delete(key);
      entries.set(key, bytes);
      total += bytes.byteLength;
      for (const [k, v] of entries) {
        if (total <= maxBytes) break;
        entries.delete(k);
        total -= v.byteLength;
      }
    },
  };
}
