/**
 * Benchmark / corpus harness: the real DocumentViewer (and the app's styles) against an in-memory API, so
 * the viewer can be timed and fed arbitrary files without a laptop behind it. Built by viewer-build.ts.
 *
 *   window.harness.open(name, pages?) → ms until pdf.js has drawn the first page
 *   window.harness.openTimed(name) → { pixels, real, snapshot, phases }: ms until the first pixels (a
 *     snapshot or the real page), ms until the real page, whether a snapshot was shown, and when each
 *     phg-viewer-* mark was made (where the time went)
 * Both start from a click (as the app opens a document) and end at the frame that shows the pixels.
 *   window.harness.setItem(names) → the documents of the current agenda item (meetings:get answers them)
 *   window.harness.close()
 */
import { createRoot } from 'react-dom/client';
import type { Api, ApiEvents, Channel, EventName, Req, Res } from '../../shared/ipc/contract';
import type { DocumentId, MeetingId, Sha256, UserId } from '../../shared/model/ids';
import type { DocumentMeta, User } from '../../shared/model/types';
import { err, ok, type Result } from '../../shared/util/result';
import { I18nProvider } from '../../renderer/app/i18n';
import { SessionUserProvider } from '../../renderer/app/session-user';
import { DocumentViewer } from '../../renderer/features/viewer';
import { viewerRuntime } from '../../renderer/features/viewer/pdf/runtime';
import '../../renderer/styles/index.css';

const files = new Map<string, Uint8Array>();
const READER: User = { id: 'bench' as UserId, username: 'bench', fullName: 'Người đọc thử', title: '', unit: '', systemRole: 'member' };
let item: string[] = [];

async function bytesOf(name: string): Promise<Uint8Array> {
  const cached = files.get(name);
  if (cached) return cached;
  const r = await fetch(`/files/${encodeURIComponent(name)}`);
  if (!r.ok) throw new Error(`fetch ${name}: ${r.status}`);
  const b = new Uint8Array(await r.arrayBuffer());
  files.set(name, b);
  return b;
}

/** Just enough of the services for one viewer: files come from /files, rooms are empty. */
const api: Api = {
  async invoke<C extends Channel>(channel: C, ...req: Req<C> extends void ? [] : [Req<C>]): Promise<Result<Res<C>>> {
    const r = req[0] as Record<string, unknown> | undefined;
    const answer = (v: unknown) => ok(v) as Result<Res<C>>;
    switch (channel as string) {
      case 'auth:me':
        return answer({ token: 't', user: READER });
      case 'documents:read': {
        const name = String(r?.documentId);
        if (!files.has(name)) return err('not_found', 'Không tìm thấy tài liệu.') as Result<Res<C>>;
        return answer({ meta: null, bytes: files.get(name) });
      }
      case 'meetings:get':
        return answer({ documents: item.map((n) => meta(n, 1)) });
      case 'viewer:get-state':
        return answer(null);
      case 'ydoc:open':
        return answer({ update: new Uint8Array([0, 0]) });
      case 'search:status':
        return answer({ meetingId: 'm', documents: 1, indexed: 1, unavailable: [], pagesDone: 0, pagesTotal: 0, running: false });
      default:
        return answer(null);
    }
  },
  on<E extends EventName>(_e: E, _l: (p: ApiEvents[E]) => void) {
    return () => {};
  },
};

const meta = (name: string, pages: number): DocumentMeta => ({
  id: name as DocumentId,
  meetingId: 'm' as MeetingId,
  agendaItemId: (item.includes(name) ? 'item' : `solo:${name}`) as never,
  title: name,
  docType: 'tai_lieu_khac',
  version: 1,
  supersedesId: null,
  superseded: false,
  confidentiality: 'thuong',
  visibility: { kind: 'everyone' },
  sha256: name as Sha256,
  pages,
  sizeBytes: 0,
  fileName: name,
  pdfTitle: null,
  createdAt: new Date().toISOString(),
});

const root = createRoot(document.getElementById('root')!);
let generation = 0;

function mount(name: string, pages: number): void {
  const key = ++generation;
  // As in the app: the viewer inside a signed-in session.
  root.render(
    <I18nProvider>
      <SessionUserProvider user={READER}>
        <DocumentViewer key={key} api={api} document={meta(name, pages)} onClose={() => {}} />
      </SessionUserProvider>
    </I18nProvider>,
  );
}

/**
 * Runs `act` as the app opens (or closes) a document: in a click's handler (React renders such an update
 * at discrete-event priority, in a microtask, not in a later task). Returns the click's time: the start of
 * every timing.
 */
function openAction(act: () => void): number {
  const button = document.createElement('button');
  let t0 = 0;
  button.addEventListener('click', () => {
    t0 = performance.now();
    act();
  });
  button.click();
  return t0;
}

