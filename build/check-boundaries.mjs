#!/usr/bin/env node
// Enforces the layering mechanically: shared/ is pure, electron/ and renderer/ never import each other,
// and nothing imports tests/. Type-level purity is enforced by each folder's tsconfig (lib/types).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rules = {
  shared: { forbidDirs: ['electron', 'renderer', 'tests'], forbidPkgs: /^(node:|electron$|react|better-sqlite3|ws$|pdfjs-dist|fs$|path$|crypto$)/ },
  electron: { forbidDirs: ['renderer', 'tests'], forbidPkgs: /^(react|react-dom)$/ },
  renderer: { forbidDirs: ['electron', 'tests'], forbidPkgs: /^(node:|electron$|better-sqlite3|ws$|fs$|path$|crypto$|child_process$)/ },
};
const importRe = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) yield p;
  }
}

const problems = [];
for (const [top, rule] of Object.entries(rules)) {
  for (const file of walk(join(root, top))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec)).split(sep)[0];
        if (rule.forbidDirs.includes(target)) problems.push(`${relative(root, file)} imports ${spec} (${top}/ must not import ${target}/)`);
      } else if (rule.forbidPkgs.test(spec) && !(top === 'electron' && false)) {
        problems.push(`${relative(root, file)} imports '${spec}' (not allowed in ${top}/)`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Layering violations (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('boundaries: ok');
