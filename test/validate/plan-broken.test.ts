// A plan.yaml with an error of its own says so once; what seems missing from it is not blamed on
// the other files (a damage test's finding: a plan split into two YAML documents lost its themes,
// and every board's themes became 20 unknown-theme errors beyond GitHub's ten annotations).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

const EXAMPLE = path.resolve('plans/example');

function exampleWith(change: (plan: string) => string): string {
  const dir = testdir({});
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  const file = path.join(dir, 'plan.yaml');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return dir;
}

describe('a broken plan.yaml', () => {
  it('split into two YAML documents: one error at the separator, no themes, sections or vision blamed', async () => {
    const dir = exampleWith((plan) => plan.replace(/^themes:/m, '---\nthemes:'));
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['yaml-multiple-documents']);
  });

  it('a theme that plan.yaml really lacks is still an error when the plan is whole', async () => {
    const dir = exampleWith((plan) => plan.replace(/^(\s+)perheet:.*$/m, ''));
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes).toContain('unknown-theme');
  });
});
