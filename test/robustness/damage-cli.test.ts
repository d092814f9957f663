// Random damage through the whole command (issue 5 item 6b): `lnhs generate` exits 0 or 1 —
// never 70 — with file:line:col diagnostics, and a failed run leaves the previous outputs as
// they were, byte for byte and untouched.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, snapshot } from '../ci/example.js';
import { Patient, scenario } from './damage.js';

describe('random damage through the command line', () => {
  it('generate exits 0 or 1 with file:line:col, and a failure writes nothing', async () => {
    const patient = new Patient(copyExample());
    const { root } = patient.copy;
    const first = await runCli(['generate', 'ws', '--out', 'out'], { cwd: root });
    expect(first.code).toBe(0);
    const out = path.join(root, 'out');
    let before = snapshot(out);
    await fc.assert(
      fc.asyncProperty(scenario, fc.constantFrom('text', 'github'), async (s, format) => {
        patient.apply(s);
        const r = await runCli(['generate', 'ws', '--out', 'out', ...(format === 'github' ? ['--format', 'md,html,github'] : [])], { cwd: root });
        expect([0, 1], r.stderr).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
        if (r.code === 1) {
          expect(snapshot(out), 'a failed run changed the outputs').toEqual(before);
          if (format === 'github') {
            // beyond GitHub's ten annotations per step, one notice says how many more there are
            // and where they are (issue 13 item 8): a plan.yaml split in two documents loses its
            // themes, and every board's goal theme is then an error
            for (const line of r.stdout.split('\n').filter((l) => l && !/^::notice title=lnhs::\d+ more /.test(l))) {
              expect(line).toMatch(/^::(error|warning) file=(?!\/|\.\.)[^,]+,line=[1-9]\d*,col=[1-9]\d*,title=lnhs [a-z-]+::./);
            }
            expect(r.stdout).toMatch(/^::error /m);
          } else {
            expect(r.stderr).toMatch(/^ws\/\S+:[1-9]\d*:[1-9]\d* {2}error {2}/m);
          }
        } else {
          before = snapshot(out);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
