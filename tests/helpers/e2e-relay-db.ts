import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readAnnotations } from '../../shared/annotations/ydoc-model';

/**
 * What an e2e test finds on a laptop's (or the relay's) disk, read with connections of its own while the
 * process runs (WAL: readers see every committed transaction).
 */

/** Every Yjs room stored in a database file, decoded (snapshot + later updates), as annotation texts by room. */
export function annotationTextsByRoom(dbFile: string): Map<string, string[]> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rooms = (db.prepare('SELECT doc FROM ydoc_updates UNION SELECT doc FROM ydoc_snapshots').all() as { doc: string }[]).map(
      (r) => r.doc,
    );
    const out = new Map<string, string[]>();
    for (const room of rooms) {
      const doc = new Y.Doc();
      const snap = db.prepare('SELECT state FROM ydoc_snapshots WHERE doc = ?').get(room) as { state: Buffer } | undefined;
      if (snap) Y.applyUpdate(doc, new Uint8Array(snap.state));
      for (const r of db.prepare('SELECT update_ FROM ydoc_updates WHERE doc = ? ORDER BY seq').all(room) as { update_: Buffer }[]) {
        Y.applyUpdate(doc, new Uint8Array(r.update_));
      }
      out.set(
        room,
        readAnnotations(doc).map((a) => a.text),
      );
      doc.destroy();
    }
    return out;
  } finally {
    db.close();
  }
}

/** Rooms (by name) whose decoded annotations include `text`. */
export function roomsWithText(dbFile: string, text: string): string[] {
  return [...annotationTextsByRoom(dbFile)].filter(([, texts]) => texts.some((t) => t.includes(text))).map(([room]) => room);
}

/**
 * Whether `text` (UTF-8) occurs anywhere in the database's files — main file and WAL, free pages included:
 * a forensic look, independent of how the app structures its rows.
 */
export function dbFilesContain(dbFile: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [dbFile, `${dbFile}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(needle));
}

/**
 * Complete PDFs in a blob folder: `<sha256>.pdf`, and `<sha256>.mat` for confidential ones (sealed), or only
 * those of one `kind`; partial downloads end in `.part`.
 */
export function blobShas(blobDir: string, kind: 'pdf' | 'mat' | 'any' = 'any'): string[] {
  if (!existsSync(blobDir)) return [];
  const ext = kind === 'any' ? '(pdf|mat)' : kind;
  return readdirSync(blobDir)
    .filter((f) => new RegExp(`^[0-9a-f]{64}\\.${ext}$`).test(f))
    .map((f) => f.slice(0, 64))
    .sort();
}

export const relayDbFile = (relayDataDir: string) => join(relayDataDir, 'relay.db');
