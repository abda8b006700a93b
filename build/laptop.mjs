#!/usr/bin/env node
// `npm run laptop -- --data <dir> --port <port> [--no-demo] [...]`: one more laptop on this machine, in
// browser mode (demos, training, tests): its own data folder, its own port. A folder that another running
// laptop service holds is refused. The renderer is built once if it is missing (`--rebuild` forces it).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer } from './build.mjs';
import { repoRoot } from './electron-binary.mjs';

const USAGE = `Usage: npm run laptop -- --data <dir> --port <port> [--no-demo] [--relay-bind <addr>] [--rebuild]
  Chạy thêm một máy đại biểu trên máy này (chế độ trình duyệt) — one more laptop on this machine (browser mode).
  --data   thư mục dữ liệu riêng của máy này — this laptop's own data folder (one running service per folder)
  --port   cổng phục vụ giao diện — the port its UI is served on (open http://127.0.0.1:<port>)`;

const args = process.argv.slice(2);
if (args.includes('--help') || !args.includes('--data') || !args.includes('--port')) {
  console.log(USAGE);
  process.exit(args.includes('--help') ? 0 : 2);
}
const rebuild = args.includes('--rebuild');
if (rebuild || !existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) buildRenderer();
const child = spawn(
  process.execPath,
  [
    join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    join(repoRoot, 'electron', 'laptop', 'host', 'cli.ts'),
    ...args.filter((a) => a !== '--rebuild'),
  ],
  { stdio: 'inherit', cwd: repoRoot },
);
const forward = (sig) => () => child.kill(sig);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
