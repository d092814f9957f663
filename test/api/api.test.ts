// The library API (issue 5 item 5): `import { loadWorkspace, validate, merge, render } from 'lnhs'`.
// These are the stages the CLI runs, so scripting them gives the CLI's own bytes.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  changedOutputs,
  formatJson,
  hasErrors,
  loadWorkspace,
  merge,
  QUADRANTS,
  render,
  renderReport,
  validate,
  writeOutputs,
  type MergedPlan,
  type OutputFile,
  type WorkspaceModel,
} from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { brokenExample, copyExample, EXAMPLE } from '../ci/example.js';

async function pipeline(dir: string): Promise<{ model: WorkspaceModel; merged: MergedPlan; files: OutputFile[] }> {
  const loaded = await loadWorkspace(dir);
  expect(loaded.diagnostics).toEqual([]);
  const { model, diagnostics } = validate(loaded);
  expect(diagnostics).toEqual([]);
  if (!model) throw new Error('the example did not validate');
  const merged = merge(model);
  const rendered = await render(merged, { formats: ['md', 'html'] });
  expect(rendered.diagnostics).toEqual([]);
  return { model, merged, files: rendered.files };
}

describe('loadWorkspace → validate → merge → render', () => {
  it('runs on plans/example', async () => {
    const { model, merged, files } = await pipeline(EXAMPLE);
    expect(model.boards.map((b) => b.id)).toEqual(['sivistys', 'tekninen', 'vapaa-aika']);
    expect(model.plan.language).toBe('fi');
    for (const q of QUADRANTS) expect(merged.swot[q].length).toBeGreaterThan(0);
    // items raised by several boards come first and are marked
    expect(merged.swot.strengths[0]!.shared).toBe(true);
    expect(files.map((f) => f.name)).toEqual(['plan.md', 'plan.html', 'agenda.md', 'agenda.html', 'agenda.ics']);
    const planMd = files.find((f) => f.name === 'plan.md')!.content as string;
    expect(planMd).toContain('Järvilahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030');
  });

  it('gives the bytes `lnhs generate` writes', async () => {
    const { root, ws } = copyExample();
    const { files } = await pipeline(ws);
    const cli = await runCli(['generate', 'ws', '--out', 'public'], { cwd: root });
    expect(cli.code).toBe(0);
    const out = path.join(root, 'public');
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(readFileSync(path.join(out, f.name), 'utf8'), f.name).toBe(f.content);
  });

  it('is pure: the stages do not change their input and repeat themselves', async () => {
    const loaded = await loadWorkspace(EXAMPLE);
    const { model } = validate(loaded);
    const frozen = structuredClone(model);
    const a = merge(model!);
    const b = merge(model!);
    expect(a).toEqual(b);
    expect(model).toEqual(frozen);
    const first = await render(a, { formats: ['md'], only: 'plan' });
    const second = await render(b, { formats: ['md'], only: 'plan' });
    expect(first.files).toEqual(second.files);
    expect(first.files.map((f) => f.name)).toEqual(['plan.md']);
  });

  it('reports bad inputs as diagnostics rather than throwing', async () => {
    const { ws, errorLine } = brokenExample();
    const loaded = await loadWorkspace(ws);
    const { model, diagnostics } = validate(loaded);
    expect(model).toBeUndefined();
    expect(hasErrors(diagnostics)).toBe(true);
    expect(hasErrors(diagnostics.filter((d) => d.severity === 'warning'), true)).toBe(true);
    const json = JSON.parse(formatJson(diagnostics, { cwd: ws })) as { diagnostics: { code: string; file: string; line: number }[] };
    expect(json.diagnostics[0]).toMatchObject({ code: 'unknown-key', file: 'boards/sivistys.yaml', line: errorLine });

    const missing = validate(await loadWorkspace(path.join(ws, 'no-such-folder')));
    expect(missing.model).toBeUndefined();
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['no-workspace']);
  });

  it('writeOutputs and changedOutputs complete the pipeline', async () => {
    const { files } = await pipeline(EXAMPLE);
    const out = path.join(testdir({}), 'draft');
    expect(await changedOutputs(out, files)).toEqual(files.map((f) => f.name));
    await writeOutputs(out, files);
    expect(await changedOutputs(out, files)).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());
  });
});

describe('the monitoring report through the library (issue 16)', () => {
  it('gives the bytes `lnhs report` writes', async () => {
    const { merged } = await pipeline(EXAMPLE);
    const report = buildReport(merged, 2028);
    expect(report?.total).toBeGreaterThan(0);
    const { files, diagnostics } = await renderReport(merged, report!, { formats: ['md'] });
    expect(diagnostics).toEqual([]);
    const { ws: dir } = copyExample();
    const cli = await runCli(['report', dir, '--format', 'md']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(files[0]!.content).toBe(readFileSync(path.join(dir, 'out/report-2028.md'), 'utf8'));
  });
});
