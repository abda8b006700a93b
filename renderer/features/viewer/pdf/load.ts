import { getDocument, PasswordResponses, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist';
import { pdfAssetUrls } from './assets';
import { describeOpenError, timeoutError, type ViewerError } from './errors';
import type { ViewerRuntime } from './runtime';

/** A file that keeps pdf.js busy this long is treated as broken; its worker is replaced. */
export const OPEN_TIMEOUT_MS = 30_000;

export type PasswordRequest = { incorrect: boolean; submit(password: string): void; cancel(): void };

export type OpenHandlers = {
  onPassword(req: PasswordRequest): void;
};

export type OpenOutcome =
  { ok: true; pdf: PDFDocumentProxy; password: string | null } | { ok: false; error: ViewerError } | { ok: false; cancelled: true };

/**
 * Opens `bytes` in the shared worker. Asks for a password through `onPassword` (again when wrong); never
 * resolves with a half-open document. `abort` (e.g. the viewer closed) destroys the loading task.
 */
export function openPdf(
  runtime: ViewerRuntime,
  bytes: Uint8Array,
  knownPassword: string | null,
  h: OpenHandlers,
): { result: Promise<OpenOutcome>; abort(): void } {
  let task: PDFDocumentLoadingTask | null = null;
  let aborted = false;
  let lastPassword: string | null = knownPassword;
  const result = (async (): Promise<OpenOutcome> => {
    let worker;
    performance.mark('phg-viewer-open');
    try {
      worker = await runtime.worker();
      performance.mark('phg-viewer-worker-ready');
    } catch (e) {
      return { ok: false, error: describeOpenError(e) };
    }
    if (aborted) return { ok: false, cancelled: true };
    task = getDocument({
      // pdf.js takes ownership of (transfers) the buffer it is given: hand it a copy, keep ours cached.
      data: bytes.slice(),
      worker,
      ...pdfAssetUrls(),
      ...(knownPassword !== null ? { password: knownPassword } : {}),
      isEvalSupported: false,
      enableXfa: false,
    });
    let cancelledByUser = false;
    // The time limit covers pdf.js's work, not a person typing a password: paused while asking, re-armed after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fireTimeout: (v: 'timeout') => void = () => {};
    const timedOut = new Promise<'timeout'>((resolve) => (fireTimeout = resolve));
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fireTimeout('timeout'), OPEN_TIMEOUT_MS);
    };
    arm();
    task.onPassword = (update: (pw: string) => void, reason: number) => {
      clearTimeout(timer);
      h.onPassword({
        incorrect: reason === PasswordResponses.INCORRECT_PASSWORD,
        submit: (pw) => {
          lastPassword = pw;
          arm();
          update(pw);
        },
        cancel: () => {
          cancelledByUser = true;
          void task?.destroy();
        },
      });
    };
    try {
      const pdf = await Promise.race([task.promise, timedOut]);
      if (pdf === 'timeout') {
        void task.destroy();
        runtime.resetWorker();
        return { ok: false, error: timeoutError() };
      }
      if (aborted) {
        void pdf.destroy();
        return { ok: false, cancelled: true };
      }
      performance.mark('phg-viewer-parsed');
      return { ok: true, pdf, password: lastPassword };
    } catch (e) {
      if (aborted || cancelledByUser) return { ok: false, cancelled: true };
      return { ok: false, error: describeOpenError(e) };
    } finally {
      clearTimeout(timer);
    }
  })();
  return {
    result,
    abort() {
      aborted = true;
      void task?.destroy();
    },
  };
}
