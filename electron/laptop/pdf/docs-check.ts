import { promises as fs } from 'node:fs';
import { translate } from '../../../shared/i18n';
import type { AppError, Result } from '../../../shared/util/result';
import { collectTargets, NOT_REGULAR, type Target } from './collect-files';
import { sha256OfFile } from './hash';
import { createPdfInspector, DEFAULT_MAX_BYTES, type PdfInfo, type PdfInspector, type PdfInspectorConfig } from './inspect';
import { pathNotFound, pathUnreadable, tooLarge } from './messages';

/**
 * Exactly one of these per file, as one JSON line. `error` is the message the import screen shows (Vietnamese),
 * `errorEn` the same in English.
 */
export type DocsCheckLine = {
  file: string;
  ok: boolean;
  pages: number | null;
  sha256: string | null;
  error: string | null;
  errorEn: string | null;
};

const english = (e: AppError): string => (e.key ? translate('en', e.key, e.params) : e.message);

export type DocsCheckOptions = {
  timeoutMs: number;
  /** Files checked at once, each by its own inspector (worker thread). */
  concurrency: number;
  inspector?: PdfInspectorConfig;
};

export type DocsCheckSummary = { files: number; failed: number; toolFailed: boolean };

const lineFor = (file: string, r: Result<PdfInfo>): DocsCheckLine =>
  r.ok
    ? { file, ok: true, pages: r.value.pages, sha256: r.value.sha256, error: null, errorEn: null }
    : {
        file,
        ok: false,
        pages: null,
        sha256: typeof r.error.detail?.sha256 === 'string' ? r.error.detail.sha256 : null,
        error: r.error.message,
        errorEn: english(r.error),
      };

/** A per-file failure that means the tool, not the document, is at fault (exit code 2). */
const isToolFailure = (r: Result<unknown>) => !r.ok && r.error.code === 'internal';

async function checkFile(inspector: PdfInspector, file: string, opts: DocsCheckOptions, maxBytes: number): Promise<Result<PdfInfo>> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return pathUnreadable(file, NOT_REGULAR);
    // Refuse before reading: the checker may be pointed at an archive with multi-gigabyte scans.
    if (st.size > maxBytes) {
      const sha256 = await sha256OfFile(file);
      return tooLarge(st.size, maxBytes, { sha256, sizeBytes: st.size });
    }
    const bytes = await fs.readFile(file);
    return await inspector.inspect(bytes, { timeoutMs: opts.timeoutMs });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return code === 'ENOENT' ? pathNotFound(file) : pathUnreadable(file, code);
  }
}

/**
 * Checks every target with the same inspector the import uses and emits lines in command-line order,
 * whatever order the concurrent checks finish in.
 */
export async function runDocsCheck(
  args: readonly string[],
  opts: DocsCheckOptions,
  emit: (line: DocsCheckLine) => void,
  reportProblem: (message: string) => void,
): Promise<DocsCheckSummary> {
  const maxBytes = opts.inspector?.maxBytes ?? DEFAULT_MAX_BYTES;
  const inspectors = Array.from({ length: Math.max(1, opts.concurrency) }, () =>
    createPdfInspector({ ...opts.inspector, defaultTimeoutMs: opts.timeoutMs }),
  );
  const summary: DocsCheckSummary = { files: 0, failed: 0, toolFailed: false };
  const done = new Map<number, DocsCheckLine>();
  let nextToEmit = 0;

  async function* numbered(): AsyncGenerator<{ index: number; target: Target }> {
    let index = 0;
    for await (const target of collectTargets(args)) yield { index: index++, target };
  }
  const queue = numbered();

  const finish = (index: number, line: DocsCheckLine, r: Result<unknown>) => {
    summary.files++;
    if (!line.ok) summary.failed++;
    if (isToolFailure(r)) {
      summary.toolFailed = true;
      if (!r.ok) reportProblem(`${r.error.message} / ${english(r.error)}`);
    }
    done.set(index, line);
    for (let l = done.get(nextToEmit); l; l = done.get(nextToEmit)) {
      done.delete(nextToEmit++);
      emit(l);
    }
  };

  async function lane(inspector: PdfInspector): Promise<void> {
    for (let next = await queue.next(); !next.done; next = await queue.next()) {
      const { index, target } = next.value;
      let r: Result<PdfInfo>;
      switch (target.kind) {
        case 'file':
          r = await checkFile(inspector, target.file, opts, maxBytes);
          break;
        case 'missing':
          r = pathNotFound(target.file);
          break;
        case 'unreadable':
          r = pathUnreadable(target.file, target.cause);
          break;
        default: {
          const never: never = target;
          throw new Error(`unknown target ${JSON.stringify(never)}`);
        }
      }
      finish(index, lineFor(target.file, r), r);
    }
  }

  try {
    await Promise.all(inspectors.map(lane));
  } finally {
    await Promise.all(inspectors.map((i) => i.close()));
  }
  return summary;
}
