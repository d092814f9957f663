// The shape of src/ (issue 17): no import cycle between its modules, type-only imports included
// (a type cycle still ties two modules' meaning together), and no file above MAX_LINES.
//
//   node scripts/check-structure.mjs          → exit 1 and a list of what is wrong
//   node scripts/check-structure.mjs --graph  → the import graph as JSON, for drawing
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 400;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, after comments are gone
const SPECIFIER = /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

/** The modules of src/ that `file` imports (relative specifiers only; packages are not ours). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out = new Set();
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    out.add(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return [...out];
}

/** The import graph of src/: module → the modules it imports, as paths relative to the root. */
export function importGraph(src = path.join(root, 'src')) {
  const rel = (p) => path.relative(root, p).split(path.sep).join('/');
  const graph = new Map();
  for (const file of tsFiles(src).sort()) graph.set(rel(file), importsOf(file).map(rel).sort());
  return graph;
}

/** Every import cycle, as the strongly connected components of more than one module (or a module importing itself). */
export function cycles(graph) {
  // Tarjan's algorithm
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

/** Files of src/ above MAX_LINES, with their line counts. */
export function longFiles(src = path.join(root, 'src')) {
  return tsFiles(src)
    .map((file) => ({ file: path.relative(root, file).split(path.sep).join('/'), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > MAX_LINES)
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  if (process.argv.includes('--graph')) {
    console.log(JSON.stringify(Object.fromEntries(graph), null, 2));
    process.exit(0);
  }
  const problems = [
    ...cycles(graph).map((c) => `import cycle: ${c.join(' → ')}`),
    ...longFiles().map((f) => `${f.file}: ${f.lines} lines (at most ${MAX_LINES})`),
  ];
  for (const p of problems) console.error(p);
  if (problems.length === 0) console.log(`src/: ${graph.size} modules, no import cycle, none above ${MAX_LINES} lines`);
  process.exit(problems.length ? 1 : 0);
}
