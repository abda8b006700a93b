import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = path.resolve(repoRoot, 'tests', 'fixtures', 'pdf-corpus');
const cli = path.join(repoRoot, 'electron', 'laptop', 'pdf', 'docs-check-cli.ts');

const VIETNAMESE_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const LINE_KEYS = ['error', 'errorEn', 'file', 'ok', 'pages', 'sha256'];
/** Corpus files the import gate refuses (see the pinned table in tests/unit/pdf-inspect.test.ts). */
const CORPUS_REFUSED = ['Pages-tree-refs.pdf', 'issue3371.pdf', 'issue6010_1.pdf', 'poppler-395-0-fuzzed.pdf'];

type Line = { file: string; ok: boolean; pages: number | null; sha256: string | null; error: string | null };
type Run = { code: number | null; lines: Line[]; stdout: string; stderr: string; ms: number };

/** Runs the real CLI the way `npm run docs:check` does (tsx), and waits for it to exit. */
function runCli(args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Line);
      resolve({ code, lines, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectWellFormed(line: Line) {
  expect(Object.keys(line).sort()).toEqual(LINE_KEYS);
  if (line.ok) {
    expect(line.error).toBeNull();
    expect(line.pages).toBeGreaterThan(0);
    expect(line.sha256).toMatch(/^[0-9a-f]{64}$/);
  } else {
    expect(line.pages).toBeNull();
    expect(line.error).toMatch(VIETNAMESE_RE);
  }
}

describe('docs:check CLI', { timeout: 120_000 }, () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'docs-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints one JSON line per corpus PDF, in name order, with the right hashes', async () => {
    const run = await runCli([corpusDir]);
    console.info(`docs:check over the corpus (${run.lines.length} files): ${Math.round(run.ms)} ms`);
    expect(run.code).toBe(0);
    const pdfs = readdirSync(corpusDir)
      .filter((n) => /\.pdf$/i.test(n))
      .sort();
    expect(run.lines.map((l) => path.basename(l.file))).toEqual(pdfs);
    for (const line of run.lines) {
      expectWellFormed(line);
      expect(line.sha256).toBe(sha256Of(line.file));
    }
    expect(run.lines.filter((l) => !l.ok).map((l) => path.basename(l.file))).toEqual(CORPUS_REFUSED);
    const encrypted = run.lines.find((l) => l.file.endsWith('issue3371.pdf'));
    expect(encrypted?.error).toContain('mật khẩu');
    expect(run.lines.find((l) => l.file.endsWith('freeculture.pdf'))?.pages).toBe(352);
  });

  it('walks folders for *.pdf in any case, checks explicit files of any extension, reports missing paths', async () => {
    const docs = path.join(tmp, 'ho-so');
    mkdirSync(path.join(docs, 'sub', 'deeper'), { recursive: true });
    copyFileSync(path.join(corpusDir, 'basicapi.pdf'), path.join(docs, 'A.PDF'));
    copyFileSync(path.join(corpusDir, 'alphatrans.pdf'), path.join(docs, 'sub', 'deeper', 'b.pdf'));
    writeFileSync(path.join(docs, 'sub', 'notes.txt'), 'ghi chú');
    writeFileSync(path.join(docs, 'sub', 'fake.pdf'), 'không phải PDF');
    // A link back up the tree must not make the walk endless.
    symlinkSync(docs, path.join(docs, 'sub', 'loop'), 'dir');
    const missing = path.join(tmp, 'khong-co.pdf');

    // Several lanes finish out of order; the output must still follow the argument/walk order.
    const run = await runCli(['--concurrency', '3', docs, path.join(docs, 'sub', 'notes.txt'), missing]);
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => path.relative(tmp, l.file))).toEqual([
      path.join('ho-so', 'A.PDF'),
      path.join('ho-so', 'sub', 'deeper', 'b.pdf'),
      path.join('ho-so', 'sub', 'fake.pdf'),
      path.join('ho-so', 'sub', 'notes.txt'),
      'khong-co.pdf',
    ]);
    run.lines.forEach(expectWellFormed);
    const [a, b, fake, notes, gone] = run.lines;
    expect([a?.ok, a?.pages, b?.ok, b?.pages]).toEqual([true, 3, true, 1]);
    expect(fake?.error).toContain('Tệp không phải là PDF hợp lệ');
    expect(fake?.sha256).toBe(sha256Of(path.join(docs, 'sub', 'fake.pdf')));
    expect(notes?.ok).toBe(false);
    expect(notes?.sha256).toBe(sha256Of(path.join(docs, 'sub', 'notes.txt')));
    expect(gone).toEqual({
      file: missing,
      ok: false,
      pages: null,
      sha256: null,
      error: `Không tìm thấy tệp hoặc thư mục: ${missing}.`,
      errorEn: `No such file or folder: ${missing}.`,
    });
  });

  it("applies --timeout-ms per file and reports the timeout as the file's result, not a tool failure", async () => {
    const run = await runCli(['--timeout-ms', '1', '--concurrency', '1', path.join(corpusDir, 'freeculture.pdf')]);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]?.ok).toBe(false);
    expect(run.lines[0]?.error).toContain('thời gian cho phép');
    expect(run.lines[0]?.sha256).toBe(sha256Of(path.join(corpusDir, 'freeculture.pdf')));
  });

  it('exits 2 with a message on stderr for bad arguments', async () => {
    for (const args of [[], ['--timeout-ms', 'abc', corpusDir], ['--concurrency', '0', corpusDir], ['--no-such-flag', corpusDir]]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/docs:check/);
    }
  });

  it('exits 2 for a path it cannot read (a FIFO would block a reader forever) and still checks the rest', async () => {
    const fifo = path.join(tmp, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli([fifo, path.join(corpusDir, 'alphatrans.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Không đọc được tệp hoặc thư mục: ${fifo} (không phải tệp thông thường).`);
    expect(run.lines.map((l) => [path.basename(l.file), l.ok])).toEqual([
      ['pipe.pdf', false],
      ['alphatrans.pdf', true],
    ]);
    expect(run.lines[0]?.sha256).toBeNull();
  });

  // Root reads everything whatever the mode bits, so the case can only be produced as another user.
  it.skipIf(process.getuid?.() === 0)('exits 2 but still reports the other files when a folder is unreadable', async () => {
    const locked = path.join(tmp, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    const run = await runCli([locked, path.join(corpusDir, 'alphatrans.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('locked');
    expect(run.lines.map((l) => l.ok)).toEqual([false, true]);
  });
});
