// The example's outputs are the same bytes on every tested Node version (issue 17): the built
// binary generates plans/example as Markdown, HTML, the calendar and Word on Node 20, 22 and 24,
// and every file is compared byte for byte. Different V8s could differ in sorting, number
// formatting, regular expressions or Intl; a user must get the same plan whichever Node runs it.
// PDF is left out: its bytes come from Chromium, not from Node.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTED_MAJORS, testedNodes } from '../../scripts/node-versions.mjs';
import { REPO } from '../ci/example.js';
import { testdir } from '../helpers/testdir.js';

const BIN = path.join(REPO, 'bin', 'lnhs.cjs');
const FILES = ['agenda.docx', 'agenda.html', 'agenda.ics', 'agenda.md', 'plan.docx', 'plan.html', 'plan.md'];

describe('plans/example on Node 20, 22 and 24', () => {
  it('gives byte-identical md, html, ics and docx on each', () => {
    const nodes = testedNodes();
    expect(nodes.map((n) => n.major)).toEqual([20, 22, 24]);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C', LC_ALL: 'C', TZ: 'Europe/Helsinki' };
    const outputs = nodes.map(({ major, bin }) => {
      // the binary is the Node it claims to be
      expect(execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()).toMatch(new RegExp(`^${major}\\.`));
      const out = path.join(testdir({}), `node${major}`);
      execFileSync(bin, [BIN, 'generate', 'plans/example', '--format', 'md,html,docx', '--out', out, '--quiet'], { cwd: REPO, env, stdio: 'pipe' });
      expect(readdirSync(out).sort(), `Node ${major}`).toEqual(FILES);
      return { major, files: new Map(FILES.map((f) => [f, readFileSync(path.join(out, f))])) };
    });
    const [first, ...others] = outputs;
    for (const f of FILES) expect(first!.files.get(f)!.length, f).toBeGreaterThan(1000);
    for (const other of others) {
      for (const f of FILES) {
        const a = first!.files.get(f)!;
        const b = other.files.get(f)!;
        // the first differing byte, rather than two whole files, when they differ
        const at = a.findIndex((byte, i) => byte !== b[i]);
        expect({ file: f, node: other.major, length: b.length, firstDifference: at < 0 && a.length === b.length ? -1 : at }).toEqual({
          file: f,
          node: other.major,
          length: a.length,
          firstDifference: -1,
        });
      }
    }
  }, 180_000);
});

// `engines` says what is tested, no more and no less: one range per tested major, and .ci/run
// runs the command-line tests on each major besides the one that runs npm.
describe('the tested versions', () => {
  it('are the ones package.json admits and .ci/run runs', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
    const ranges = pkg.engines.node.split('||').map((r) => r.trim());
    expect(ranges.every((r) => /^\^\d+\.\d+\.\d+$/.test(r)), pkg.engines.node).toBe(true);
    expect(ranges.map((r) => Number(/^\^(\d+)/.exec(r)![1]))).toEqual(TESTED_MAJORS);
    const ci = readFileSync(path.join(REPO, '.ci', 'run'), 'utf8');
    expect(ci).toContain('npm ci --prefix tools/node-versions');
    expect(ci).toContain(`for major in ${TESTED_MAJORS.slice(1).join(' ')}; do`);
  });
});
