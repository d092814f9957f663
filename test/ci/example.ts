// Copies of the example workspace for tests that change or write into one. plans/example itself
// is never touched: every test works in its own temporary folder.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testdir } from '../helpers/testdir.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE = path.join(REPO, 'plans', 'example');

export interface ExampleCopy {
  /** the temporary folder, used as the cwd of the run */
  root: string;
  /** the workspace inside it: `<root>/ws` (or the `as` path given) */
  ws: string;
}

/** plans/example without its out/ folder, copied to `<tmp>/ws` (or `<tmp>/<as>`). */
export function copyExample(as = 'ws'): ExampleCopy {
  const root = testdir({});
  const ws = path.join(root, ...as.split('/'));
  cpSync(EXAMPLE, ws, {
    recursive: true,
    filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'out',
  });
  return { root, ws };
}

/** Replace `from` by `to` in a file of the workspace; fails loudly when `from` is not there. */
export function edit(ws: string, rel: string, from: string | RegExp, to: string): void {
  const file = path.join(ws, ...rel.split('/'));
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${rel}`);
  writeFileSync(file, next);
}

/** 1-based line of the first line of `rel` that equals `line`. */
export function lineOf(ws: string, rel: string, line: string): number {
  const lines = readFileSync(path.join(ws, ...rel.split('/')), 'utf8').split('\n');
  const i = lines.indexOf(line);
  if (i < 0) throw new Error(`lineOf: "${line}" not in ${rel}`);
  return i + 1;
}

/**
 * The example with one error and one warning: a misspelt quadrant in boards/sivistys.yaml
 * (`unknown-key`, with a "did you mean" hint) and no adopted vision in plan.yaml (`no-vision`).
 */
export function brokenExample(): ExampleCopy & { errorLine: number } {
  const copy = copyExample();
  edit(copy.ws, 'boards/sivistys.yaml', /^ {2}weaknesses:$/m, '  weaknesess:');
  removeVision(copy.ws);
  return { ...copy, errorLine: lineOf(copy.ws, 'boards/sivistys.yaml', '  weaknesess:') };
}

/** The example with only a warning: no adopted vision (exit 0, or 1 with --strict). */
export function warningExample(): ExampleCopy {
  const copy = copyExample();
  removeVision(copy.ws);
  return copy;
}

function removeVision(ws: string): void {
  edit(ws, 'plan.yaml', /^vision: >-\n(?: {2}.*\n)+/m, '');
}

export interface Snapshot {
  [name: string]: { bytes: Buffer; mtimeMs: number };
}

/** Every file below `dir` (relative names) with its bytes and modification time. */
export function snapshot(dir: string): Snapshot {
  const out: Snapshot = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else {
        const file = path.join(dir, rel);
        out[rel] = { bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs };
      }
    }
  };
  walk('');
  return out;
}
