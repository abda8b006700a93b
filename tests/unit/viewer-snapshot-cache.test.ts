import { describe, expect, it } from 'vitest';
import {
  samePicture,
  SnapshotCache,
  snapshotBytes,
  snapshotKey,
  type PageSnapshot,
  type SnapshotMeta,
  type SnapshotPixels,
  type SnapshotStore,
} from '../../renderer/features/viewer/render/snapshot-cache';

/** Decoded pixels as the cache sees them: a size, and a close() that frees them. */
function pixels(width: number, height: number): SnapshotPixels & { closed: boolean } {
  const p = {
    width,
    height,
    closed: false,
    close() {
      p.closed = true;
    },
  };
  return p as unknown as SnapshotPixels & { closed: boolean };
}

const META: SnapshotMeta = {
  page: 1,
  zoom: 'page-width',
  rotation: 0,
  place: { top: 50, left: 100, width: 600, height: 848 },
  memoryOnly: false,
  locked: false,
};
const image = (bytes: number, tag = 'x') => new Blob([new Uint8Array(bytes).fill(tag.charCodeAt(0))], { type: 'image/webp' });
const snap = (over: Partial<PageSnapshot> = {}): PageSnapshot => ({ ...META, pixels: null, image: image(1000), ...over });

/** A disk store that records what was written to it. */
function recordingStore(): SnapshotStore & { data: Map<string, unknown>; writes: string[] } {
  const data = new Map<string, SnapshotMeta & { image: Blob }>();
  const writes: string[] = [];
  return {
    data,
    writes,
    async get(key) {
      return data.get(key) ?? null;
    },
    async put(key, s) {
      writes.push(key);
      data.set(key, s);
    },
    async delete(key) {
      data.delete(key);
    },
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('page snapshot cache', () => {
  it('evicts the least recently used entries once the byte budget is exceeded', () => {
    const one = snapshotBytes(snap());
    const cache = new SnapshotCache(one * 3, 0);
    cache.put('a', snap());
    cache.put('b', snap());
    cache.put('c', snap());
    expect(cache.get('a')).not.toBeNull(); // a is now the most recently used
    cache.put('d', snap());
    expect(cache.get('b')).toBeNull();
    expect(['a', 'c', 'd'].map((k) => cache.get(k) !== null)).toEqual([true, true, true]);
    expect(cache.bytes).toBe(one * 3);
    expect(cache.size).toBe(3);
  });

  it('counts bytes, not entries: one big picture pushes out several small ones', () => {
    const small = snapshotBytes(snap({ image: image(1000) }));
    const cache = new SnapshotCache(small * 4, 0);
    for (const k of ['a', 'b', 'c', 'd']) cache.put(k, snap({ image: image(1000) }));
    cache.put('big', snap({ image: image(1000 * 3) }));
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBeNull();
    expect(cache.get('c')).toBeNull();
    expect(cache.get('d')).not.toBeNull();
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
  });

  it('over the decoded-pixel budget, older encoded entries give up their pixels first and stay usable', () => {
    const cache = new SnapshotCache(10_000_000, 100 * 100 * 4 * 2);
    const p1 = pixels(100, 100);
    const p2 = pixels(100, 100);
    const p3 = pixels(100, 100);
    cache.put('a', snap({ pixels: p1 }));
    cache.put('b', snap({ pixels: p2 }));
    cache.put('c', snap({ pixels: p3 }));
    expect(p1.closed).toBe(true);
    expect(cache.get('a')).toMatchObject({ pixels: null });
    expect(cache.get('a')?.image).not.toBeNull();
    expect(cache.get('b')?.pixels).toBe(p2);
    expect(cache.pixelBytes).toBe(100 * 100 * 4 * 2);
  });

  it('a picture still being encoded keeps its pixels until its encoding lands; the byte budget holds regardless', () => {
    const px = 100 * 100 * 4;
    const cache = new SnapshotCache(10_000_000, px);
    const a = snap({ pixels: pixels(100, 100), image: null });
    cache.put('a', a);
    cache.put('b', snap({ pixels: pixels(100, 100), image: null }));
    expect(cache.get('a')?.pixels).not.toBeNull();
    expect(cache.pixelBytes).toBe(2 * px);
    cache.attachImage('a', a, image(100));
    expect(a.pixels).toBeNull();
    expect(cache.get('a')?.image?.size).toBe(100);
    expect(cache.pixelBytes).toBe(px);

    const tight = new SnapshotCache(px + 1000, px);
    tight.put('a', snap({ pixels: pixels(100, 100), image: null }));
    tight.put('b', snap({ pixels: pixels(100, 100), image: null }));
    expect(tight.get('a')).toBeNull();
    expect(tight.bytes).toBeLessThanOrEqual(tight.maxBytes);
  });

  it('a fresh rendering replaces the stale picture; the stale pixels are released and the bytes recounted', () => {
    const cache = new SnapshotCache(10_000_000, 10_000_000);
    const stale = pixels(50, 50);
    cache.put('doc', snap({ pixels: stale, page: 3 }));
    const fresh = snap({ pixels: pixels(60, 60), image: null, page: 3 });
    cache.put('doc', fresh);
    expect(stale.closed).toBe(true);
    expect(cache.get('doc')).toBe(fresh);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(snapshotBytes(fresh));
    // Its encoding lands later: attached to the fresh entry, counted.
    const encoded = image(2000);
    cache.attachImage('doc', fresh, encoded);
    expect(cache.get('doc')?.image).toBe(encoded);
    expect(cache.bytes).toBe(snapshotBytes(fresh));
    expect(snapshotBytes(fresh)).toBeGreaterThanOrEqual(60 * 60 * 4 + 2000);
    // A late encoding of a replaced picture is ignored.
    cache.attachImage('doc', snap(), image(5000));
    expect(cache.get('doc')?.image).toBe(encoded);
  });

  it('never writes a confidential picture to disk, and deletes a copy stored before it became confidential', async () => {
    const store = recordingStore();
    const cache = new SnapshotCache(10_000_000, 10_000_000, store);
    cache.put('open', snap());
    await flush();
    expect(store.writes).toEqual(['open']);

    cache.put('mat', snap({ memoryOnly: true }));
    const later = snap({ memoryOnly: true, image: null });
    cache.put('mat2', later);
    cache.attachImage('mat2', later, image(3000));
    await flush();
    expect(store.writes).toEqual(['open']);
    expect(cache.get('mat')).not.toBeNull(); // still shown from memory

    cache.put('open', snap({ memoryOnly: true }));
    await flush();
    expect(store.data.has('open')).toBe(false);
  });

  it('only encoded pictures go to disk; a new session loads them from there', async () => {
    const store = recordingStore();
    const cache = new SnapshotCache(10_000_000, 10_000_000, store);
    const s = snap({ pixels: pixels(10, 10), image: null });
    cache.put('k', s);
    await flush();
    expect(store.writes).toEqual([]);
    cache.attachImage('k', s, image(500));
    await flush();
    expect(store.writes).toEqual(['k']);
    expect(store.data.get('k')).not.toHaveProperty('pixels');

    const next = new SnapshotCache(10_000_000, 10_000_000, store);
    expect(next.get('k')).toBeNull();
    const loaded = await next.load('k');
    expect(loaded?.image?.size).toBe(500);
    expect(loaded?.pixels).toBeNull();
    expect(next.get('k')).toBe(loaded);
  });

  it('a reopen waits for a capture still being encoded instead of missing it', async () => {
    const cache = new SnapshotCache(10_000_000, 10_000_000);
    let finish: () => void = () => {};
    cache.track('k', new Promise<void>((r) => (finish = r)));
    const loading = cache.load('k');
    cache.put('k', snap({ page: 7 }));
    finish();
    expect((await loading)?.page).toBe(7);
    await cache.settled();
  });

  it('keys separate users, documents and file versions', () => {
    expect(
      new Set([snapshotKey('u1', 'd', 'h1'), snapshotKey('u2', 'd', 'h1'), snapshotKey('u1', 'd', 'h2'), snapshotKey('u1', 'e', 'h1')])
        .size,
    ).toBe(4);
  });

  it('a picture is taken again on close only when the view differs in any way', () => {
    expect(samePicture(META, { ...META, place: { ...META.place } })).toBe(true);
    const changes: Partial<SnapshotMeta>[] = [
      { page: 2 },
      { zoom: 1.5 },
      { rotation: 90 },
      { memoryOnly: true },
      { locked: true },
      { place: { ...META.place, top: 51 } },
      { place: { ...META.place, left: 99 } },
      { place: { ...META.place, width: 601 } },
      { place: { ...META.place, height: 849 } },
    ];
    for (const c of changes) expect(samePicture(META, { ...META, ...c })).toBe(false);
  });
});