function waitFor(selector: string): Promise<void> {
  return new Promise((resolve) => {
    if (document.querySelector(selector)) return resolve();
    const mo = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** Resolves with the first of the marks `names` made after `since`. */
function anyMark(names: readonly string[], since: number): Promise<string> {
  return new Promise((resolve) => {
    const seen = () => performance.getEntriesByType('mark').find((e) => names.includes(e.name) && e.startTime >= since)?.name;
    const now = seen();
    if (now) return resolve(now);
    const po = new PerformanceObserver(() => {
      const m = seen();
      if (m) {
        po.disconnect();
        resolve(m);
      }
    });
    po.observe({ type: 'mark', buffered: true });
  });
}

/**
 * Resolves (with the mark's name) at the end of the frame after the one that first saw one of the marks
 * `names` made after `since`: that frame has been produced with the change. Polled by animation frames,
 * not a PerformanceObserver (whose callbacks Chromium delivers late when the main thread is busy). The
 * stock page waits the same two frames after its synchronous 'pagerendered' event.
 */
async function shownAfter(names: readonly string[], since: number): Promise<string> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  for (;;) {
    await frame();
    const m = performance.getEntriesByType('mark').find((e) => names.includes(e.name) && e.startTime >= since);
    if (m) {
      await frame();
      return m.name;
    }
  }
}

declare global {
  interface Window {
    harness: {
      preload(name: string): Promise<number>;
      open(name: string, pages?: number): Promise<number>;
      /** `phases`: ms from the open action to the first of each `phg-viewer-*` performance mark. */
      openTimed(name: string, pages?: number): Promise<{ pixels: number; real: number; snapshot: boolean; phases: Record<string, number> }>;
      setItem(names: string[]): void;
      /** Resolves when the neighbour prefetch started after `since` has finished. */
      prefetched(since: number): Promise<void>;
      now(): number;
      /** The snapshot cache: bytes in memory and entries. */
      cache(): Promise<{ bytes: number; pixelBytes: number; entries: number; maxBytes: number; maxPixelBytes: number }>;
      /** Shows a file without waiting for it; `outcome()` tells what came of it. */
      show(name: string): Promise<void>;
      close(): Promise<void>;
      marks(since: number): string[];
      /** Resolves with what the viewer ended up showing: 'page' | 'error:<code>' | 'password'. */
      outcome(): Promise<string>;
    };
  }
}

window.harness = {
  async preload(name) {
    return (await bytesOf(name)).byteLength;
  },
  async open(name, pages = 1) {
    await bytesOf(name);
    const t0 = openAction(() => mount(name, pages));
    await shownAfter(['phg-viewer-first-page'], t0);
    return performance.now() - t0;
  },
  async openTimed(name, pages = 1) {
    await bytesOf(name);
    const t0 = openAction(() => mount(name, pages));
    const first = await shownAfter(['phg-viewer-snapshot-shown', 'phg-viewer-first-page'], t0);
    const pixels = performance.now() - t0;
    if (first !== 'phg-viewer-first-page') await shownAfter(['phg-viewer-first-page'], t0);
    const phases: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.startTime >= t0 && m.name.startsWith('phg-viewer-') && !(m.name in phases)) phases[m.name] = m.startTime - t0;
    }
    return { pixels, real: performance.now() - t0, snapshot: first === 'phg-viewer-snapshot-shown', phases };
  },
  setItem(names) {
    item = names;
  },
  async prefetched(since) {
    await anyMark(['phg-viewer-prefetched'], since);
  },
  now: () => performance.now(),
  async cache() {
    const c = viewerRuntime(api).snapshots;
    await c.settled();
    return { bytes: c.bytes, pixelBytes: c.pixelBytes, entries: c.size, maxBytes: c.maxBytes, maxPixelBytes: c.maxPixelBytes };
  },
  async show(name) {
    await bytesOf(name);
    mount(name, 1);
  },
  marks(since: number) {
    return performance
      .getEntriesByType('mark')
      .filter((m) => m.startTime >= since)
      .map((m) => `${m.name}@${Math.round(m.startTime - since)}`);
  },
  async close() {
    // A click too (the viewer's close button): the viewer is gone, its picture taken, before this returns.
    openAction(() => root.render(<I18nProvider>{null}</I18nProvider>));
    await Promise.resolve();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  },
  async outcome() {
    await Promise.race([
      waitFor('[data-first-page-rendered]'),
      waitFor('[data-testid="viewer-error"]'),
      waitFor('[data-testid="viewer-password"]'),
    ]);
    if (document.querySelector('[data-first-page-rendered]')) return 'page';
    if (document.querySelector('[data-testid="viewer-password"]')) return 'password';
    return `error:${document.querySelector('[data-testid="viewer-error"]')?.getAttribute('data-error-code')}`;
  },
};
