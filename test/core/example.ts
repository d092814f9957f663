// Copies of plans/example for the core acceptance tests: each test damages or changes one file of
// its own copy, never the example itself. The copies are removed when the test process ends.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE = path.join(ROOT, 'plans/example');
export const JOINT = path.join(ROOT, 'test/fixtures/joint');

const created: string[] = [];
process.once('exit', () => {
  for (const d of created) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'lnhs-core-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A fresh copy of a workspace (default plans/example) without its `out/` folder. */
export function copyWorkspace(from = EXAMPLE): string {
  const dir = path.join(tempDir(), path.basename(from));
  cpSync(from, dir, { recursive: true, filter: (src) => path.relative(from, src) !== 'out' });
  return dir;
}

/** Read a file of a workspace as text. */
export function readText(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

/** Replace the first occurrence of `find` in a workspace file; fails loudly when it is not there. */
export function edit(dir: string, rel: string, find: string | RegExp, replace: string): string {
  const before = readText(dir, rel);
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`${rel}: ${String(find)} not found`);
  writeFileSync(path.join(dir, rel), after);
  return after;
}

/** The 1-based line on which `needle` first occurs in `text`. */
export function lineOf(text: string | Buffer, needle: string | Buffer): number {
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const at = buffer.indexOf(needle);
  if (at < 0) throw new Error(`${String(needle)} not found`);
  let line = 1;
  for (let i = 0; i < at; i++) if (buffer[i] === 0x0a) line++;
  return line;
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** A stack trace line, as Node prints them: "\n    at fn (file:1:2)". */
export const STACK_TRACE = /\n\s+at /;
