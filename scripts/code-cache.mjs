// Make V8's code cache for the command-line bundles (issue 7): run the everyday commands once,
// in this process, through bin/lnhs.cjs's loader, then save each bundle's compiled code beside it
// as dist/<bundle>.<V8 version>.cache, which only the same V8 reads (issue 17). bin/lnhs.cjs uses
// it on any Node whose V8 made it (it measured faster than Node 22/24's own compile cache) and
// Node's compile cache on 22/24 otherwise. A cache made after running holds the functions those runs compiled, so a
// later `lnhs generate` starts with them instead of parsing and compiling.
//
// Run by scripts/build.mjs; on its own: `node scripts/code-cache.mjs`. The runs cover the example
// workspace and two copies of it, one broken and one with an e-mail address in an item, so that
// the fallbacks (yaml, marked) and zod's error paths are cached as well.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the vm.Script loader, whose compiled scripts are what is saved, on every Node version
process.env.LNHS_LOADER = 'vm';
const { load, compiled } = createRequire(import.meta.url)(path.join(root, 'bin', 'lnhs.cjs'));
const example = path.join(root, 'plans', 'example');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-code-cache-'));

try {
  // a copy with a schema error and a file that leaves the YAML fast path
  const broken = path.join(tmp, 'broken');
  cpSync(example, broken, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  writeFileSync(path.join(broken, 'meeting.yaml'), 'date: 2026-13-01\nplace: {name: "Valtuustosali"}\ntypo: 1\n');

  // a valid copy whose documents leave the Markdown fast path (an e-mail address is an autolink)
  const unusual = path.join(tmp, 'unusual');
  cpSync(example, unusual, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  const board = path.join(unusual, 'boards', 'sivistys.yaml');
  writeFileSync(board, readFileSync(board, 'utf8').replace(/^(\s+- text: .*)$/m, '$1 (kirjaamo@example.fi)'));

  const out = path.join(tmp, 'out');
  // each command with the exit code it must give: a run that fails early would cache little
  const runs = [
    [0, '--help'],
    [0, '--version'],
    [0, 'validate', example],
    [1, 'validate', broken],
    [0, 'generate', example, '--out', out],
    [0, 'generate', unusual, '--out', out],
    [0, 'generate', example, '--out', out, '--format', 'docx'],
    [0, 'status', example],
    [0, 'merge', example],
    [0, 'merge', example, '--format', 'yaml'],
    [0, 'schema', 'board'],
  ];
  const { run } = load('cli.cjs');
  for (const [expected, ...argv] of runs) {
    const output = [];
    const sink = () => new Writable({ write: (chunk, _enc, done) => done(void output.push(String(chunk))) });
    const env = { ...process.env, NO_COLOR: '1' };
    const code = await run(argv, { stdin: process.stdin, stdout: sink(), stderr: sink(), env, cwd: root });
    if (code !== expected) throw new Error(`code cache: \`lnhs ${argv.join(' ')}\` exited ${code}, not ${expected}:\n${output.join('')}`);
  }
  for (const bundle of ['cli-lazy-yaml.cjs', 'cli-lazy-zod.cjs', 'cli-lazy-marked.cjs']) {
    if (!compiled.has(bundle)) throw new Error(`code cache: no run loaded ${bundle}`);
  }

  for (const [name, script] of compiled) {
    writeFileSync(path.join(root, 'dist', `${name}.${process.versions.v8}.cache`), script.createCachedData());
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
