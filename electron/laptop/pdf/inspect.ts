import { Worker } from 'node:worker_threads';
import { ok, type Result } from '../../../shared/util/result';
import type { Message } from '../../../shared/i18n';
import type { Sha256 } from '../../../shared/model/ids';
import { sha256Of } from './hash';
import {
  encryptedNeedPassword,
  encryptedWrongPassword,
  inspectorClosed,
  internalFailure,
  invalidEmpty,
  invalidFromPdfjs,
  invalidNoHeader,
  timedOut,
  tooLarge,
  unsupported,
  warningMessage,
} from './messages';
import type { FromWorker, ToWorker, WorkerOutcome } from './worker-protocol';

export type PdfInfo = { pages: number; title: string | null; sha256: Sha256; sizeBytes: number; warnings: Message[] };
export type InspectOptions = {
  timeoutMs?: number;
  password?: string;
  onProgress?: (p: { phase: 'hashing' | 'validating'; fraction: number }) => void;
};
export type PdfInspector = { inspect(bytes: Uint8Array, opts?: InspectOptions): Promise<Result<PdfInfo>>; close(): Promise<void> };

export type PdfInspectorConfig = {
  /** Larger files are refused with pdf_too_large (they are still hashed). */
  maxBytes?: number;
  /** Per-file limit for the pdf.js part; the worker is killed and replaced when it is exceeded. */
  defaultTimeoutMs?: number;
  /** The worker entry; override when a bundler moves it (default: inspect-worker.mjs next to this module). */
  workerFile?: string | URL;
  /** Folder holding pdf.js's cmaps/, standard_fonts/ and wasm/ (default: the installed pdfjs-dist). */
  assetsDir?: string;
  /** Heap cap of the validation thread, so a pathological file kills the thread, not the app. */
  workerHeapMb?: number;
  /** Replace the worker after this many files, bounding whatever pdf.js leaks per document. */
  filesPerWorker?: number;
};

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_WORKER_HEAP_MB = 1024;
const DEFAULT_FILES_PER_WORKER = 200;
/** Loading pdf.js takes ~150 ms; this only guards against a worker that never comes up. */
const WORKER_STARTUP_MS = 30_000;
/** Acrobat's rule: the header may follow up to 1 KiB of junk. */
const HEADER_SEARCH_BYTES = 1024;
const PDF_HEADER = '%PDF-';

/** What a validation run ended with, seen from this side of the thread boundary. */
type RunEnd =
  | { kind: 'done'; outcome: WorkerOutcome }
  | { kind: 'timeout' }
  | { kind: 'crash'; memory: boolean; cause: string }
  | { kind: 'internal'; cause: string };

type Job = { id: number; finish: (end: RunEnd) => void; onFraction: (f: number) => void };

type Slot = {
  worker: Worker;
  /** Resolves to null once pdf.js is loaded, or to why the worker could not start. */
  ready: Promise<string | null>;
  job: Job | null;
  served: number;
  gone: boolean;
};

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_SEARCH_BYTES));
  return head.indexOf(PDF_HEADER, 0, 'latin1') >= 0;
}

const validTimeout = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms > 0;

