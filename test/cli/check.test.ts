// `lnhs generate --check` (SPEC 6, issue 5 item 2): compares instead of writing, for CI that
// commits generated drafts. It must never write: not the outputs, not a temporary file, not
// even the output folder.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, edit, snapshot } from '../ci/example.js';

const ALL = ['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md'];

/** A copy of the example with its outputs generated into `<root>/public`. */
async function generated() {
  const copy = copyExample();
  const first = await runCli(['generate', 'ws', '--out', 'public'], { cwd: copy.root });
  expect(first.code).toBe(0);
  const out = path.join(copy.root, 'public');
  expect(readdirSync(out).sort()).toEqual(ALL);
  return { ...copy, out };
}

/** The file names listed by the "out of date" message. */
function listed(stderr: string): string[] {
  const m = /out of date: ([^\n]*?)\. Run/.exec(stderr);
  if (!m) throw new Error(`no list of changed files in: ${stderr}`);
  return m[1]!.split(', ').sort();
}

describe('generate --check', () => {
  it('exits 0 when every output is current, and touches nothing', async () => {
    const { root, out } = await generated();
    const before = snapshot(out);
    const r = await runCli(['generate', 'ws', '--out', 'public', '--check'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('up to date');
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 1 listing a stale and a missing output, and leaves both as they are', async () => {
    const { root, out } = await generated();
    writeFileSync(path.join(out, 'plan.md'), '# an old draft\n');
    rmSync(path.join(out, 'agenda.ics'));
    const before = snapshot(out);
    const r = await runCli(['generate', 'ws', '--out', 'public', '--check'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(listed(r.stderr)).toEqual(['agenda.ics', 'plan.md']);
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 1 when an input changed since the draft was generated', async () => {
    const { root, ws, out } = await generated();
    edit(ws, 'boards/sivistys.yaml', 'Koulut ovat pieniä, ja aikuiset tuntevat oppilaansa.', 'Koulut ovat pieniä.');
    const before = snapshot(out);
    const r = await runCli(['generate', 'ws', '--out', 'public', '--check'], { cwd: root });
    expect(r.code).toBe(1);
    expect(listed(r.stderr)).toEqual(expect.arrayContaining(['plan.md', 'plan.html']));
    expect(listed(r.stderr)).not.toContain('agenda.ics');
    expect(snapshot(out)).toEqual(before);
  });

  it('does not create a missing output folder; every output is listed', async () => {
    const { root } = copyExample();
    const r = await runCli(['generate', 'ws', '--out', 'public/draft', '--check'], { cwd: root });
    expect(r.code).toBe(1);
    expect(listed(r.stderr)).toEqual(ALL);
    expect(existsSync(path.join(root, 'public'))).toBe(false);
    // the default output folder, too
    const byDefault = await runCli(['generate', 'ws', '--check'], { cwd: root });
    expect(byDefault.code).toBe(1);
    expect(existsSync(path.join(root, 'ws', 'out'))).toBe(false);
  });

  it('checks only the formats and documents asked for', async () => {
    const { root, out } = await generated();
    rmSync(path.join(out, 'plan.html'));
    rmSync(path.join(out, 'agenda.md'));
    const md = await runCli(['generate', 'ws', '--out', 'public', '--check', '--format', 'md', '--only', 'plan'], { cwd: root });
    expect(md.code).toBe(0);
    const html = await runCli(['generate', 'ws', '--out', 'public', '--check', '--format', 'html'], { cwd: root });
    expect(html.code).toBe(1);
    expect(listed(html.stderr)).toEqual(['plan.html']);
  });

  it('still lists the changed files under --quiet (it is the result, not progress)', async () => {
    const { root, out } = await generated();
    writeFileSync(path.join(out, 'agenda.md'), 'x');
    const quiet = await runCli(['--quiet', 'generate', 'ws', '--out', 'public', '--check'], { cwd: root });
    expect(quiet.code).toBe(1);
    expect(listed(quiet.stderr)).toEqual(['agenda.md']);
    writeFileSync(path.join(out, 'agenda.md'), '');
    const current = await runCli(['generate', 'ws', '--out', 'public', '--check', '--quiet'], { cwd: root });
    expect(current.code).toBe(1);
  });

  it('the committed-drafts recipe of docs/ci.md', async () => {
    const { root } = copyExample('plans/example');
    const generate = ['generate', 'plans/example', '--format', 'md', '--out', 'plans/example/draft'];
    expect((await runCli(generate, { cwd: root })).code).toBe(0);
    expect((await runCli([...generate, '--check'], { cwd: root })).code).toBe(0);
    edit(path.join(root, 'plans', 'example'), 'plan.yaml', /^county: .*$/m, 'county: Toinen hyvinvointialue');
    const stale = await runCli([...generate, '--check'], { cwd: root });
    expect(stale.code).toBe(1);
    expect(listed(stale.stderr)).toEqual(['plan.md']);
  });

  it('with errors in the inputs: exit 1 with the diagnostics, nothing compared or written', async () => {
    const { root, ws, out } = await generated();
    edit(ws, 'plan.yaml', /^kind: municipality$/m, 'kind: kaupunki');
    const before = snapshot(out);
    const r = await runCli(['generate', 'ws', '--out', 'public', '--check'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ws/plan.yaml:');
    expect(r.stderr).not.toContain('out of date');
    expect(snapshot(out)).toEqual(before);
  });
});
