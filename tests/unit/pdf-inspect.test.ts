import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfInspector, type PdfInfo, type PdfInspector } from '../../electron/laptop/pdf/inspect';
import type { ErrorCode, Result } from '../../shared/util/result';
import { translate } from '../../shared/i18n';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = path.resolve(repoRoot, 'tests', 'fixtures', 'pdf-corpus');
const corpusFile = (name: string) => readFileSync(path.join(corpusDir, name));

/** At least one letter that only Vietnamese text has: proves the message is Vietnamese with diacritics. */
const VIETNAMESE_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const sha256Hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

type Expected = { pages: number; title: string | null } | { code: ErrorCode };

/**
 * Observed outcome of every corpus file with pdfjs-dist 5.6.205. A change here is a behaviour change
 * of the import gate: look at it before updating the table.
 */
const CORPUS: Record<string, Expected> = {
  'ArabicCIDTrueType.pdf': { pages: 1, title: null },
  'GHOSTSCRIPT-698804-1-fuzzed.pdf': { pages: 1, title: null },
  'PDFBOX-3148-2-fuzzed.pdf': { pages: 1, title: null },
  'Pages-tree-refs.pdf': { code: 'pdf_invalid' }, // circular page tree, caught by getPage(2)
  'SOURCE.md': { code: 'pdf_invalid' }, // the corpus's own notes: not a PDF at all
  'TAMReview.pdf': { pages: 23, title: 'Overview of the Technology Acceptance Model: Origins, Developments and Future Directions' },
  'TrueType_without_cmap.pdf': { pages: 1, title: null },
  'XiaoBiaoSong.pdf': { pages: 1, title: null },
  'ZapfDingbats.pdf': { pages: 2, title: 'A XEP Example' },
  'alphatrans.pdf': { pages: 1, title: 'Alpha Transparency Test' },
  'annotation-caret-ink.pdf': { pages: 1, title: null },
  'annotation-freetext.pdf': { pages: 1, title: null },
  'annotation-highlight.pdf': { pages: 1, title: null },
  'arial_unicode_en_cidfont.pdf': { pages: 1, title: null },
  'asciihexdecode.pdf': { pages: 1, title: null },
  'attachment.pdf': { pages: 1, title: null },
  'bad-PageLabels.pdf': { pages: 1, title: null },
  'basicapi.pdf': { pages: 3, title: 'Basic API Test' },
  'bug868745.pdf': { pages: 1, title: null },
  'canvas.pdf': { pages: 2, title: 'HTML5 Canvas Cheat Sheet' },
  'checkbox-bad-appearance.pdf': { pages: 1, title: '1 Betriebsverfassungsrecht 1 - Für den perfekten Einstieg!' },
  'complex_ttf_font.pdf': { pages: 1, title: null },
  'freeculture.pdf': { pages: 352, title: 'Free Culture' },
  'helloworld-bad.pdf': { pages: 1, title: null },
  'issue1249.pdf': { pages: 1, title: null },
  'issue18986.pdf': { pages: 1, title: 'HTML rendering demo' },
  'issue3371.pdf': { code: 'pdf_encrypted' },
  'issue5567.pdf': { pages: 1, title: null },
  'issue6010_1.pdf': { code: 'pdf_encrypted' },
  'issue6069.pdf': { pages: 1, title: null },
  'issue7665.pdf': { pages: 1, title: null },
  'openoffice.pdf': { pages: 1, title: null },
  'pdfjsbad1586.pdf': { pages: 1, title: 'Untitled' },
  'poppler-395-0-fuzzed.pdf': { code: 'pdf_invalid' }, // "Invalid Root reference"
  'scan-bad.pdf': { pages: 1, title: null },
  'tracemonkey.pdf': { pages: 14, title: null },
};

/** Passwords from pdf.js's test manifest. */
const PASSWORDS = { 'issue3371.pdf': 'ELXRTQWS', 'issue6010_1.pdf': 'abc' } as const;

