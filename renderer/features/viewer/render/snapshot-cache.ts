import type { ViewRotation, ZoomSetting } from '../../../../shared/ipc/slices/viewer';

/** Where the page sits in the viewer (CSS px, relative to the viewer's root) once it is scrolled into place. */
export type SnapshotPlace = { top: number; left: number; width: number; height: number };

/** Decoded pixels, drawn in one step: a canvas copy or an ImageBitmap. */
export type SnapshotPixels = { width: number; height: number } & (HTMLCanvasElement | ImageBitmap);

/**
 * A picture of the page a reader last saw in a document, shown at once when the document is opened again
 * and replaced by the real rendering as soon as pdf.js has drawn it. Recent pictures keep their decoded
 * `pixels` (drawn without any decoding); all get an encoded `image` (PNG, ~6 % of the size) once encoded.
 */
export type SnapshotMeta = {
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
export type PageSnapshot = SnapshotMeta & { pixels: SnapshotPixels | null; image: Blob | null };

/** Optional second level on disk (the laptop's local store); only ever given encoded, non-memoryOnly snapshots. */
export type SnapshotStore = {
  get(key: string): Promise<(SnapshotMeta & { image: Blob }) | null>;
  put(key: string, snap: SnapshotMeta & { image: Blob }): Promise<void>;
  delete(key: string): Promise<void>;
};

/** Whether `snap` already pictures this view: same page, zoom, rotation, size and place. */
export const samePicture = (snap: SnapshotMeta, view: SnapshotMeta): boolean =>
  snap.page === view.page &&
  snap.zoom === view.zoom &&
  snap.rotation === view.rotation &&
  snap.memoryOnly === view.memoryOnly &&
  snap.locked === view.locked &&
  snap.place.top === view.place.top &&
  snap.place.left === view.place.left &&
  snap.place.width === view.place.width &&
  snap.place.height === view.place.height;

const ENTRY_OVERHEAD_BYTES = 256;
const pixelBytes = (p: SnapshotPixels | null) => (p ? p.width * p.height * 4 : 0);
/** A snapshot's cost against the budget: decoded pixels (4 bytes each) plus the encoded bytes. */
export const snapshotBytes = (s: PageSnapshot): number => pixelBytes(s.pixels) + (s.image?.size ?? 0) + ENTRY_OVERHEAD_BYTES;

export function releasePixels(p: SnapshotPixels | null): void {
  if (!p) return;
  if ('close' in p) p.close();
  else p.width = p.height = 0;
}

/**
 * Page snapshots by key (user, document, file hash), an LRU bounded in bytes. Over `maxPixelBytes` of
 * decoded pixels, the least recently used encoded entries give their pixels up (one still being encoded
 * does once its encoding lands); over `maxBytes` in all, the least recently used entries go. Encoding in progress is tracked, so a reopen waits for it.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, PageSnapshot>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private total = 0;
  private pixelTotal = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxPixelBytes: number,
    private readonly store: SnapshotStore | null = null,
  ) {}

  /** Bytes held in memory (decoded and encoded). */
  get bytes(): number {
    return this.total;
  }

  /** Of which decoded pixels. */
  get pixelBytes(): number {
    return this.pixelTotal;
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
    if (!this.entries.has(key)) this.remember(key, { ...stored, pixels: null });
    return this.get(key);
  }

  /** Adds or replaces (a fresh rendering replaces a stale picture); the old one's pixels are released. */
  put(key: string, snap: PageSnapshot): void {
    if (snapshotBytes(snap) > this.maxBytes || pixelBytes(snap.pixels) > this.maxPixelBytes) {
      this.delete(key);
      return;
    }
    this.remember(key, snap);
    this.persist(key, snap);
  }

  /** The encoded image of `snap` is ready: kept (and stored) if `snap` is still the entry for `key`. */
  attachImage(key: string, snap: PageSnapshot, image: Blob): void {
    if (this.entries.get(key) !== snap) return;
    const before = snapshotBytes(snap);
    snap.image = image;
    this.total += snapshotBytes(snap) - before;
    this.persist(key, snap);
    this.evict(null);
  }

  /** Remembers that `key` is being captured or encoded; `load` waits for it. */
  track(key: string, work: Promise<unknown>): void {
    const p = work.finally(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
    this.pending.set(key, p);
  }

  /** Resolves once all tracked work has landed (benchmarks, tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending.values()]);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    void this.store?.delete(key).catch(() => {});
  }

  private persist(key: string, snap: PageSnapshot): void {
    if (!this.store) return;
    if (snap.memoryOnly) void this.store.delete(key).catch(() => {});
    else if (snap.image) {
      const { pixels: _pixels, image, ...meta } = snap;
      void this.store.put(key, { ...meta, image }).catch(() => {});
    }
  }

  private remember(key: string, snap: PageSnapshot): void {
    const old = this.entries.get(key);
    if (old && old !== snap) this.drop(key, old);
    this.entries.set(key, snap);
    this.total += snapshotBytes(snap);
    this.pixelTotal += pixelBytes(snap.pixels);
    this.evict(key);
  }

  private drop(key: string, snap: PageSnapshot): void {
    this.entries.delete(key);
    this.total -= snapshotBytes(snap);
    this.pixelTotal -= pixelBytes(snap.pixels);
    releasePixels(snap.pixels);
  }

  /** Map order is the LRU order; `keep` (just added) is never the one to go. */
  private evict(keep: string | null): void {
    // Pictures still being encoded keep their pixels for now: attachImage evicts again when they land.
    for (const [k, v] of this.entries) {
      if (this.pixelTotal <= this.maxPixelBytes) break;
      if (k === keep || !v.pixels || !v.image) continue;
      const px = pixelBytes(v.pixels);
      releasePixels(v.pixels);
      v.pixels = null;
      this.pixelTotal -= px;
      this.total -= px;
    }
    for (const [k, v] of this.entries) {
      if (this.total <= this.maxBytes) break;
      if (k !== keep) this.drop(k, v);
    }
  }
}

/** Per user, document and file content: another user or a new version never sees this picture. */
export const snapshotKey = (userId: string, documentId: string, sha256: string): string => `${userId}|${documentId}|${sha256}`;
