import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';

/** One thing the bulk checker must report on, in the order given on the command line. */
export type Target =
  { kind: 'file'; file: string } | { kind: 'missing'; file: string } | { kind: 'unreadable'; file: string; cause: string };

const PDF_NAME_RE = /\.pdf$/i;
/** Cause code for paths that exist but are not files or folders (see messages.pathUnreadable). */
export const NOT_REGULAR = 'NOT_REGULAR';

const errCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code ?? String(e);

/** Sorted by code unit so the output order does not depend on the machine's locale. */
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands command-line paths: explicit files are kept whatever their extension, folders are walked
 * recursively for *.pdf (any case). Symlinked folders are followed once (by real path) so a link
 * cycle cannot make the walk endless.
 */
export async function* collectTargets(args: readonly string[]): AsyncGenerator<Target> {
  const seenDirs = new Set<string>();

  async function* walk(dir: string): AsyncGenerator<Target> {
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(dir);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      yield { kind: 'unreadable', file: dir, cause: errCode(e) };
      return;
    }
    for (const entry of entries.sort(byName)) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = await fs.stat(full).catch(() => null);
        // A dangling link inside a folder is not a document; skip it like any other non-PDF entry.
        isDir = st?.isDirectory() ?? false;
        isFile = st?.isFile() ?? false;
      }
      if (isDir) yield* walk(full);
      else if (isFile && PDF_NAME_RE.test(entry.name)) yield { kind: 'file', file: full };
    }
  }

  for (const arg of args) {
    let st;
    try {
      st = await fs.stat(arg);
    } catch (e) {
      const code = errCode(e);
      yield code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing', file: arg } : { kind: 'unreadable', file: arg, cause: code };
      continue;
    }
    if (st.isDirectory()) yield* walk(arg);
    // Reading a FIFO or a device would block or never end: only regular files are checked.
    else if (st.isFile()) yield { kind: 'file', file: arg };
    else yield { kind: 'unreadable', file: arg, cause: NOT_REGULAR };
  }
}
