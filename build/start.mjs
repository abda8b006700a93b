#!/usr/bin/env node
// `npm start`: the Electron app on the demo meeting; where the Electron binary is absent (an offline
// install), the same app served to a browser on localhost.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron, buildRenderer } from './build.mjs';
import { findElectronBinary, repoRoot } from './electron-binary.mjs';

const port = process.env.PORT ?? '5180';
const electron = findElectronBinary();
buildRenderer();

let child;
if ('path' in electron) {
  await buildElectron();
  child = spawn(electron.path, [repoRoot], { stdio: 'inherit' });
} else {
  console.log(
    `Electron không khả dụng (${electron.missing}); mở ứng dụng trong trình duyệt tại http://127.0.0.1:${port} — Electron unavailable, serving the app to a browser instead.`,
  );
  child = spawn(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'electron', 'laptop', 'host', 'cli.ts'), '--port', port],
    { stdio: 'inherit', cwd: repoRoot },
  );
}
const forward = (sig) => () => child.kill(sig);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