export function createPdfInspector(config: PdfInspectorConfig = {}): PdfInspector {
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  const defaultTimeoutMs = validTimeout(config.defaultTimeoutMs) ? config.defaultTimeoutMs : DEFAULT_TIMEOUT_MS;
  const workerFile = config.workerFile ?? new URL('./inspect-worker.mjs', import.meta.url);
  const filesPerWorker = config.filesPerWorker ?? DEFAULT_FILES_PER_WORKER;

  let slot: Slot | null = null;
  let closed = false;
  let nextJobId = 0;
  /** One file at a time per inspector: pdf.js is single-threaded anyway, and a timeout must blame one file. */
  let queue: Promise<unknown> = Promise.resolve();

  function retire(s: Slot): void {
    if (slot === s) slot = null;
    if (s.gone) return;
    s.gone = true;
    void s.worker.terminate();
  }

  function spawn(): Slot {
    const worker = new Worker(workerFile, {
      workerData: config.assetsDir ? { assetsDir: config.assetsDir } : {},
      // The worker is plain .mjs: it needs no loader flags from the parent (tsx, vitest).
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: config.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB },
    });

    let markReady: (failure: string | null) => void = () => {};
    const s: Slot = { worker, ready: new Promise((resolve) => (markReady = resolve)), job: null, served: 0, gone: false };
    const startupTimer = setTimeout(() => {
      markReady(`PDF worker did not start within ${WORKER_STARTUP_MS} ms`);
      retire(s);
    }, WORKER_STARTUP_MS);
    startupTimer.unref();

    const endJob = (end: RunEnd) => {
      const job = s.job;
      s.job = null;
      job?.finish(end);
    };
    worker.on('message', (msg: FromWorker) => {
      switch (msg.type) {
        case 'ready':
          clearTimeout(startupTimer);
          markReady(null);
          break;
        case 'fatal':
          clearTimeout(startupTimer);
          markReady(msg.message);
          break;
        case 'progress':
          if (s.job?.id === msg.id) s.job.onFraction(msg.fraction);
          break;
        case 'result':
          if (s.job?.id === msg.id) endJob({ kind: 'done', outcome: msg.result });
          break;
        default: {
          const never: never = msg;
          void never;
        }
      }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      clearTimeout(startupTimer);
      markReady(`PDF worker failed to start: ${e.message}`);
      endJob({ kind: 'crash', memory: e.code === 'ERR_WORKER_OUT_OF_MEMORY', cause: e.message });
      retire(s);
    });
    worker.on('exit', (code) => {
      clearTimeout(startupTimer);
      markReady(`PDF worker exited during startup (code ${code})`);
      endJob({ kind: 'crash', memory: false, cause: `worker exited with code ${code}` });
      s.gone = true;
      if (slot === s) slot = null;
    });
    return s;
  }

  async function validate(
    bytes: Uint8Array,
    password: string | undefined,
    timeoutMs: number,
    onFraction: (f: number) => void,
  ): Promise<RunEnd> {
    if (slot && slot.served >= filesPerWorker && !slot.job) retire(slot);
    if (closed) return { kind: 'internal', cause: 'closed' };
    const s = slot ?? (slot = spawn());
    // Only a busy worker may keep the process alive: an idle one must not stop a CLI or a test from exiting.
    s.worker.ref();
    try {
      const startupFailure = await s.ready;
      if (startupFailure !== null) {
        retire(s);
        return { kind: 'internal', cause: startupFailure };
      }
      if (s.gone || closed) return { kind: 'internal', cause: 'PDF worker is gone' };

      // pdf.js takes ownership of (detaches) the buffer it parses; the caller keeps using theirs. Not
      // `bytes.slice()`: on a Node Buffer that is a view, and transferring it would detach the caller's memory.
      const copy = new Uint8Array(bytes);
      const id = ++nextJobId;
      s.served++;
      return await new Promise<RunEnd>((resolve) => {
        const timer = setTimeout(() => {
          s.job = null;
          retire(s);
          resolve({ kind: 'timeout' });
        }, timeoutMs);
        s.job = {
          id,
          onFraction,
          finish: (end) => {
            clearTimeout(timer);
            resolve(end);
          },
        };
        const msg: ToWorker =
          password !== undefined ? { type: 'inspect', id, bytes: copy, password } : { type: 'inspect', id, bytes: copy };
        s.worker.postMessage(msg, [copy.buffer]);
      });
    } finally {
      if (!s.gone) s.worker.unref();
    }
  }

  async function run(bytes: Uint8Array, opts: InspectOptions): Promise<Result<PdfInfo>> {
    if (closed) return inspectorClosed();
    const listener = opts.onProgress;
    // A throwing progress listener must not take the main process down from inside a worker message handler.
    const report = (p: { phase: 'hashing' | 'validating'; fraction: number }) => {
      try {
        listener?.(p);
      } catch {
        // ignored on purpose: progress is advisory
      }
    };
    const sizeBytes = bytes.byteLength;
    const sha256 = await sha256Of(bytes, (fraction) => report({ phase: 'hashing', fraction }));
    const extra = { sha256, sizeBytes };

    if (sizeBytes === 0) return invalidEmpty(extra);
    if (sizeBytes > maxBytes) return tooLarge(sizeBytes, maxBytes, extra);
    if (!hasPdfHeader(bytes)) return invalidNoHeader(extra);

    const timeoutMs = validTimeout(opts.timeoutMs) ? opts.timeoutMs : defaultTimeoutMs;
    report({ phase: 'validating', fraction: 0 });
    const end = await validate(bytes, opts.password, timeoutMs, (fraction) => report({ phase: 'validating', fraction }));
    switch (end.kind) {
      case 'timeout':
        return timedOut(timeoutMs, extra);
      case 'crash':
        return unsupported(end.memory ? 'memory' : 'crash', end.cause, extra);
      case 'internal':
        return closed ? inspectorClosed() : internalFailure(end.cause, extra);
      case 'done': {
        const o = end.outcome;
        if (o.ok) return ok({ pages: o.pages, title: o.title, sha256, sizeBytes, warnings: o.warnings.map(warningMessage) });
        switch (o.kind) {
          case 'password_needed':
            return encryptedNeedPassword(extra);
          case 'password_incorrect':
            return encryptedWrongPassword(extra);
          case 'invalid':
            return invalidFromPdfjs(o.stage, o.cause, o.page, extra);
          default: {
            const never: never = o;
            return internalFailure(`unknown worker outcome ${JSON.stringify(never)}`, extra);
          }
        }
      }
      default: {
        const never: never = end;
        return internalFailure(`unknown run end ${JSON.stringify(never)}`, extra);
      }
    }
  }

  return {
    inspect(bytes, opts = {}) {
      const result = queue.then(() => run(bytes, opts).catch((e: unknown) => internalFailure(e instanceof Error ? e.message : String(e))));
      queue = result;
      return result;
    },
    async close() {
      closed = true;
      if (slot) {
        const s = slot;
        retire(s);
        s.job?.finish({ kind: 'internal', cause: 'closed' });
        s.job = null;
      }
      await queue;
    },
  };
}
