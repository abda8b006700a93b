/**
 * Messages between extractor.ts and extract-worker.mjs (plain .mjs so it starts the same way under tsx,
 * vitest and a bundle; keep the two in step).
 */
export type ToExtractWorker = { type: 'extract'; id: number; bytes: Uint8Array; fromPage: number };

export type ExtractFailure = { kind: 'encrypted' } | { kind: 'invalid'; cause: string };

export type FromExtractWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'opened'; id: number; pages: number }
  | { type: 'pages'; id: number; pages: { page: number; body: string }[] }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; failure: ExtractFailure };
