// `npm run bench` is a benchmark, not a test, but it must keep running: it goes through the built
// binary and the lazy-loading probe, which change with the build (issue 7), on every tested Node
// version (issue 17). One round, no large workspaces, nothing installed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTED_MAJORS } from '../../scripts/node-versions.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const escape = (s: string) => s.replace(/[().+^$|?*[\]\\]/g, '\\$&');

describe('scripts/bench.mjs', () => {
  it('prints every figure of the example beside its reference, on each tested Node version', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench.mjs'), '--runs', '1', '--no-large', '--no-install'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const current = Number(process.versions.node.split('.')[0]);
    for (const major of TESTED_MAJORS) {
      const label = `Node ${major}\\.\\d+\\.\\d+`;
      expect(out).toMatch(new RegExp(`^\\| ${label}: \`node -e ''\` \\| \\d+ ms \\| {2}\\| 1\\.00 \\| reference \\|`, 'm'));
      const loader = major === current && major < 22 ? "the build's V8 code cache" : "Node's compile cache";
      const figures = [`\`lnhs generate plans/example\` (md + html; ${loader})`];
      if (major === current) figures.push('`lnhs --help`', '`lnhs validate plans/example`');
      else figures.push('`lnhs generate plans/example` (the V8 code cache instead)');
      for (const figure of figures) {
        expect(out).toMatch(new RegExp(`^\\| ${label}: ${escape(figure)} \\| \\d+ ms \\| \`node -e ''\` \\| \\d+\\.\\d\\d \\|`, 'm'));
      }
      expect(out).toMatch(
        new RegExp(`^\\| ${label}: \`lnhs generate plans/example\` vs pandoc \\| \\d+ ms \\| \\d+ ms \\| \\d+\\.\\d\\d \\| < 1 \\| (yes|no) \\|$|^\\| ${label}: \`pandoc -s plan\\.md\` \\| absent \\|`, 'm'),
      );
    }
    expect(out).toContain('| `lnhs --help` loads prompt, browser or PDF code | none |  |  | none | yes |');
    expect(out).toContain('| `lnhs validate` loads prompt, browser or PDF code | none |  |  | none | yes |');
  }, 180_000);
});
