import { inflateSync } from 'node:zlib';

/** An 8-bit PNG decoded to one luminance byte per pixel (0 black .. 255 white). */
export type GrayImage = { width: number; height: number; gray: Uint8Array };

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes the PNGs pdftoppm writes (8-bit gray, gray+alpha, RGB or RGBA, not interlaced): enough for tests
 * that look at a rendered page without an image library.
 */
export function decodePng(file: Uint8Array): GrayImage {
  const buf = Buffer.from(file);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8]!;
      channels = CHANNELS[data[9]!] ?? 0;
      if (depth !== 8 || channels === 0 || data[12] !== 0) throw new Error('unsupported PNG (8-bit, not interlaced, no palette)');
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0;
      const b = y > 0 ? pixels[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      const v = src[x]!;
      const predicted = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      if (filter > 4) throw new Error(`bad PNG filter ${filter}`);
      pixels[row + x] = (v + predicted) & 0xff;
    }
  }
  const gray = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const s = p * channels;
    gray[p] = channels >= 3 ? Math.round(0.299 * pixels[s]! + 0.587 * pixels[s + 1]! + 0.114 * pixels[s + 2]!) : pixels[s]!;
  }
  return { width, height, gray };
}

/** Share of pixels darker than `threshold` in rows [top, bottom) (fractions of the height). */
export function inkShare(img: GrayImage, top = 0, bottom = 1, threshold = 128): number {
  const y0 = Math.floor(img.height * top);
  const y1 = Math.ceil(img.height * bottom);
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = 0; x < img.width; x++) if (img.gray[y * img.width + x]! < threshold) dark++;
  return dark / Math.max(1, (y1 - y0) * img.width);
}
