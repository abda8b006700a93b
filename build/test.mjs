#!/usr/bin/env node
// `npm test`: every check, in order of speed. All steps run even if one fails, so a CI log shows
// everything that is broken at once; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './electron-binary.mjs';

const bin = (pkg, rel) => join(repoRoot, 'node_modules', pkg, rel);
const steps = [
  ['types (root)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['types (shared: pure)', [bin('typescript', 'bin/tsc'), '-p', 'shared/tsconfig.json', '--noEmit']],
  ['types (renderer: no Node)', [bin('typescript', 'bin/tsc'), '-p', 'renderer/tsconfig.json', '--noEmit']],
  ['types (electron: no DOM)', [bin('typescript', 'bin/tsc'), '-p', 'electron/tsconfig.json', '--noEmit']],
  ['layer boundaries', [join(repoRoot, 'build', 'check-boundaries.mjs')]],
  ['lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']],
  [
    'format (prettier --check)',
    [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '**/*.{ts,tsx,mts,mjs,js,css,json}'],
  ],
  ['packaging config', [join(repoRoot, 'build', 'package-check.mjs')]],
  ['unit + integration (vitest)', [bin('vitest', 'vitest.mjs'), 'run']],
  ['end-to-end (playwright, Chromium)', [bin('@playwright/test', 'cli.js'), 'test']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  results.push({ name, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
