import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { toCsv } from '../../electron/record/exports';
import { readTarGz, writeTarGz } from '../../electron/record/tar';
import { canonicalJson, entryHash, GENESIS_HASH } from '../../electron/relay/record/chain';

describe('archive container (ustar + gzip)', () => {
  it('round-trips files of any size, byte for byte', () => {
    const files = [
      { name: 'manifest.json', data: new Uint8Array(Buffer.from('{"a":1}')) },
      { name: 'empty', data: new Uint8Array(0) },
      { name: 'exactly-512', data: new Uint8Array(512).fill(7) },
      { name: 'package/blobs/' + 'a'.repeat(64) + '.pdf', data: new Uint8Array(1300).map((_, i) => i % 251) },
    ];
    const back = readTarGz(writeTarGz(files, 1_700_000_000));
    expect(back.map((f) => [f.name, Buffer.from(f.data).toString('hex')])).toEqual(
      files.map((f) => [f.name, Buffer.from(f.data).toString('hex')]),
    );
  });

  it('refuses a damaged header, a truncated archive and names it cannot hold', () => {
    const tar = gunzipSync(writeTarGz([{ name: 'x', data: new Uint8Array(10) }], 0));
    const damaged = Buffer.from(tar);
    damaged[0] = 'y'.charCodeAt(0);
    expect(() => readTarGz(gzipSync(damaged))).toThrow(/damaged archive header/);
    expect(() => readTarGz(gzipSync(tar.subarray(0, 600)))).toThrow(/truncated|end marker/);
    expect(() => writeTarGz([{ name: 'tên có dấu', data: new Uint8Array(1) }], 0)).toThrow(/not allowed/);
  });
});

describe('CSV for Excel', () => {
  it('starts with a BOM, uses CRLF, quotes separators and neutralises formulas', () => {
    const bytes = Buffer.from(
      toCsv({
        file: 'x.csv',
        sheet: 'record.export.sheet.results',
        header: ['Họ và tên', 'Ghi chú'],
        rows: [
          ['Nguyễn Văn A', 'có, "trích"'],
          ['=HYPERLINK("x")', 3],
        ],
      }),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Họ và tên,Ghi chú\r\nNguyễn Văn A,"có, ""trích"""\r\n"\'=HYPERLINK(""x"")",3\r\n');
  });
});

describe('hash chain primitives', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
  it('an entry hash covers the previous hash and every byte of the body', () => {
    const h = entryHash(GENESIS_HASH, '{"seq":1}');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, '{"seq":2}')).not.toBe(h);
    expect(entryHash('1'.repeat(64), '{"seq":1}')).not.toBe(h);
  });
});
