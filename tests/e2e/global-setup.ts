import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/laptop';

/** Builds the renderer once for all e2e tests (the laptops serve dist/renderer). */
export default function globalSetup(): void {
  if (process.env.PHG_SKIP_RENDERER_BUILD === '1') return;
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
