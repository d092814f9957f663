// `lnhs generate` and `lnhs validate` on the example as a new user runs them (issue 2 item 10 and
// "Done when"): the five output files, --only, --out, byte-identical reruns, and a missing legal
// section (a warning; an error with --strict; said in the document).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE, STACK_TRACE, copyWorkspace, edit, lineOf, listFiles, readText, tempDir } from './example.js';

const ALL = ['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md'];

describe('lnhs generate plans/example', () => {
  it('writes plan.md, plan.html, agenda.md, agenda.html and agenda.ics into <dir>/out', async () => {
    const dir = copyWorkspace();
    const r = await runCli(['generate', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(ALL);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('plan.md');
    const plan = readText(dir, 'out/plan.md');
    expect(plan).toMatch(/^# Järvilahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030\n/);
    expect(readText(dir, 'out/plan.html')).toMatch(/^<!doctype html>\n<html lang="fi"/i);
    expect(readText(dir, 'out/agenda.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('runs from the workspace folder with no argument', async () => {
    const dir = copyWorkspace();
    const r = await runCli(['generate'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(ALL);
  });

  it('--only plan writes only the plan files', async () => {
    const dir = copyWorkspace();
    const r = await runCli(['generate', '--only', 'plan', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['plan.html', 'plan.md']);
  });

  it('--only agenda writes only the agenda files', async () => {
    const dir = copyWorkspace();
    const r = await runCli(['generate', '--only', 'agenda', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['agenda.html', 'agenda.ics', 'agenda.md']);
  });

  it('--out writes into the given folder (relative to the current folder) and nowhere else', async () => {
    const dir = copyWorkspace();
    const cwd = tempDir();
    const r = await runCli(['generate', dir, '--out', 'public/draft'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(cwd, 'public/draft'))).toEqual(ALL);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    expect(listFiles(cwd)).toEqual(ALL.map((f) => `public/draft/${f}`));
  });

  it('without meeting.yaml writes the plan only, and says so', async () => {
    const dir = copyWorkspace();
    rmSync(path.join(dir, 'meeting.yaml'));
    const r = await runCli(['generate', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['plan.html', 'plan.md']);
    expect(r.stderr).toContain('No meeting.yaml: the agenda was not rendered.');
  });

  it('never changes an input file', async () => {
    const dir = copyWorkspace();
    const before = listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f))] as const);
    expect((await runCli(['generate', dir])).code).toBe(0);
    for (const [f, bytes] of before) expect(readFileSync(path.join(dir, f)).equals(bytes), f).toBe(true);
  });
});

describe('determinism (SPEC 3): the same inputs give byte-identical files', () => {
  it('two runs into two folders give the same bytes', async () => {
    const cwd = tempDir();
    const a = await runCli(['generate', EXAMPLE, '--out', path.join(cwd, 'a')]);
    const b = await runCli(['generate', EXAMPLE, '--out', path.join(cwd, 'b')]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(listFiles(path.join(cwd, 'a'))).toEqual(ALL);
    expect(listFiles(path.join(cwd, 'b'))).toEqual(ALL);
    for (const f of ALL) {
      expect(readFileSync(path.join(cwd, 'a', f)).equals(readFileSync(path.join(cwd, 'b', f))), f).toBe(true);
    }
  });

  it('a copy of the workspace elsewhere gives the same bytes (no paths or clock in the outputs)', async () => {
    const copy = copyWorkspace();
    const cwd = tempDir();
    expect((await runCli(['generate', EXAMPLE, '--out', path.join(cwd, 'a')])).code).toBe(0);
    expect((await runCli(['generate', copy])).code).toBe(0);
    for (const f of ALL) {
      expect(readFileSync(path.join(cwd, 'a', f)).equals(readFileSync(path.join(copy, 'out', f))), f).toBe(true);
    }
  });

  it('generate --check after generate finds nothing to change', async () => {
    const dir = copyWorkspace();
    expect((await runCli(['generate', dir])).code).toBe(0);
    const r = await runCli(['generate', '--check', dir]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('a required legal section without text (SPEC 4)', () => {
  const withoutCooperation = () => {
    const dir = copyWorkspace();
    edit(dir, 'plan.yaml', /  cooperation: \|\n(?:    .*\n|\n)*?(?=  implementation:)/, '');
    return dir;
  };

  it('is a warning in validate, exit 0', async () => {
    const dir = withoutCooperation();
    const r = await runCli(['validate', dir]);
    expect(r.code, r.stderr).toBe(0);
    const report = r.stderr + r.stdout;
    expect(report).toMatch(new RegExp(`plan\\.yaml:${lineOf(readText(dir, 'plan.yaml'), 'sections:')}:1 +warning`));
    expect(report).toContain('[missing-section]');
    expect(report).toContain('cooperation');
    expect(report).toContain('Yhteistyön järjestäminen');
    expect(report).not.toMatch(STACK_TRACE);
  });

  it('is an error with --strict: exit 1, in validate and in generate, which writes nothing', async () => {
    const dir = withoutCooperation();
    const v = await runCli(['validate', '--strict', dir]);
    expect(v.code).toBe(1);
    expect(v.stderr + v.stdout).toContain('[missing-section]');
    const g = await runCli(['generate', '--strict', dir]);
    expect(g.code).toBe(1);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('is an error once the plan is approved (issue 11 item 6): generate refuses and names the section', async () => {
    const dir = withoutCooperation();
    edit(dir, 'plan.yaml', /^state: proposal$/m, 'state: approved');
    edit(dir, 'plan.yaml', /^  council: 2027-01-25$/m, '  council: 2027-01-25\n  section: 7');
    const g = await runCli(['generate', dir]);
    expect(g.code).toBe(1);
    const report = g.stderr + g.stdout;
    expect(report).toMatch(/plan\.yaml:\d+:1 +error/);
    expect(report).toContain('[missing-section]');
    expect(report).toContain('`cooperation` (Yhteistyön järjestäminen)');
    expect(report).not.toContain('[approval-missing]');
    expect(report).not.toMatch(STACK_TRACE);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('the generated plan still has the heading and says its content is missing', async () => {
    const dir = withoutCooperation();
    const r = await runCli(['generate', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[missing-section]');
    const plan = readText(dir, 'out/plan.md');
    const section = plan.split('\n## Yhteistyön järjestäminen\n')[1]!.split('\n## ')[0]!;
    expect(section.trim()).toBe('*Tämän osion sisältö puuttuu vielä.*');
    // the document says nothing of the work's progress (issue 11 item 6): that is `lnhs status`
    expect(plan).not.toContain('kirjoitettu');
    const html = readText(dir, 'out/plan.html');
    expect(html).toContain('Tämän osion sisältö puuttuu vielä.');
  });
});

describe('lnhs validate plans/example', () => {
  it('is clean: exit 0 even with --strict', async () => {
    const r = await runCli(['validate', '--strict', EXAMPLE]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });
});
