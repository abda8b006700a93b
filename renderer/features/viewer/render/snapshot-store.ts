import type { SnapshotMeta, SnapshotStore } from './snapshot-cache';

/** Pictures kept on this laptop's disk (IndexedDB of the app's profile), oldest out first. */
export const SNAPSHOT_DISK_MAX_ENTRIES = 200;
const DB_NAME = 'phg-viewer-snapshots';
const STORE = 'snapshots';

type Row = { key: string; savedAt: number; snap: SnapshotMeta & { image: Blob } };

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const finished = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    const s = req.result.createObjectStore(STORE, { keyPath: 'key' });
    s.createIndex('savedAt', 'savedAt');
  };
  return done(req);
}

/**
 * The disk level of the snapshot cache. The cache never hands it a confidential or password-protected
 * document's picture (see SnapshotCache.put). Null where IndexedDB is unavailable: memory only then.
 */
export function openSnapshotStore(): SnapshotStore | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: Promise<IDBDatabase> | null = null;
  const get = () => (db ??= openDb().catch((e: unknown) => ((db = null), Promise.reject(e))));
  return {
    async get(key) {
      const tx = (await get()).transaction(STORE, 'readonly');
      const row = (await done(tx.objectStore(STORE).get(key))) as Row | undefined;
      return row && row.snap.image instanceof Blob && !row.snap.memoryOnly ? row.snap : null;
    },
    async put(key, snap) {
      if (snap.memoryOnly) return;
      const tx = (await get()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const row: Row = { key, savedAt: Date.now(), snap };
      store.put(row);
      const count = await done(store.count());
      if (count > SNAPSHOT_DISK_MAX_ENTRIES) {
        let extra = count - SNAPSHOT_DISK_MAX_ENTRIES;
        const cursor = store.index('savedAt').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c || extra <= 0) return;
          c.delete();
          extra--;
          c.continue();
        };
      }
      await finished(tx);
    },
    async delete(key) {
      const tx = (await get()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await finished(tx);
    },
  };
}
