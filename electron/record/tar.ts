import { gunzipSync, gzipSync } from 'node:zlib';

/*
 * The archive container: a POSIX ustar tarball, gzip-compressed (readable with `tar xzf`). Plain files only,
 * ASCII names up to 100 bytes, fixed mtime/owner so the same content gives the same bytes.
 */

export type TarEntry = { name: string; data: Uint8Array };

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtimeSec: number): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  if (!/^[\x21-\x7e]{1,100}$/.test(name)) throw new Error(`archive entry name not allowed: ${name}`);
  h.write(name, 0, 'ascii');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtimeSec, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

export function writeTarGz(entries: readonly TarEntry[], mtimeSec: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(header(e.name, e.data.length, mtimeSec), Buffer.from(e.data));
    const pad = (BLOCK - (e.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads every entry; throws on a damaged header (checksum), a truncated file or a non-gzip input. */
export function readTarGz(bytes: Uint8Array): TarEntry[] {
  const tar = gunzipSync(bytes);
  const out: TarEntry[] = [];
  let off = 0;
  while (off + BLOCK <= tar.length) {
    const h = tar.subarray(off, off + BLOCK);
    if (h.every((b) => b === 0)) return out;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
    const stored = parseInt(h.subarray(148, 156).toString('ascii').replace(/[\0 ]/g, ''), 8);
    if (stored !== sum) throw new Error(`damaged archive header at byte ${off}`);
    const name = h.subarray(0, 100).toString('ascii').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('ascii').replace(/[\0 ]/g, ''), 8);
    const start = off + BLOCK;
    if (start + size > tar.length) throw new Error(`truncated archive entry ${name}`);
    out.push({ name, data: new Uint8Array(tar.subarray(start, start + size)) });
    off = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error('archive ends without its end marker');
}
