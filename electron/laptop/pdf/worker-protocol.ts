/** Messages between inspect.ts and inspect-worker.mjs (the worker is plain JS; these types are its contract). */

export type ToWorker = { type: 'inspect'; id: number; bytes: Uint8Array; password?: string };

export type WorkerWarning = { kind: 'legacy_fonts'; fonts: string[] } | { kind: 'xfa' } | { kind: 'password_protected' };

/** Where pdf.js failed: opening the file, an empty page tree, walking the page tree, or reading a page's content. */
export type FailStage = 'open' | 'no_pages' | 'page' | 'content';

export type WorkerOutcome =
  | { ok: true; pages: number; title: string | null; warnings: WorkerWarning[] }
  | { ok: false; kind: 'password_needed' | 'password_incorrect'; cause: string }
  | { ok: false; kind: 'invalid'; stage: FailStage; cause: string; page?: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; result: WorkerOutcome };
