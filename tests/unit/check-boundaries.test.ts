import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { checkTree } from '../../build/check-boundaries.mjs';

const check = checkTree as (root: string) => string[];
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let root = '';

function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'phg-boundaries-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** A tree that follows every rule; each case adds one violation to it. */
const CLEAN = {
  'shared/model.ts': 'export type Id = string;\n',
  'electron/common/db.ts':
    "import type { Id } from '../../shared/model';\nexport const DDL = 'CREATE TABLE things (id TEXT)';\nexport type X = Id;\n",
  'electron/relay/index.ts': "export { createRelay } from './relay';\n",
  'electron/relay/relay.ts': "import { DDL } from '../common/db';\nexport const createRelay = () => DDL;\n",
  'electron/laptop/host.ts': "import { createRelay } from '../relay';\nexport const host = () => createRelay();\n",
  'electron/shell/index.ts':
    "import { app } from 'electron';\nimport { host } from '../laptop/host';\nexport const boot = () => [app, host];\n",
};

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

describe('build/check-boundaries.mjs', () => {
  it('passes on this repository', () => {
    expect(check(repoRoot)).toEqual([]);
  });

  it('passes on a tree that follows the rules', () => {
    expect(check(tree(CLEAN))).toEqual([]);
  });

  it('fails on a relay -> laptop import', () => {
    const problems = check(
      tree({ ...CLEAN, 'electron/relay/demo.ts': "import { host } from '../laptop/host';\nexport const d = host;\n" }),
    );
    expect(problems.join('\n')).toMatch(
      /electron\/relay\/demo\.ts imports \.\.\/laptop\/host \(electron\/relay\/ must not import electron\/laptop\/\)/,
    );
  });

  it('fails on a laptop import that bypasses the relay entry', () => {
    const problems = check(
      tree({ ...CLEAN, 'electron/laptop/deep.ts': "import { createRelay } from '../relay/relay';\nexport const d = createRelay;\n" }),
    );
    expect(problems.join('\n')).toMatch(/only through its entry/);
  });

  it('fails on a shell file that does not need electron', () => {
    const problems = check(tree({ ...CLEAN, 'electron/shell/util.ts': 'export const twice = (n: number) => 2 * n;\n' }));
    expect(problems.join('\n')).toMatch(/electron\/shell\/util\.ts is in electron\/shell\/ but does not import 'electron'/);
  });

  it('fails on Vietnamese text in renderer code, not in its comments', () => {
    const commented = "// Hiển thị danh sách\n/** Chương trình họp */\nexport const title = 'agenda.title';\n";
    expect(check(tree({ ...CLEAN, 'renderer/list.tsx': commented }))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
    const problems = check(tree({ ...CLEAN, 'renderer/list.tsx': commented + "export const label = 'Chương trình';\n" }));
    expect(problems.join('\n')).toMatch(/renderer\/list\.tsx:4 has Vietnamese text in code/);
  });

  it('fails on a copied DDL', () => {
    const problems = check(tree({ ...CLEAN, 'electron/relay/migrations.ts': "export const M = 'CREATE TABLE things (id TEXT)';\n" }));
    expect(problems.join('\n')).toMatch(/table things is created in 2 files/);
  });

  it('fails on an import cycle made of type-only imports', () => {
    const problems = check(
      tree({
        ...CLEAN,
        'electron/laptop/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
        'electron/laptop/b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
      }),
    );
    expect(problems.join('\n')).toMatch(/import cycle: electron\/laptop\/(a|b)\.ts -> electron\/laptop\/(a|b)\.ts -> /);
  });

  it('fails when shared/ imports Node or a program', () => {
    const problems = check(
      tree({
        ...CLEAN,
        'shared/bad.ts':
          "import { readFileSync } from 'node:fs';\nimport { host } from '../electron/laptop/host';\nexport const x = [readFileSync, host];\n",
      }),
    );
    expect(problems.join('\n')).toMatch(/shared\/bad\.ts imports 'node:fs'/);
    expect(problems.join('\n')).toMatch(/shared\/ must not import electron\/laptop\//);
  });
});