function expectRejected(r: Result<PdfInfo>, code: ErrorCode): string {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(VIETNAMESE_RE);
  // The same message in English, with every placeholder filled.
  expect(r.error.key).toMatch(/^error\.pdf\./);
  const en = translate('en', r.error.key!, r.error.params);
  expect(en).not.toMatch(VIETNAMESE_RE);
  expect(en).not.toMatch(/\{[@#]?\w+\}/);
  return r.error.message;
}

function expectOpened(r: Result<PdfInfo>): PdfInfo {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  if (!r.ok) throw new Error('unreachable');
  return r.value;
}

/** A one-page document whose only font is named `fontName` (not embedded, as old Word exports do). */
async function pdfWithFont(fontName: string, opts: { objectStreams: boolean; onPage: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 1; i <= opts.onPage; i++) {
    const page = doc.addPage([595, 842]);
    if (i !== opts.onPage) continue;
    const font = doc.context.register(
      doc.context.obj({ Type: 'Font', Subtype: 'TrueType', BaseFont: fontName, Encoding: 'WinAnsiEncoding' }),
    );
    page.node.setFontDictionary(PDFName.of('F1'), font);
    page.node.addContentStream(doc.context.register(doc.context.flateStream('BT /F1 14 Tf 50 780 Td (B\xb8o c\xb8o) Tj ET')));
  }
  return doc.save({ useObjectStreams: opts.objectStreams });
}

/** Worker stand-ins for failures pdf.js cannot be made to produce on demand. */
const FAKE_WORKERS = {
  exits: `import { parentPort } from 'node:worker_threads';
parentPort.on('message', () => process.exit(7));
parentPort.postMessage({ type: 'ready' });`,
  hangs: `import { parentPort } from 'node:worker_threads';
parentPort.on('message', () => { for (;;) {} });
parentPort.postMessage({ type: 'ready' });`,
  eatsMemory: `import { parentPort } from 'node:worker_threads';
parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill({ x: keep.length })); });
parentPort.postMessage({ type: 'ready' });`,
};

describe('pdf inspector: every corpus file', { timeout: 180_000 }, () => {
  const results = new Map<string, Result<PdfInfo>>();
  let inspector: PdfInspector;

  beforeAll(async () => {
    inspector = createPdfInspector();
    for (const name of readdirSync(corpusDir).sort()) results.set(name, await inspector.inspect(corpusFile(name)));
  });
  afterAll(() => inspector.close());

  it('has an expected outcome pinned for exactly the files in the corpus', () => {
    expect([...results.keys()].sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s', (name, expected) => {
    const r = results.get(name);
    if (!r) throw new Error(`${name} missing from the corpus folder`);
    const bytes = corpusFile(name);
    if ('code' in expected) {
      expectRejected(r, expected.code);
      if (!r.ok) expect(r.error.detail?.sha256).toBe(sha256Hex(bytes));
      return;
    }
    const info = expectOpened(r);
    expect(info.pages).toBe(expected.pages);
    expect(info.title).toBe(expected.title);
    expect(info.sha256).toBe(sha256Hex(bytes));
    expect(info.sizeBytes).toBe(bytes.byteLength);
    expect(info.warnings).toEqual([]);
  });
});

describe('pdf inspector: specific cases', { timeout: 60_000 }, () => {
  let inspector: PdfInspector;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pdf-inspect-'));
  beforeAll(() => {
    inspector = createPdfInspector();
  });
  afterAll(async () => {
    await inspector.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('rejects bytes that are not a PDF', async () => {
    const msg = expectRejected(await inspector.inspect(new TextEncoder().encode('<html><body>Giấy mời họp</body></html>')), 'pdf_invalid');
    expect(msg).toContain('Tệp không phải là PDF hợp lệ hoặc đã bị hỏng');
    expect(msg).toContain('%PDF-');
  });

  it('rejects a file that only looks like a PDF from its header', async () => {
    expectRejected(await inspector.inspect(new TextEncoder().encode('%PDF-1.7\nkhông phải PDF\n')), 'pdf_invalid');
  });

  it('rejects an empty file, still reporting its hash', async () => {
    const r = await inspector.inspect(new Uint8Array(0));
    expect(expectRejected(r, 'pdf_invalid')).toContain('tệp rỗng');
    if (!r.ok) expect(r.error.detail?.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('rejects truncated PDFs', async () => {
    const full = corpusFile('tracemonkey.pdf');
    expectRejected(await inspector.inspect(full.subarray(0, full.length >> 1)), 'pdf_invalid');
    const small = corpusFile('basicapi.pdf');
    expectRejected(await inspector.inspect(small.subarray(0, small.length - 200)), 'pdf_invalid');
  });

  it('hashes with SHA-256 of the exact bytes and leaves the caller’s buffer intact', async () => {
    const buf = corpusFile('basicapi.pdf');
    const before = Buffer.from(buf);
    const info = expectOpened(await inspector.inspect(buf));
    expect(info.sha256).toBe('925853d98d67d5dae7473c635f932958e1695ce1029d23b2ecd2531cb65f1f14');
    expect(info.sha256).toBe(sha256Hex(before));
    expect(buf.byteLength).toBe(before.byteLength);
    expect(buf.equals(before)).toBe(true);
    // A view into a larger buffer hashes only its own bytes.
    const padded = new Uint8Array(buf.byteLength + 20);
    padded.set(buf, 10);
    expect(expectOpened(await inspector.inspect(padded.subarray(10, 10 + buf.byteLength))).sha256).toBe(info.sha256);
  });

  it('reports hashing then per-page validating progress, ending at 1', async () => {
    const seen: { phase: string; fraction: number }[] = [];
    expectOpened(await inspector.inspect(corpusFile('tracemonkey.pdf'), { onProgress: (p) => seen.push(p) }));
    const hashing = seen.filter((p) => p.phase === 'hashing').map((p) => p.fraction);
    const validating = seen.filter((p) => p.phase === 'validating').map((p) => p.fraction);
    expect(seen.findIndex((p) => p.phase === 'validating')).toBeGreaterThan(seen.findLastIndex((p) => p.phase === 'hashing'));
    expect(hashing.at(-1)).toBe(1);
    expect(validating[0]).toBe(0);
    expect(validating.at(-1)).toBe(1);
    expect(validating.length).toBe(14 + 1);
    expect(validating).toEqual([...validating].sort((a, b) => a - b));
  });

  it('survives a progress listener that throws', async () => {
    const r = await inspector.inspect(corpusFile('basicapi.pdf'), {
      onProgress: () => {
        throw new Error('listener bug');
      },
    });
    expect(expectOpened(r).pages).toBe(3);
  });

  it('asks for the password of a protected file, rejects a wrong one, opens with the right one', async () => {
    for (const [name, password] of Object.entries(PASSWORDS)) {
      const bytes = corpusFile(name);
      const need = expectRejected(await inspector.inspect(bytes), 'pdf_encrypted');
      expect(need).toContain('mật khẩu');
      expect(need).toContain('gỡ bảo vệ');
      const wrong = expectRejected(await inspector.inspect(bytes, { password: 'sai-mat-khau' }), 'pdf_encrypted');
      expect(wrong).toContain('không đúng');
      const info = expectOpened(await inspector.inspect(bytes, { password }));
      expect(info.pages).toBe(1);
      expect(info.warnings.map((w) => translate('vi', w.key, w.params)).join(' ')).toContain('mật khẩu');
    }
  });

  it('times out on a file that takes too long, then checks the next file normally', async () => {
    const r = await inspector.inspect(corpusFile('freeculture.pdf'), { timeoutMs: 1 });
    expect(expectRejected(r, 'pdf_timeout')).toContain('thời gian cho phép');
    if (!r.ok) expect(r.error.detail?.sha256).toBe(sha256Hex(corpusFile('freeculture.pdf')));
    expect(expectOpened(await inspector.inspect(corpusFile('tracemonkey.pdf'))).pages).toBe(14);
  });

  it('refuses files over the size limit (still hashed)', async () => {
    const small = createPdfInspector({ maxBytes: 100_000 });
    try {
      const bytes = corpusFile('basicapi.pdf');
      const r = await small.inspect(bytes);
      expect(expectRejected(r, 'pdf_too_large')).toContain('quá lớn');
      if (!r.ok) expect(r.error.detail?.sha256).toBe(sha256Hex(bytes));
      expect(expectOpened(await small.inspect(corpusFile('alphatrans.pdf'))).pages).toBe(1);
    } finally {
      await small.close();
    }
  });

  it('reads the Info title, trimmed with whitespace collapsed, and Vietnamese intact', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setTitle('  Báo cáo\r\n tình hình   kinh tế - xã hội  ');
    const info = expectOpened(await inspector.inspect(await doc.save()));
    expect(info.title).toBe('Báo cáo tình hình kinh tế - xã hội');
  });

  it('warns about TCVN3/VNI fonts found by the byte scan (uncompressed, beyond the first pages)', async () => {
    const bytes = await pdfWithFont('.VnTime', { objectStreams: false, onPage: 5 });
    expect(Buffer.from(bytes).includes('/.VnTime')).toBe(true);
    const info = expectOpened(await inspector.inspect(bytes));
    expect(info.pages).toBe(5);
    expect(info.warnings).toHaveLength(1);
    expect(translate('vi', info.warnings[0]!.key, info.warnings[0]!.params)).toContain('.VnTime');
    expect(translate('en', info.warnings[0]!.key, info.warnings[0]!.params)).toContain('TCVN3/VNI');
  });

  it('warns about TCVN3/VNI fonts hidden in object streams when a first page uses them', async () => {
    const bytes = await pdfWithFont('ABCDEF+VNI-Times', { objectStreams: true, onPage: 1 });
    expect(Buffer.from(bytes).includes('VNI-Times')).toBe(false);
    const info = expectOpened(await inspector.inspect(bytes));
    expect(info.warnings).toHaveLength(1);
    expect(info.warnings[0]).toMatchObject({ key: 'warning.pdf.legacyFonts', params: { fonts: expect.stringContaining('VNI-Times') } });
  });

  it('does not warn about ordinary fonts', async () => {
    const info = expectOpened(await inspector.inspect(await pdfWithFont('TimesNewRomanPSMT', { objectStreams: false, onPage: 1 })));
    expect(info.warnings).toEqual([]);
  });

  it('queues concurrent calls and answers each', async () => {
    const [a, b, c] = await Promise.all([
      inspector.inspect(corpusFile('canvas.pdf')),
      inspector.inspect(corpusFile('poppler-395-0-fuzzed.pdf')),
      inspector.inspect(corpusFile('ZapfDingbats.pdf')),
    ]);
    expect(expectOpened(a!).pages).toBe(2);
    expectRejected(b!, 'pdf_invalid');
    expect(expectOpened(c!).pages).toBe(2);
  });

  it('keeps answering across worker replacements (filesPerWorker)', async () => {
    const recycling = createPdfInspector({ filesPerWorker: 1 });
    try {
      for (const name of ['alphatrans.pdf', 'poppler-395-0-fuzzed.pdf', 'canvas.pdf']) {
        const r = await recycling.inspect(corpusFile(name));
        const expected = CORPUS[name]!;
        if ('code' in expected) expectRejected(r, expected.code);
        else expect(expectOpened(r).pages).toBe(expected.pages);
      }
    } finally {
      await recycling.close();
    }
  });

  it('reports a worker that dies as pdf_unsupported and keeps working', async () => {
    const file = path.join(tmp, 'exits.mjs');
    writeFileSync(file, FAKE_WORKERS.exits);
    const broken = createPdfInspector({ workerFile: file });
    try {
      expect(expectRejected(await broken.inspect(corpusFile('basicapi.pdf')), 'pdf_unsupported')).toContain('chưa xử lý được');
      expectRejected(await broken.inspect(corpusFile('basicapi.pdf')), 'pdf_unsupported');
    } finally {
      await broken.close();
    }
  });

  it('reports a worker that runs out of memory as pdf_unsupported', async () => {
    const file = path.join(tmp, 'eats-memory.mjs');
    writeFileSync(file, FAKE_WORKERS.eatsMemory);
    const greedy = createPdfInspector({ workerFile: file, workerHeapMb: 32 });
    try {
      const msg = expectRejected(await greedy.inspect(corpusFile('basicapi.pdf')), 'pdf_unsupported');
      expect(msg).toContain('bộ nhớ');
    } finally {
      await greedy.close();
    }
  });

  it('kills a worker stuck in an endless loop at the time limit', async () => {
    const file = path.join(tmp, 'hangs.mjs');
    writeFileSync(file, FAKE_WORKERS.hangs);
    const stuck = createPdfInspector({ workerFile: file, defaultTimeoutMs: 300 });
    try {
      expectRejected(await stuck.inspect(corpusFile('basicapi.pdf')), 'pdf_timeout');
      expectRejected(await stuck.inspect(corpusFile('basicapi.pdf')), 'pdf_timeout');
    } finally {
      await stuck.close();
    }
  });

  it('reports missing pdf.js assets as an internal error instead of checking without fonts', async () => {
    const noAssets = createPdfInspector({ assetsDir: tmp });
    try {
      const r = await noAssets.inspect(corpusFile('basicapi.pdf'));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('internal');
        expect(r.error.message).toContain('standard_fonts');
      }
    } finally {
      await noAssets.close();
    }
  });

  it('answers pending and later calls after close()', async () => {
    const closing = createPdfInspector();
    const pending = closing.inspect(corpusFile('freeculture.pdf'));
    await closing.close();
    const r = await pending;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('internal');
    const later = await closing.inspect(corpusFile('basicapi.pdf'));
    expect(later.ok).toBe(false);
    if (!later.ok) expect(later.error.code).toBe('internal');
  });
});
