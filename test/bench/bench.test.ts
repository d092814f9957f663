// `npm run bench` is a benchmark, not a test, but it must keep running: it goes through the built
// binary and the lazy-loading probe, which change with the build (issue 7). One round, no large
// workspaces, nothing installed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('scripts/bench.mjs', () => {
  it('prints every figure of the example beside its reference', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench.mjs'), '--runs', '1', '--no-large', '--no-install'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/^\| `node -e ''` \| \d+ ms \| {2}\| 1\.00 \| reference \|/m);
    for (const figure of ['`lnhs --help`', '`lnhs validate plans/example`', '`lnhs generate plans/example` (md + html)']) {
      expect(out).toMatch(new RegExp(`^\\| ${figure.replace(/[().+]/g, '\\$&')} \\| \\d+ ms \\| \`node -e ''\` \\| \\d+\\.\\d\\d \\|`, 'm'));
    }
    expect(out).toMatch(/^\| `lnhs generate plans\/example` vs pandoc \| \d+ ms \| \d+ ms \| \d+\.\d\d \| < 1 \| (yes|no) \|$|^\| `pandoc -s plan\.md` \| absent \|/m);
    expect(out).toContain('| `lnhs --help` loads prompt, browser or PDF code | none |  |  | none | yes |');
    expect(out).toContain('| `lnhs validate` loads prompt, browser or PDF code | none |  |  | none | yes |');
  }, 120_000);
});
