import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTemplatesDir, listTemplates, loadTemplates, render } from '../../src/render/index.js';
import { errorPosition } from '../../src/render/templates.js';
import { mergedPlan } from './fixtures.js';
import { file } from './helpers.js';

const dirs: string[] = [];
async function workspaceTemplates(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lnhs-templates-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('built-in templates', () => {
  it('are found from the module and listed', () => {
    const dir = builtinTemplatesDir();
    expect(existsSync(path.join(dir, 'plan.md.hbs'))).toBe(true);
    const list = listTemplates();
    expect(list.filter((t) => t.kind === 'template').map((t) => t.name)).toEqual(['agenda.md', 'plan.md', 'report.md']);
    expect(list).toContainEqual({ name: 'swot-quadrant', kind: 'partial', file: 'partials/swot-quadrant.md.hbs' });
    expect(list).toContainEqual({ name: 'agenda-item', kind: 'partial', file: 'partials/agenda-item.md.hbs' });
    expect(list).toContainEqual({ name: 'report-goal', kind: 'partial', file: 'partials/report-goal.md.hbs' });
    for (const t of list) expect(existsSync(path.join(dir, t.file))).toBe(true);
  });

  it('compile without diagnostics', async () => {
    const set = await loadTemplates();
    expect(set.diagnostics).toEqual([]);
    expect([...set.templates.keys()].sort()).toEqual(['agenda.md', 'plan.md', 'report.md']);
  });
});

describe('workspace overrides', () => {
  it('a template of the same name replaces the built-in one', async () => {
    const dir = await workspaceTemplates({ 'plan.md.hbs': '# {{text title}}\n\nOma pohja: {{list municipalities}}\n' });
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md', 'html'], templatesDir: dir });
    expect(diagnostics).toEqual([]);
    expect(file(files, 'plan.md')).toBe('# Lasten ja nuorten hyvinvointisuunnitelma 2026–2029\n\nOma pohja: Järvelä\n');
    expect(file(files, 'plan.html')).toContain('<p>Oma pohja: Järvelä</p>');
    // the agenda still uses the built-in
    expect(file(files, 'agenda.md')).toContain('### 1. Kokouksen avaus');
  });

  it('a partial of the same name replaces the built-in partial, and new partials can be added', async () => {
    const dir = await workspaceTemplates({
      'partials/swot-quadrant.md.hbs': '### {{t labelKey}} ({{num count}})\n\n{{#each items}}\n{{> my-item}}\n{{/each}}\n',
      'partials/my-item.md.hbs': '1. {{md text}} [{{list boards}}]\n',
    });
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir });
    expect(diagnostics).toEqual([]);
    const md = file(files, 'plan.md');
    expect(md).toContain('### Vahvuudet (4)');
    expect(md).toContain('1. Nuorisotilat ovat nuorten suosimia [Vapaa-aikalautakunta]');
  });

  it('uses merged.templatesDir when no templatesDir is given', async () => {
    const dir = await workspaceTemplates({ 'agenda.md.hbs': '# {{text title}}\n' });
    const merged = mergedPlan();
    merged.templatesDir = dir;
    const { files } = await render(merged, { formats: ['md'], only: 'agenda' });
    expect(file(files, 'agenda.md')).toBe('# Perusturva-, koulutus- ja vapaa-aikalautakuntien yhteinen kokous\n');
  });

  it('a syntax error is a `template` diagnostic with the file and line, not a throw', async () => {
    const dir = await workspaceTemplates({ 'plan.md.hbs': '# {{text title}}\n\n{{#each swot}}\n{{t labelKey}\n{{/each}}\n' });
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md', 'html'], templatesDir: dir });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'template',
      file: path.join(dir, 'plan.md.hbs'),
      line: 4,
    });
    expect(diagnostics[0]!.message).toMatch(/^Template error: parse error/);
    // no plan output, the agenda still rendered
    expect(files.map((f) => f.name)).toEqual(['agenda.md', 'agenda.html', 'agenda.ics']);
  });

  it('an unknown helper is found at compile time, with line and column', async () => {
    const dir = await workspaceTemplates({ 'partials/section.md.hbs': '## {{text heading}}\n\n{{shout text}}\n' });
    const { diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'template', file: path.join(dir, 'partials/section.md.hbs'), line: 3, column: 1 });
    expect(diagnostics[0]!.message).toContain('unknown helper shout');
  });

  it('a missing field at render time names the partial it is in', async () => {
    const dir = await workspaceTemplates({ 'partials/section.md.hbs': '## {{text heading}}\n\n{{nosuchfield}}\n' });
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'template', file: path.join(dir, 'partials/section.md.hbs'), line: 3, column: 3 });
    expect(diagnostics[0]!.message).toContain('"nosuchfield" not defined');
    expect(files.map((f) => f.name)).not.toContain('plan.md');
  });

  it('an unknown label key is a diagnostic', async () => {
    const dir = await workspaceTemplates({ 'agenda.md.hbs': '# {{t "agenda.nosuch"}}\n' });
    const { diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir, only: 'agenda' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('unknown label "agenda.nosuch"');
  });

  it('refuses partial names that are paths', async () => {
    for (const name of ['../plan', '../../etc/passwd', 'partials/section', '"../plan"', "'/etc/passwd'", '[../x]', '/etc/passwd']) {
      const dir = await workspaceTemplates({ 'agenda.md.hbs': `# x\n\n{{> ${name}}}\n` });
      const { files, diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir, only: 'agenda' });
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'template', file: path.join(dir, 'agenda.md.hbs'), line: 3 });
      // refused by lnhs, or already by the Handlebars grammar
      expect(diagnostics[0]!.message).toMatch(name === '/etc/passwd' ? /parse error/ : /is not allowed/);
      expect(files.map((f) => f.name)).toEqual(['agenda.ics']);
    }
  });

  it('finds partials only among the templates, never on the disk', async () => {
    const dir = await workspaceTemplates({ 'agenda.md.hbs': '# x\n\n{{> plan}}\n', 'plan': 'secret' });
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir, only: 'agenda' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('The partial plan could not be found');
    expect(files.map((f) => String(f.content)).join('')).not.toContain('secret');
  });

  it('ignores files that are not templates, warns about unknown templates, refuses links out', async () => {
    const outside = await workspaceTemplates({ 'evil.md.hbs': '# {{text title}} EVIL\n' });
    const dir = await workspaceTemplates({ 'notes.txt': 'x', 'planx.md.hbs': '# x\n' });
    await mkdir(path.join(dir, 'partials'), { recursive: true });
    await symlink(path.join(outside, 'evil.md.hbs'), path.join(dir, 'partials', 'section.md.hbs'));
    const { files, diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: dir, only: 'plan' });
    expect(diagnostics.map((d) => [d.severity, d.messageId])).toEqual([
      ['warning', 'template.unknown'],
      ['error', 'template.outside'],
    ]);
    expect(file(files, 'plan.md')).not.toContain('EVIL');
  });

  it('a templates folder that does not exist is no problem', async () => {
    const { diagnostics } = await render(mergedPlan(), { formats: ['md'], templatesDir: '/nonexistent/lnhs/templates' });
    expect(diagnostics).toEqual([]);
  });
});

describe('errorPosition', () => {
  it('reads Handlebars parse errors and located errors', () => {
    expect(errorPosition(new Error("Parse error on line 7:\n...{{#if }}\n---------^\nExpecting 'ID', got 'EOF'"))).toEqual({
      detail: "parse error: Expecting 'ID', got 'EOF'",
      line: 7,
      column: 1,
    });
    const located = Object.assign(new Error('if doesn\'t match each - 2:3'), { lineNumber: 2, column: 3 });
    expect(errorPosition(located)).toEqual({ detail: "if doesn't match each", line: 2, column: 4 });
  });
});
