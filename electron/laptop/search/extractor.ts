import { Worker } from 'node:worker_threads';
import type { ExtractFailure, FromExtractWorker, ToExtractWorker } from './extract-protocol';

export type ExtractedPage = { page: number; body: string };

export type ExtractOutcome =
  { kind: 'done' } | ExtractFailure | { kind: 'timeout' } | { kind: 'crash'; cause: string } | { kind: 'closed' };

export type ExtractHandlers = {
  /** The document opened: its page count. */
  onOpened(pages: number): void;
  /** A batch of pages in order; stored by the caller before the next batch arrives. */
  onPages(pages: ExtractedPage[]): void;
};

export type TextExtractor = {
  /** Extracts the text of every page from `fromPage` on. One file at a time. */
  extract(bytes: Uint8Array, fromPage: number, handlers: ExtractHandlers): Promise<ExtractOutcome>;
  close(): Promise<void>;
};

export type TextExtractorConfig = {
  /** Folder holding pdf.js's cmaps/, standard_fonts/ and wasm/ (default: the installed pdfjs-dist). */
  assetsDir?: string;
  /** The worker is replaced when it sends nothing for this long (a file that hangs pdf.js). */
  idleTimeoutMs?: number;
  workerHeapMb?: number;
  workerFile?: string | URL;
};

export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
const DEFAULT_WORKER_HEAP_MB = 1024;

type Job = { id: number; handlers: ExtractHandlers; finish(o: ExtractOutcome): void; touch(): void };

/**
 * Text extraction in a worker thread (pdf.js legacy build), so indexing never blocks the services' event
 * loop. The worker is started on first use, kept idle without holding the process open, and replaced after
 * a crash or a hang.
 */
export function createTextExtractor(config: TextExtractorConfig = {}): TextExtractor {
  const workerFile = config.workerFile ?? new URL('./extract-worker.mjs', import.meta.url);
  const idleMs = config.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  let worker: Worker | null = null;
  let ready: Promise<string | null> | null = null;
  let job: Job | null = null;
  let nextId = 0;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  function kill(): void {
    const w = worker;
    worker = null;
    ready = null;
    if (w) void w.terminate();
  }

  function spawn(): Promise<string | null> {
    const w = new Worker(workerFile, {
      workerData: config.assetsDir ? { assetsDir: config.assetsDir } : {},
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: config.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.resume();
    worker = w;
    return new Promise<string | null>((resolveReady) => {
      w.on('message', (msg: FromExtractWorker) => {
        try {
          onMessage(msg);
        } catch (e) {
          // A failing consumer (e.g. the database closed under it) ends the job, not the process.
          job?.finish({ kind: 'crash', cause: e instanceof Error ? e.message : String(e) });
          if (worker === w) kill();
        }
      });
      const onMessage = (msg: FromExtractWorker) => {
        switch (msg.type) {
          case 'ready':
            resolveReady(null);
            break;
          case 'fatal':
            resolveReady(msg.message);
            break;
          case 'opened':
            if (job?.id === msg.id) {
              job.touch();
              job.handlers.onOpened(msg.pages);
            }
            break;
          case 'pages':
            if (job?.id === msg.id) {
              job.touch();
              job.handlers.onPages(msg.pages);
            }
            break;
          case 'done':
            if (job?.id === msg.id) job.finish({ kind: 'done' });
            break;
          case 'failed':
            if (job?.id === msg.id) job.finish(msg.failure);
            break;
          default: {
            const never: never = msg;
            void never;
          }
        }
      };
      w.on('error', (e) => {
        resolveReady(e.message);
        job?.finish({ kind: 'crash', cause: e.message });
        if (worker === w) kill();
      });
      w.on('exit', (code) => {
        resolveReady(`exited with code ${code}`);
        job?.finish({ kind: 'crash', cause: `worker exited with code ${code}` });
        if (worker === w) {
          worker = null;
          ready = null;
        }
      });
    });
  }

  async function run(bytes: Uint8Array, fromPage: number, handlers: ExtractHandlers): Promise<ExtractOutcome> {
    if (closed) return { kind: 'closed' };
    ready ??= spawn();
    const w = worker!;
    w.ref();
    try {
      const failure = await ready;
      if (failure) {
        kill();
        return { kind: 'crash', cause: failure };
      }
      if (closed) return { kind: 'closed' };
      const id = ++nextId;
      const copy = bytes.slice();
      return await new Promise<ExtractOutcome>((resolve) => {
        let timer: NodeJS.Timeout;
        const touch = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            job = null;
            kill();
            resolve({ kind: 'timeout' });
          }, idleMs);
        };
        job = {
          id,
          handlers,
          touch,
          finish: (o) => {
            clearTimeout(timer);
            job = null;
            resolve(o);
          },
        };
        touch();
        const msg: ToExtractWorker = { type: 'extract', id, bytes: copy, fromPage };
        w.postMessage(msg, [copy.buffer]);
      });
    } finally {
      // An idle worker must not keep a CLI or a test process alive.
      if (worker === w) w.unref();
    }
  }

  return {
    extract(bytes, fromPage, handlers) {
      const result = queue.then(() => run(bytes, fromPage, handlers).catch((e: unknown) => ({ kind: 'crash', cause: String(e) }) as const));
      queue = result;
      return result;
    },
    async close() {
      closed = true;
      job?.finish({ kind: 'closed' });
      kill();
      await queue.catch(() => {});
    },
  };
}
