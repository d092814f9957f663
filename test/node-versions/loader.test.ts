// Which cache bin/lnhs.cjs loads its bundles with (issue 17: "whichever measures better on each
// version"): the build's V8 code cache whenever one was made by the V8 that runs it, Node's own
// compile cache on 22/24 otherwise, and never a cache made by another V8. The bin is copied with
// the main bundle into a folder of its own, so the caches planted here touch no other test.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testedNodes } from '../../scripts/node-versions.mjs';
import { REPO } from '../ci/example.js';
import { testdir } from '../helpers/testdir.js';

/** A copy of bin/ and dist/cli.cjs; `caches` names the V8 versions to plant a cache for. */
function install(caches: string[]): string {
  const root = testdir({});
  mkdirSync(path.join(root, 'bin'));
  mkdirSync(path.join(root, 'dist'));
  copyFileSync(path.join(REPO, 'bin', 'lnhs.cjs'), path.join(root, 'bin', 'lnhs.cjs'));
  copyFileSync(path.join(REPO, 'dist', 'cli.cjs'), path.join(root, 'dist', 'cli.cjs'));
  // V8 rejects a cache that is not its own and compiles as usual; what matters is the path taken
  for (const v8 of caches) writeFileSync(path.join(root, 'dist', `cli.cjs.${v8}.cache`), 'not a real cache');
  return root;
}

/** 'vm' when the bundle went through vm.Script (the V8 code cache path), 'require' otherwise. */
function loaderOf(node: string, root: string, env: NodeJS.ProcessEnv = {}): string {
  const script = `const b = require(${JSON.stringify(path.join(root, 'bin', 'lnhs.cjs'))}); b.load('cli.cjs'); process.stdout.write(b.compiled.size ? 'vm' : 'require')`;
  return execFileSync(node, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
}

const v8Of = (node: string) => execFileSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).trim();

describe('bin/lnhs.cjs chooses its cache per Node version', () => {
  const nodes = testedNodes();

  it.each(nodes.map((n) => [n.major, n.bin] as const))('Node %i: the V8 code cache when this V8 made one', (_major, bin) => {
    expect(loaderOf(bin, install([v8Of(bin)]))).toBe('vm');
  });

  it('Node 22 and 24 without a cache of their own V8 use Node\'s compile cache; Node 20 has only the V8 cache', () => {
    const seen = nodes.map(({ major, bin }) => {
      // a cache made by another Node's V8 is there, as in a clone built with Node 20
      const others = nodes.filter((n) => n.bin !== bin).map((n) => v8Of(n.bin));
      return [major, loaderOf(bin, install(others))];
    });
    expect(seen).toEqual([
      [20, 'vm'],
      [22, 'require'],
      [24, 'require'],
    ]);
  });

  it('LNHS_LOADER chooses: vm on any Node, compile where Node has a compile cache', () => {
    const seen = nodes.map(({ major, bin }) => {
      const root = install([v8Of(bin)]);
      return [major, loaderOf(bin, root, { LNHS_LOADER: 'vm' }), loaderOf(bin, root, { LNHS_LOADER: 'compile' })];
    });
    expect(seen).toEqual([
      [20, 'vm', 'vm'],
      [22, 'vm', 'require'],
      [24, 'vm', 'require'],
    ]);
  });
});
