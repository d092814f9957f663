// `lnhs templates list` and `lnhs templates eject` (issue 4 item 5): the built-ins listed, copied
// into the workspace's templates/, an edited copy changing what `generate` writes, and a broken
// one reported with its file and line while nothing is written.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = path.join(ROOT, 'plans/example');
const BUILTIN = path.join(ROOT, 'templates');

function copyExample(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-templates-')), 'example');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  return dir;
}

const builtinFiles = (): string[] => [
  ...readdirSync(BUILTIN).filter((f) => f.endsWith('.hbs')),
  ...readdirSync(path.join(BUILTIN, 'partials'))
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => `partials/${f}`),
];

describe('lnhs templates list', () => {
  it('names every built-in template and partial, templates first', async () => {
    const r = await runCli(['templates', 'list']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/));
    expect(rows.map((r) => r[0]).sort()).toEqual(builtinFiles().sort());
    expect(rows.find((r) => r[0] === 'plan.md.hbs')?.[1]).toBe('template');
    expect(rows.find((r) => r[0] === 'agenda.md.hbs')?.[1]).toBe('template');
    expect(rows.find((r) => r[0] === 'partials/swot-quadrant.md.hbs')?.[1]).toBe('partial');
    const kinds = rows.map((r) => r[1]);
    expect(kinds.lastIndexOf('template')).toBeLessThan(kinds.indexOf('partial'));
    // where they live goes to stderr, so stdout stays a plain list
    expect(r.stderr).toContain(BUILTIN);
  });
});

describe('lnhs templates eject', () => {
  it('copies one template with --only, refuses to overwrite it (exit 1), and replaces it with --force', async () => {
    const dir = copyExample();
    const first = await runCli(['templates', 'eject', '--only', 'plan.md.hbs'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'templates'))).toEqual(['plan.md.hbs']);
    expect(readFileSync(path.join(dir, 'templates/plan.md.hbs'), 'utf8')).toBe(readFileSync(path.join(BUILTIN, 'plan.md.hbs'), 'utf8'));

    writeFileSync(path.join(dir, 'templates/plan.md.hbs'), 'my edits\n');
    const again = await runCli(['templates', 'eject', '--only', 'plan.md.hbs'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('templates/plan.md.hbs');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'templates/plan.md.hbs'), 'utf8')).toBe('my edits\n');

    // ejecting all refuses as a whole: nothing else is copied either
    const all = await runCli(['templates', 'eject'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(existsSync(path.join(dir, 'templates/partials'))).toBe(false);

    const forced = await runCli(['templates', 'eject', '--only', 'plan.md.hbs', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'templates/plan.md.hbs'), 'utf8')).toBe(readFileSync(path.join(BUILTIN, 'plan.md.hbs'), 'utf8'));
  });

  it('copies every template and partial into <dir>/templates, and takes --only by name or partial path', async () => {
    const dir = copyExample();
    const r = await runCli(['templates', 'eject', 'example'], { cwd: path.dirname(dir) });
    expect(r.code, r.stderr).toBe(0);
    for (const file of builtinFiles()) {
      expect(readFileSync(path.join(dir, 'templates', file), 'utf8'), file).toBe(readFileSync(path.join(BUILTIN, file), 'utf8'));
      expect(r.stderr).toContain(path.join('example', 'templates', file));
    }

    const other = copyExample();
    expect((await runCli(['templates', 'eject', other, '--only', 'agenda'])).code).toBe(0);
    expect((await runCli(['templates', 'eject', other, '--only', 'partials/section.md.hbs'])).code).toBe(0);
    expect(readdirSync(path.join(other, 'templates')).sort()).toEqual(['agenda.md.hbs', 'partials']);
    expect(readdirSync(path.join(other, 'templates/partials'))).toEqual(['section.md.hbs']);
  });

  it('says so with exit 2 for a template that does not exist', async () => {
    const dir = copyExample();
    const r = await runCli(['templates', 'eject', '--only', 'nope.md.hbs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.md.hbs');
    expect(r.stderr).toContain('lnhs templates list');
    expect(existsSync(path.join(dir, 'templates'))).toBe(false);
  });
});

