// Finds the Electron binary WITHOUT require('electron'): from Electron 42 on, requiring it tries to
// download the binary, which an offline machine cannot do.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  const pkgDir = join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(pkgDir)) return { missing: 'the electron package is not installed' };
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary was not downloaded (offline install)' };
  const rel = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const bin = join(base, rel);
  return existsSync(bin) ? { path: bin } : { missing: `the Electron binary is missing at ${bin}` };
}
