import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { AppError } from '../../shared/util/result';
import { appError } from '../../shared/util/result';
import { snapshotDatabase } from '../relay';
import { buildArchive } from './archive';
import { readRelayData } from './data-dir';
import { buildExportFiles } from './exports';
import { renderMinutesDocx } from './minutes-docx';
import { buildMinutes, minutesEdition } from './minutes-model';
import { renderMinutesPdf } from './minutes-pdf';
import type { Out } from './say';
import { both, sayError } from './say';
import { runImport } from './import-cmd';
import { EXIT_OK, EXIT_UNREADABLE, runVerify } from './verify-cmd';

/*
 * npm run record -- verify   --data <dir> | --archive <file>
 *                   minutes  --data <dir> [--meeting <id>] --out <file.pdf|.docx|.json> [--province <name>] [--version <n>]
 *                   export   --data <dir> [--meeting <id>] --out <dir>
 *                   archive  --data <dir> [--meeting <id>] --out <file.tar.gz>
 *                   import   --archive <file.tar.gz> --out <empty dir>   (verifies first; read-only copy)
 * Exit codes: 0 ok, 1 the log is broken (verify), 2 unreadable input or a usage error.
 */

type Opts = { data?: string; archive?: string; meeting?: string; out?: string; province?: string; version?: string };
const OPTION_NAMES = ['data', 'archive', 'meeting', 'out', 'province', 'version'] as const;

function parseArgs(args: readonly string[]): { command: string | undefined; opts: Opts } | { error: AppError } {
  const [command, ...rest] = args;
  const opts: Opts = {};
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i]!.replace(/^--/, '');
    const value = rest[i + 1];
    if (
      !rest[i]!.startsWith('--') ||
      !(OPTION_NAMES as readonly string[]).includes(name) ||
      value === undefined ||
      value.startsWith('--')
    ) {
      return { error: appError('invalid_input', 'record.cli.badOption', { option: rest[i]! }) };
    }
    opts[name as (typeof OPTION_NAMES)[number]] = value;
  }
  return { command, opts };
}

function outFile(opts: Opts, exts: readonly string[]): { file: string } | { error: AppError } {
  if (!opts.out) return { error: appError('invalid_input', 'record.cli.outMissing') };
  const file = resolve(opts.out);
  const ext = file.endsWith('.tar.gz') ? '.tar.gz' : extname(file).toLowerCase();
  if (!exts.includes(ext)) return { error: appError('invalid_input', 'record.cli.outBadExt', { exts: exts.join(', '), file }) };
  if (!existsSync(dirname(file))) return { error: appError('not_found', 'record.cli.outDirMissing', { dir: dirname(file) }) };
  return { file };
}

function write(out: Out, file: string, data: Uint8Array): boolean {
  try {
    writeFileSync(file, data);
    out.line(both('record.cli.wrote', { file }));
    return true;
  } catch (e) {
    sayError(out, appError('internal', 'record.cli.writeFailed', { file, detail: (e as Error).message }));
    return false;
  }
}

export async function runRecordCli(args: readonly string[], out: Out): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    sayError(out, parsed.error);
    out.err(both('record.cli.usage'));
    return EXIT_UNREADABLE;
  }
  const { command, opts } = parsed;
  if (command === 'verify') return runVerify(out, opts);
  if (command === 'import') return runImport(out, opts);
  if (command !== 'minutes' && command !== 'export' && command !== 'archive') {
    if (command && command !== 'help' && command !== '--help')
      sayError(out, appError('invalid_input', 'record.cli.unknownCommand', { command }));
    out.err(both('record.cli.usage'));
    return command === 'help' || command === '--help' ? EXIT_OK : EXIT_UNREADABLE;
  }
  const data = readRelayData(opts.data, opts.meeting);
  if (!data.ok) {
    sayError(out, data.error);
    return EXIT_UNREADABLE;
  }
  // --version n: an earlier version of the minutes (every version is kept); default the latest.
  const version = opts.version === undefined ? undefined : Number(opts.version);
  if (version !== undefined && !minutesEdition(data.value.rows, version)) {
    sayError(out, appError('not_found', 'record.cli.noSuchVersion', { version: opts.version ?? '' }));
    return EXIT_UNREADABLE;
  }
  const minutes = buildMinutes(data.value.pkg, data.value.rows, {
    ...(opts.province !== undefined ? { province: opts.province } : {}),
    ...(version !== undefined ? { version } : {}),
  });

  if (command === 'minutes') {
    const target = outFile(opts, ['.pdf', '.docx', '.json']);
    if ('error' in target) {
      sayError(out, target.error);
      return EXIT_UNREADABLE;
    }
    const ext = extname(target.file).toLowerCase();
    const bytes =
      ext === '.pdf'
        ? await renderMinutesPdf(minutes)
        : ext === '.docx'
          ? await renderMinutesDocx(minutes)
          : new Uint8Array(Buffer.from(JSON.stringify(minutes, null, 2), 'utf8'));
    return write(out, target.file, bytes) ? EXIT_OK : EXIT_UNREADABLE;
  }
  if (command === 'export') {
    if (!opts.out) {
      sayError(out, appError('invalid_input', 'record.cli.outMissing'));
      return EXIT_UNREADABLE;
    }
    const dir = resolve(opts.out);
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      sayError(out, appError('invalid_input', 'record.cli.dataNotDir', { dir }));
      return EXIT_UNREADABLE;
    }
    mkdirSync(dir, { recursive: true });
    for (const f of await buildExportFiles(minutes)) if (!write(out, join(dir, f.name), f.data)) return EXIT_UNREADABLE;
    return EXIT_OK;
  }
  const target = outFile(opts, ['.tar.gz', '.tgz']);
  if ('error' in target) {
    sayError(out, target.error);
    return EXIT_UNREADABLE;
  }
  const archive = await buildArchive(data.value, minutes, snapshotDatabase(data.value.dbFile), new Date());
  return write(out, target.file, archive) ? EXIT_OK : EXIT_UNREADABLE;
}
