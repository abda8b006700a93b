#!/usr/bin/env node
// Validates the electron-builder configuration against electron-builder's own schema, offline.
// Packaging itself needs the Electron binary and runs on a connected machine: `npm run package`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
const config = JSON.parse(readFileSync(join(repoRoot, 'build', 'electron-builder.json'), 'utf8'));
const debug = {
  isEnabled: false,
  add() {},
  save() {
    return Promise.resolve();
  },
};
try {
  await validateConfiguration(config, debug);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!pkg.main?.startsWith('dist/electron/')) throw new Error(`package.json "main" must point into dist/electron (is ${pkg.main})`);
  console.log('electron-builder config: valid');
} catch (e) {
  console.error(`electron-builder config invalid: ${e.message}`);
  process.exit(1);
}