describe('an ejected template in use', () => {
  it('changes what generate writes, in plan.md and plan.html; the built-in output does not have it', async () => {
    const dir = copyExample();
    const before = await runCli(['generate', '--out', 'before'], { cwd: dir });
    expect(before.code, before.stderr).toBe(0);
    expect((await runCli(['templates', 'eject', '--only', 'plan.md.hbs'], { cwd: dir })).code).toBe(0);
    const file = path.join(dir, 'templates/plan.md.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^# \{\{text title\}\}$/m, '# {{text title}}\n\nLuonnos ohjausryhmälle, älä levitä.'));
    expect(readFileSync(file, 'utf8')).toContain('Luonnos ohjausryhmälle');

    const after = await runCli(['generate', '--out', 'after'], { cwd: dir });
    expect(after.code, after.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'after/plan.md'), 'utf8')).toContain('\nLuonnos ohjausryhmälle, älä levitä.\n');
    expect(readFileSync(path.join(dir, 'after/plan.html'), 'utf8')).toContain('<p>Luonnos ohjausryhmälle, älä levitä.</p>');
    expect(readFileSync(path.join(dir, 'before/plan.md'), 'utf8')).not.toContain('Luonnos ohjausryhmälle');
    // only the plan changed
    expect(readFileSync(path.join(dir, 'after/agenda.md'), 'utf8')).toBe(readFileSync(path.join(dir, 'before/agenda.md'), 'utf8'));
  });

  it('an edited partial changes every place that uses it', async () => {
    const dir = copyExample();
    expect((await runCli(['templates', 'eject', '--only', 'swot-quadrant'], { cwd: dir })).code).toBe(0);
    const file = path.join(dir, 'templates/partials/swot-quadrant.md.hbs');
    writeFileSync(file, 'NELIKENTTÄ\n\n' + readFileSync(file, 'utf8'));
    const r = await runCli(['generate', '--only', 'plan', '--format', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out/plan.md'), 'utf8').match(/^NELIKENTTÄ$/gm)).toHaveLength(4);
  });

  it('a broken template is a diagnostic with its file, line and column; exit 1 and nothing written', async () => {
    const dir = copyExample();
    expect((await runCli(['generate'], { cwd: dir })).code).toBe(0);
    const previous = readFileSync(path.join(dir, 'out/plan.md'), 'utf8');
    expect((await runCli(['templates', 'eject', '--only', 'plan.md.hbs'], { cwd: dir })).code).toBe(0);
    const file = path.join(dir, 'templates/plan.md.hbs');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('# {{text title}}'));
    lines[at] = '# {{text title}} {{#if county}}{{text county}}{{/iff}}';
    writeFileSync(file, lines.join('\n'));

    const r = await runCli(['generate', '--out', 'fresh'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^templates/plan\\.md\\.hbs:${at + 1}:\\d+  error  .*doesn't match iff  \\[template\\]`, 'm'));
    expect(existsSync(path.join(dir, 'fresh'))).toBe(false);
    // the previous outputs are left as they were
    expect((await runCli(['generate'], { cwd: dir })).code).toBe(1);
    expect(readFileSync(path.join(dir, 'out/plan.md'), 'utf8')).toBe(previous);
  });

  it('an unknown helper is reported at its line and column', async () => {
    const dir = copyExample();
    expect((await runCli(['templates', 'eject', '--only', 'agenda.md.hbs'], { cwd: dir })).code).toBe(0);
    const file = path.join(dir, 'templates/agenda.md.hbs');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(7, 0, 'xx {{shout title}}');
    writeFileSync(file, lines.join('\n'));
    const r = await runCli(['generate', '--only', 'agenda'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/agenda.md.hbs:8:4  error');
    expect(r.stderr).toContain('shout');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a partial name cannot reach outside the templates', async () => {
    const dir = copyExample();
    expect((await runCli(['templates', 'eject', '--only', 'section'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'templates/partials/section.md.hbs'), '\n{{> ../../plan}}\n');
    const r = await runCli(['generate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^templates\/partials\/section\.md\.hbs:2:1  error  .*"\.\.\/\.\.\/plan" is not allowed/m);
  });
});
