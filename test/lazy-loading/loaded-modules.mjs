// Which prompt, browser or PDF code a run of the built CLI loads (issue 7, SPEC 9).
//
//   node test/lazy-loading/loaded-modules.mjs --help validate   → {"--help": [], "validate": []}
//
// Each command runs as `node --import record-loads.mjs bin/lnhs.cjs …` (on plans/example when it
// takes a workspace). A loaded file counts as heavy when it is a package for prompts or browsers,
// or a bundle built from such a package or from lnhs's own init, PDF or Chrome modules — esbuild's
// metafile (dist/meta.json) says which inputs went into each bundle. bin/lnhs.cjs runs the
// command-line bundles (dist/*.cjs) itself and puts them into the require cache, where the
// preload finds them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const preload = path.join(root, 'test', 'lazy-loading', 'record-loads.mjs');

/** Packages whose loading means prompt or browser code. */
const HEAVY_PACKAGE = /(^|[\\/])node_modules[\\/](@inquirer[\\/]|inquirer[\\/]|playwright-core[\\/]|playwright[\\/]|puppeteer[^\\/]*[\\/])/;
/** Inputs of the bundle that are prompt, browser, PDF or Word code (issue 15: Word output is loaded only for `--format docx`). */
const HEAVY_INPUT = /^(src\/init\/|src\/cli\/commands\/init\.ts$|src\/output\/(pdf|chrome|docx)\.ts$|src\/workspace\/reference-docx\.ts$)|(^|\/)node_modules\/(@inquirer|inquirer|playwright-core|playwright|puppeteer[^/]*|docx|fflate)\//;

/** Every module (URL or path) a run of `node … <argv>` loads. */
export function recordLoads(argv, { cwd = root, bin = path.join(root, 'bin', 'lnhs.cjs') } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lnhs-loads-'));
  const file = path.join(dir, 'loads.txt');
  try {
    const run = spawnSync(process.execPath, ['--import', preload, ...(bin ? [bin] : []), ...argv], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LNHS_RECORD_LOADS: file, NO_COLOR: '1' },
    });
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* nothing recorded */
    }
    return { status: run.status, stderr: run.stderr, loads: [...new Set(text.split('\n').filter(Boolean))] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let meta;
function chunkInputs(distFile) {
  meta ??= JSON.parse(readFileSync(path.join(root, 'dist', 'meta.json'), 'utf8'));
  const key = path.relative(root, distFile).split(path.sep).join('/');
  const output = meta.outputs[key];
  if (!output) throw new Error(`${key} is not in dist/meta.json: rebuild with \`npm run build\``);
  return Object.keys(output.inputs);
}

/** The loaded modules that are prompt, browser or PDF code, each with the reason. */
export function heavyModules(loads) {
  const heavy = [];
  const dist = path.join(root, 'dist') + path.sep;
  for (const entry of loads) {
    const file = entry.startsWith('file:') ? fileURLToPath(entry) : entry;
    if (HEAVY_PACKAGE.test(file)) {
      heavy.push(path.relative(root, file));
    } else if (file.startsWith(dist) && /\.c?js$/.test(file)) {
      const bad = chunkInputs(file).filter((input) => HEAVY_INPUT.test(input));
      if (bad.length) heavy.push(`${path.relative(root, file)} (${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ', …' : ''})`);
    }
  }
  return heavy;
}

/** The loaded bundle chunks with an input that matches `input` (a RegExp over esbuild's input paths). */
export function chunksWithInput(loads, input) {
  const dist = path.join(root, 'dist') + path.sep;
  return loads
    .map((entry) => (entry.startsWith('file:') ? fileURLToPath(entry) : entry))
    .filter((file) => file.startsWith(dist) && /\.c?js$/.test(file) && chunkInputs(file).some((i) => input.test(i)))
    .map((file) => path.relative(root, file));
}

/** The argv of a command name from the command line of this script. */
export function commandArgv(command) {
  if (command === '--help') return ['--help'];
  return [command, path.join(root, 'plans', 'example')];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = {};
  for (const command of process.argv.slice(2)) {
    const run = recordLoads(commandArgv(command));
    if (run.status !== 0) {
      console.error(`lnhs ${command} exited ${run.status}: ${run.stderr}`);
      process.exit(1);
    }
    out[command] = heavyModules(run.loads);
  }
  console.log(JSON.stringify(out));
}
