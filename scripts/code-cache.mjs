// Make V8's code cache for the command-line bundles (issue 7): run the everyday commands once,
// in this process, through bin/lnhs.cjs's loader, then save each bundle's compiled code beside it
// as dist/<bundle>.cache. A cache made after running holds the functions those runs compiled, so a
// later `lnhs generate` starts with them instead of parsing and compiling.
//
// Run by scripts/build.mjs; on its own: `node scripts/code-cache.mjs`. The runs cover the example
// workspace and a broken copy of it (so that the fallbacks — yaml, zod — are cached as well).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { load, compiled } = createRequire(import.meta.url)(path.join(root, 'bin', 'lnhs.cjs'));
const example = path.join(root, 'plans', 'example');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-code-cache-'));

try {
  // a copy with a schema error and a file that leaves the YAML fast path
  const broken = path.join(tmp, 'broken');
  cpSync(example, broken, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  writeFileSync(path.join(broken, 'meeting.yaml'), 'date: 2026-13-01\nplace: {name: "Valtuustosali"}\ntypo: 1\n');

  const out = path.join(tmp, 'out');
  const runs = [
    ['--help'],
    ['--version'],
    ['validate', example],
    ['validate', broken],
    ['generate', example, '--out', out],
    ['status', example],
    ['merge', example],
  ];
  const { run } = load('cli.cjs');
  const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
  for (const argv of runs) {
    const env = { ...process.env, NO_COLOR: '1' };
    await run(argv, { stdin: process.stdin, stdout: sink(), stderr: sink(), env, cwd: root });
  }

  for (const [name, script] of compiled) {
    writeFileSync(path.join(root, 'dist', `${name}.cache`), script.createCachedData());
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
