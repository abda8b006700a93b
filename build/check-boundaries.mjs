#!/usr/bin/env node
// Enforces the layout mechanically (README "Layout"):
// - shared/ is pure (no Node, DOM-only or Electron packages); renderer/ and electron/ never import each other;
//   nothing imports tests/.
// - electron/ holds three programs and what they share: shell/ (only files that import `electron`),
//   laptop/ (the laptop's services), relay/ (the LAN relay, reached from outside only through its entry
//   electron/relay/index.ts), common/ (what laptop and relay both need; imports neither).
// - A table is created by one DDL text only (CREATE TABLE x appears in one file).
// - No import cycles, type-only imports included.
// Type-level purity is enforced by each folder's tsconfig (lib/types).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG_RULES = {
  shared: /^(node:|electron$|react|better-sqlite3|ws$|pdfjs-dist|fs$|path$|crypto$)/,
  electron: /^(react|react-dom)$/,
  renderer: /^(node:|electron$|better-sqlite3|ws$|fs$|path$|crypto$|child_process$)/,
};
/** Which top-level folders (or electron programs) a folder may import. */
const ALLOWED = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  'electron/common': ['electron/common', 'shared'],
  'electron/relay': ['electron/relay', 'electron/common', 'shared'],
  // the laptop reaches the record program (minutes, exports, archive import in the app) only through its entry
  'electron/laptop': ['electron/laptop', 'electron/relay#entry', 'electron/record#entry', 'electron/common', 'shared'],
  // the record program (npm run record): reads a relay data dir through the relay's entry; PDF layout in common/pdf-layout
  'electron/record': ['electron/record', 'electron/relay#entry', 'electron/common', 'shared'],
  'electron/shell': ['electron/shell', 'electron/laptop', 'electron/common', 'shared'],
  tests: [
    'tests',
    'electron/laptop',
    'electron/relay',
    'electron/record',
    'electron/common',
    'electron/shell',
    'shared',
    'renderer',
    'seeds',
    'build',
  ],
  // the demo's generated PDFs use the same layout engine as the record program (electron/common/pdf-layout)
  seeds: ['seeds', 'electron/common', 'shared'],
};
const importRe = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) yield p;
  }
}

/** The area a repo-relative path belongs to: 'electron/relay', 'shared', ... (null for other folders). */
function areaOf(rel) {
  const parts = rel.split('/');
  if (parts[0] === 'electron') return parts.length > 2 ? `electron/${parts[1]}` : 'electron';
  return parts[0] in ALLOWED ? parts[0] : null;
}

function resolveImport(file, spec) {
  const base = resolve(dirname(file), spec);
  for (const e of EXTS) if (existsSync(base + e) && statSync(base + e).isFile()) return base + e;
  return null;
}

/** Every problem in the tree at `root`, as readable lines. */
export function checkTree(root) {
  const toRel = (p) => relative(root, p).split(sep).join('/');
  const problems = [];
  const graph = new Map();
  const ddl = new Map();
  const files = ['shared', 'renderer', 'electron', 'tests', 'seeds'].flatMap((top) => [...walk(join(root, top))]);
  for (const file of files) {
    const rel = toRel(file);
    const area = areaOf(rel);
    const top = rel.split('/')[0];
    const src = readFileSync(file, 'utf8');
    const edges = [];
    let importsElectron = false;
    for (const m of src.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) {
        if (spec === 'electron') importsElectron = true;
        const pkgRule = PKG_RULES[top];
        if (pkgRule?.test(spec)) problems.push(`${rel} imports '${spec}' (not allowed in ${top}/)`);
        continue;
      }
      const target = resolveImport(file, spec);
      if (!target) continue;
      const trel = toRel(target);
      edges.push(trel);
      const tarea = areaOf(trel);
      if (trel.startsWith('tests/') && top !== 'tests') problems.push(`${rel} imports ${spec} (nothing imports tests/)`);
      const allowed = area && ALLOWED[area];
      if (!allowed || !tarea || tarea === area) continue;
      if (allowed.includes(tarea)) continue;
      if (tarea === 'electron/relay' && allowed.includes('electron/relay#entry')) {
        if (trel === 'electron/relay/index.ts') continue;
        problems.push(`${rel} imports ${spec} (the relay is reached only through its entry electron/relay/index.ts)`);
        continue;
      }
      if (tarea === 'electron/record' && allowed.includes('electron/record#entry')) {
        if (trel === 'electron/record/index.ts') continue;
        problems.push(`${rel} imports ${spec} (the record program is reached only through its entry electron/record/index.ts)`);
        continue;
      }
      problems.push(`${rel} imports ${spec} (${area}/ must not import ${tarea}/)`);
    }
    graph.set(rel, edges);
    if (area === 'electron/shell' && !importsElectron) {
      problems.push(`${rel} is in electron/shell/ but does not import 'electron' (plain-Node code belongs in laptop/, relay/ or common/)`);
    }
    if (top === 'renderer' && /\.tsx?$/.test(rel)) {
      const line = vietnameseLiteralLine(src);
      if (line)
        problems.push(`${rel}:${line} has Vietnamese text in code: user-facing text lives in the i18n tables (shared/i18n/messages)`);
    }
    if (top === 'electron' || top === 'shared') {
      for (const m of src.matchAll(/CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][\w]*)/gi)) {
        const t = m[1].toLowerCase();
        if (!ddl.has(t)) ddl.set(t, new Set());
        ddl.get(t).add(rel);
      }
    }
  }
  for (const [table, where] of ddl) {
    if (where.size > 1)
      problems.push(`table ${table} is created in ${where.size} files (${[...where].join(', ')}): keep one DDL and import it`);
  }
  for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** Letters only Vietnamese text has (with its diacritics); plain ASCII identifiers and keys never do. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The first line with Vietnamese text outside comments (string literals, JSX text), or 0. */
function vietnameseLiteralLine(src) {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const lines = code.split('\n');
  const i = lines.findIndex((l) => VIETNAMESE.test(l));
  return i + 1;
}

/** Cycles in the import graph (Tarjan's strongly connected components; one readable path per component). */
function findCycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const cycles = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      const self = (graph.get(v) ?? []).includes(v);
      if (comp.length > 1 || self) cycles.push([...comp.reverse(), comp[0]]);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = checkTree(root);
  if (problems.length) {
    console.error(`Layering violations (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('boundaries: ok');
}
