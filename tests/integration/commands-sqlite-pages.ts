import { readFileSync } from 'node:fs';

/*
 * A minimal reader of SQLite's on-disk B-tree format (https://www.sqlite.org/fileformat2.html), enough to
 * list the cells of a WITHOUT ROWID table (an index B-tree) with their page and byte offset. Tests use it
 * to look at what someone holding the database file could see, beyond what SQL shows.
 */

export type RawValue = null | number | bigint | string | Uint8Array;
export type RawCell = { page: number; offset: number; values: RawValue[] };

function varint(buf: Uint8Array, at: number): [bigint, number] {
  let v = 0n;
  for (let i = 0; i < 9; i++) {
    const b = buf[at + i]!;
    if (i === 8) return [(v << 8n) | BigInt(b), at + 9];
    v = (v << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) return [v, at + i + 1];
  }
  throw new Error('unreachable');
}

function decodeRecord(buf: Uint8Array, at: number): RawValue[] {
  const [headerSize, afterHeaderLen] = varint(buf, at);
  const headerEnd = at + Number(headerSize);
  const types: number[] = [];
  let p = afterHeaderLen;
  while (p < headerEnd) {
    const [t, next] = varint(buf, p);
    types.push(Number(t));
    p = next;
  }
  let body = headerEnd;
  const values: RawValue[] = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const t of types) {
    if (t === 0) values.push(null);
    else if (t >= 1 && t <= 6) {
      const len = [0, 1, 2, 3, 4, 6, 8][t]!;
      let v = 0n;
      for (let i = 0; i < len; i++) v = (v << 8n) | BigInt(buf[body + i]!);
      const bits = BigInt(len * 8);
      if (v >= 1n << (bits - 1n)) v -= 1n << bits;
      values.push(len <= 6 ? Number(v) : v);
      body += len;
    } else if (t === 7) {
      values.push(view.getFloat64(body));
      body += 8;
    } else if (t === 8 || t === 9) values.push(t - 8);
    else if (t >= 12 && t % 2 === 0) {
      const len = (t - 12) / 2;
      values.push(buf.slice(body, body + len));
      body += len;
    } else if (t >= 13) {
      const len = (t - 13) / 2;
      values.push(new TextDecoder().decode(buf.subarray(body, body + len)));
      body += len;
    } else throw new Error(`reserved serial type ${t}`);
  }
  return values;
}

/** Every cell of the index B-tree rooted at `rootPage` (leaf and interior), with its physical position. */
export function readIndexBtree(file: string, rootPage: number): RawCell[] {
  const bytes = new Uint8Array(readFileSync(file));
  const rawSize = (bytes[16]! << 8) | bytes[17]!;
  const pageSize = rawSize === 1 ? 65536 : rawSize;
  const reserved = bytes[20]!;
  const usable = pageSize - reserved;
  const maxLocal = Math.floor(((usable - 12) * 64) / 255) - 23;
  const cells: RawCell[] = [];
  const visit = (pageNo: number): void => {
    const base = (pageNo - 1) * pageSize;
    const hdr = base + (pageNo === 1 ? 100 : 0);
    const type = bytes[hdr]!;
    if (type !== 0x02 && type !== 0x0a) throw new Error(`page ${pageNo} is not an index b-tree page (type ${type})`);
    const interior = type === 0x02;
    const nCells = (bytes[hdr + 3]! << 8) | bytes[hdr + 4]!;
    const ptrs = hdr + (interior ? 12 : 8);
    for (let i = 0; i < nCells; i++) {
      const offset = (bytes[ptrs + 2 * i]! << 8) | bytes[ptrs + 2 * i + 1]!;
      let p = base + offset;
      if (interior) {
        const child = ((bytes[p]! << 24) >>> 0) + (bytes[p + 1]! << 16) + (bytes[p + 2]! << 8) + bytes[p + 3]!;
        visit(child);
        p += 4;
      }
      const [payloadSize, payloadAt] = varint(bytes, p);
      if (Number(payloadSize) > maxLocal) throw new Error('overflow payloads are not supported by this reader');
      cells.push({ page: pageNo, offset, values: decodeRecord(bytes, payloadAt) });
    }
    if (interior) {
      const right = ((bytes[hdr + 8]! << 24) >>> 0) + (bytes[hdr + 9]! << 16) + (bytes[hdr + 10]! << 8) + bytes[hdr + 11]!;
      visit(right);
    }
  };
  visit(rootPage);
  return cells;
}

/**
 * Cells in the order SQLite wrote them, as far as the file tells: by page, and within a page from the
 * highest byte offset down (new cells are carved from the top of the free gap, below the older ones).
 */
export function physicalWriteOrder(cells: RawCell[]): RawCell[] {
  return [...cells].sort((a, b) => a.page - b.page || b.offset - a.offset);
}

export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle)) >= 0;
}
