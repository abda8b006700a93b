// `npm run docs:check -- [--timeout-ms N] [--concurrency N] <file or folder>...`
// Prints one JSON line per file on stdout; problems with the tool itself go to stderr with exit code 2.
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS } from './inspect';
import { runDocsCheck } from './docs-check';

const EXIT_OK = 0;
const EXIT_TOOL_FAILED = 2;
/** Each lane is a pdf.js thread with its own copy of the file; more than a few only adds memory. */
const MAX_CONCURRENCY = 8;
/** Measured on the corpus (2 cores, busy machine): 1 lane 6.0–7.9 s, 2 lanes 7.8–12 s. */
const DEFAULT_CONCURRENCY = 1;

const USAGE = `Cách dùng / Usage: npm run docs:check -- [--timeout-ms <ms>] [--concurrency <n>] <tệp hoặc thư mục>...
  --timeout-ms   giới hạn thời gian cho mỗi tệp / per-file time limit (mặc định / default ${DEFAULT_TIMEOUT_MS})
  --concurrency  số tệp kiểm tra cùng lúc / files checked at once (1-${MAX_CONCURRENCY}, mặc định / default ${DEFAULT_CONCURRENCY})
Mỗi tệp in ra một dòng JSON / one JSON line per file: {"file","ok","pages","sha256","error","errorEn"}`;

type Parsed = { paths: string[]; timeoutMs: number; concurrency: number } | { problem: string } | { help: true };

function positiveInt(raw: string | undefined, fallback: number, max: number, flag: string): number | string {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    return `Giá trị không hợp lệ cho ${flag}: "${raw}" (cần số nguyên từ 1 đến ${max}) / invalid value for ${flag}`;
  }
  return n;
}

function parse(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'timeout-ms': { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { problem: `Tham số không hợp lệ / invalid arguments: ${(e as Error).message}` };
  }
  if (parsed.values.help) return { help: true };
  const timeoutMs = positiveInt(parsed.values['timeout-ms'], DEFAULT_TIMEOUT_MS, 24 * 60 * 60 * 1000, '--timeout-ms');
  if (typeof timeoutMs === 'string') return { problem: timeoutMs };
  const concurrency = positiveInt(parsed.values.concurrency, DEFAULT_CONCURRENCY, MAX_CONCURRENCY, '--concurrency');
  if (typeof concurrency === 'string') return { problem: concurrency };
  if (parsed.positionals.length === 0) return { problem: 'Chưa chỉ ra tệp hoặc thư mục nào / no file or folder given' };
  return { paths: parsed.positionals, timeoutMs, concurrency };
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if ('help' in args) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if ('problem' in args) {
    process.stderr.write(`${args.problem}\n${USAGE}\n`);
    return EXIT_TOOL_FAILED;
  }
  // A closed pipe (`| head`) must end the run quietly, not crash it with EPIPE.
  process.stdout.on('error', () => process.exit(EXIT_OK));
  const summary = await runDocsCheck(
    args.paths,
    { timeoutMs: args.timeoutMs, concurrency: args.concurrency },
    (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
    (message) => process.stderr.write(`${message}\n`),
  );
  return summary.toolFailed ? EXIT_TOOL_FAILED : EXIT_OK;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`docs:check thất bại / failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT_TOOL_FAILED;
  },
);
