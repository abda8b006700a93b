import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';

/** Where the page sits in the viewer (CSS px, relative to the viewer's root) once it is scrolled into place. */
export type SnapshotPlace = { top: number; left: number; width: number; height: number };

/**
 * A picture of the page a reader last saw in a document (WebP), shown at once when the document is opened
 * again and replaced by the real rendering as soon as pdf.js has drawn it.
 */
export type PageSnapshot = {
  image: Blob;
  page: number;
  zoom: ZoomSetting;
  rotation: ViewRotation;
  place: SnapshotPlace;
  /**
   * Memory only: a confidential ("mật") document, or one opened with a password. Such pictures are
   * never written to disk, and a stored copy from before is deleted.
   */
  memoryOnly: boolean;
  /** Opened with a password: only shown once this session knows the password. */
  locked: boolean;
};

/** Optional second level on disk (the laptop's local store); never sees a `memoryOnly` snapshot. */
export type SnapshotStore = {
  get(key: string): Promise<PageSnapshot | null>;
  put(key: string, snap: PageSnapshot): Promise<void>;
  delete(key: string): Promise<void>;
};

/** A snapshot's cost against the budget: the encoded bytes plus a little bookkeeping. */
export const snapshotBytes = (s: PageSnapshot): number => s.image.size + 256;

/**
 * Page snapshots by key (user, document, file hash), least recently used first out once the total
 * exceeds `maxBytes`. A capture still encoding is tracked, so an immediate reopen waits for it rather
 * than missing it.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, PageSnapshot>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    private readonly store: SnapshotStore | null = null,
  ) {}

  /** Bytes held in memory. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** From memory only (no waiting); marks the entry as recently used. */
  get(key: string): PageSnapshot | null {
    const v = this.entries.get(key);
    if (!v) return null;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  /** Memory, else a capture in progress, else the disk store (promoted to memory). */
  async load(key: string): Promise<PageSnapshot | null> {
    const hit = this.get(key);
    if (hit) return hit;
    const p = this.pending.get(key);
    if (p) {
      await p.catch(() => {});
      const after = this.get(key);
      if (after) return after;
    }
    if (!this.store) return null;
    const stored = await this.store.get(key).catch(() => null);
    if (!stored || stored.memoryOnly) return null;
    // A put that happened meanwhile is newer than the stored copy.
    if (!this.entries.has(key)) this.remember(key, stored);
    return this.get(key);
  }

  /** Adds or replaces (a fresh rendering replaces a stale picture). */
  put(key: string, snap: PageSnapshot): void {
    if (snapshotBytes(snap) > this.maxBytes) {
      this.delete(key);
      return;
    }
    this.remember(key, snap);
    if (!this.store) return;
    if (snap.memoryOnly) void this.store.delete(key).catch(() => {});
    else void this.store.put(key, snap).catch(() => {});
  }

  /** Remembers that `key` is being captured; `load` waits for it. */
  track(key: string, capture: Promise<unknown>): void {
    const p = capture.finally(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
    this.pending.set(key, p);
  }

  /** Resolves once every capture in progress has landed (benchmarks, tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending.values()]);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old) this.total -= snapshotBytes(old);
    this.entries.delete(key);
    void this.store?.delete(key).catch(() => {});
  }

  private remember(key: string, snap: PageSnapshot): void {
    const old = this.entries.get(key);
    if (old) this.total -= snapshotBytes(old);
    this.entries.delete(key);
    this.entries.set(key, snap);
    this.total += snapshotBytes(snap);
    // Map order is the LRU order; the entry just added is last and fits on its own.
    for (const [k, v] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(k);
      this.total -= snapshotBytes(v);
    }
  }
}

/** Per user, document and file content: another user or a new version never sees this picture. */
export const snapshotKey = (userId: string, documentId: string, sha256: string): string => `${userId}|${documentId}|${sha256}`;
