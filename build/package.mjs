#!/usr/bin/env node
// `npm run package` (on a machine that can download Electron): builds and packages the app.
// npm_config_nodedir would make electron-builder's native rebuild target Node instead of Electron, and
// better-sqlite3 would then crash at start: it is removed from the environment for this step only.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron, buildRenderer } from './build.mjs';
import { repoRoot } from './electron-binary.mjs';

// electron-builder 26 and @electron/rebuild declare node >= 22.12 (see .npmrc): refuse early and say why.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Đóng gói cần Node >= 22.12 (đang dùng ${process.versions.node}) — packaging needs Node >= 22.12 (electron-builder, @electron/rebuild).`,
  );
  process.exit(2);
}

buildRenderer();
await buildElectron();
const env = { ...process.env };
for (const k of Object.keys(env)) if (k.toLowerCase() === 'npm_config_nodedir') delete env[k];
const r = spawnSync(
  process.execPath,
  [
    join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
    '--config',
    join(repoRoot, 'build', 'electron-builder.json'),
    ...process.argv.slice(2),
  ],
  { cwd: repoRoot, stdio: 'inherit', env },
);
process.exit(r.status ?? 1);
