// `lnhs monitoring init`, `lnhs validate monitoring/<year>.yaml` and the monitoring part of
// `lnhs status` (issue 16), in-process, as a coordinator and the responsible parties use them.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monitoringTextCatalogues } from '../../src/cli/commands/monitoring.js';
import { statusCommand } from '../../src/cli/commands/status.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { testContext } from '../init/helpers.js';
import { files, PERUSTURVA } from '../validate/workspace.js';

const EXAMPLE = path.resolve('plans/example');

/** A copy of the example without its monitoring files. */
function example(): string {
  const dir = testdir({});
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}monitoring`) && !src.includes(`${path.sep}out`) });
  return dir;
}

describe('lnhs monitoring init', () => {
  it("shows each action's status in the latest earlier year's file beside it, and still starts it as not started", async () => {
    const dir = testdir({});
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    const r = await runCli(['monitoring', 'init', '--year', '2029', dir]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'monitoring', '2029.yaml'), 'utf8');
    expect(text).toContain('# (vastuu: perusopetuksen rehtorit, aikataulu: 1.8.2027, vuonna 2028: toteutunut, 100 %)\n');
    expect(text).toContain('vuonna 2028: viivästynyt, 30 %)');
    expect(text.match(/status: not_started/g)).toHaveLength(13);
  });

  it('writes the year with every action of every goal with an id, not started, grouped and commented', async () => {
    const dir = example();
    const r = await runCli(['monitoring', 'init', '--year', '2027', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('monitoring/2027.yaml: 13 action(s) of 6 goal(s)');
    const text = readFileSync(path.join(dir, 'monitoring', '2027.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/lnhs@[^/]+\/schema\/monitoring\.schema\.json$/);
    expect(text).toContain('year: 2027\n');
    expect(text).toContain('# reported: 2028-02-15\n');
    expect(text.match(/status: not_started/g)).toHaveLength(13);
    // an action with an id is named by it, its text in a comment above; one without by its text
    expect(text).toContain(
      '  # Tunnetaitojen opetus sisällytetään esiopetuksen ja alakoulun lukuvuosisuunnitelmiin.\n  # (vastuu: perusopetuksen rehtorit ja varhaiskasvatusjohtaja, aikataulu: 2027)\n  - goal: mielen-hyvinvointi\n    action: tunnetaidot\n    status: not_started\n',
    );
    expect(text).toContain('    action: Kirjastoauto pysähtyy jokaisella kyläkoululla ja päiväkodilla kahden viikon välein.\n');
    expect(text).toContain('  # Tavoite: Lasten ja nuorten lukutaito ja lukuinto vahvistuvat\n');
    // a due date as the reporters read it, as the report shows it
    expect(text).toContain('(vastuu: perusopetuksen rehtorit, aikataulu: 1.8.2027)\n');
    // and the file it wrote is valid in its workspace
    const v = await runCli(['validate', dir]);
    expect(v.code, v.stderr).toBe(0);
  });

  it('names the goals without an id that it could not list, and still writes the rest', async () => {
    const dir = testdir(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('  - id: G1\n    title', '  - title') }));
    const r = await runCli(['monitoring', 'init', '--year', '2027', '--schema', 'local', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: 1 goal(s) without an id are not in the file');
    expect(r.stderr).toContain('"Matalan kynnyksen tuki"');
    const text = readFileSync(path.join(dir, 'monitoring', '2027.yaml'), 'utf8');
    expect(text).toContain('actions: []\n');
    expect(text).toContain('# - Matalan kynnyksen tuki');
    expect(text.split('\n')[0]).toMatch(/\$schema=(\.\.\/)+.*schema\/monitoring\.schema\.json$/);
    expect((await runCli(['validate', dir])).code).toBe(0);
  });

  it('a year outside the plan period: exit 1, nothing written', async () => {
    const dir = example();
    const r = await runCli(['monitoring', 'init', '--year', '2031', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2031 is outside the plan period 2027–2030');
    expect(existsSync(path.join(dir, 'monitoring'))).toBe(false);
  });

  it('an existing file: exit 1 and untouched; --force starts it again', async () => {
    const dir = example();
    expect((await runCli(['monitoring', 'init', '--year', '2028', dir])).code).toBe(0);
    const file = path.join(dir, 'monitoring', '2028.yaml');
    writeFileSync(file, 'year: 2028\nactions: []\n');
    const again = await runCli(['monitoring', 'init', '--year', '2028', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('year: 2028\nactions: []\n');
    const forced = await runCli(['monitoring', 'init', '--year', '2028', '--force', dir]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('status: not_started');
  });

  it('a broken board file: its diagnostics, exit 1, nothing written', async () => {
    const dir = testdir(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('swot:', 'swott:') }));
    const r = await runCli(['monitoring', 'init', '--year', '2027', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/boards\/perusturva\.yaml:\d+:1 .*unknown-key/);
    expect(existsSync(path.join(dir, 'monitoring'))).toBe(false);
  });

  it('--year missing or not a year is wrong usage (exit 2)', async () => {
    const dir = example();
    expect((await runCli(['monitoring', 'init', dir])).code).toBe(2);
    const bad = await runCli(['monitoring', 'init', '--year', '27', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year needs a year of four digits');
  });

  it('speaks Finnish when the locale says so, and both catalogues have every message', async () => {
    const dir = example();
    const r = await runCli(['monitoring', 'init', '--year', '2035', dir], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.stderr).toContain('vuosi 2035 ei kuulu suunnitelmakauteen 2027–2030');
    expect(Object.keys(monitoringTextCatalogues.fi).sort()).toEqual(Object.keys(monitoringTextCatalogues.en).sort());
  });
});

describe('lnhs validate monitoring/<year>.yaml', () => {
  it('checks the file within its workspace: a mistyped goal id and status, each on its own line', async () => {
    const dir = example();
    cpSync(path.join(EXAMPLE, 'monitoring'), path.join(dir, 'monitoring'), { recursive: true });
    const file = path.join(dir, 'monitoring', '2028.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('goal: kiusaamisen-vastainen-malli', 'goal: kiusaamisen-vastainen-mali').replace('status: delayed', 'status: viivästynyt'));
    const lines = readFileSync(file, 'utf8').split('\n');
    const goalLine = lines.findIndex((l) => l.includes('goal: kiusaamisen-vastainen-mali')) + 1;
    const statusLine = lines.findIndex((l) => l.includes('status: viivästynyt')) + 1;
    const r = await runCli(['validate', 'monitoring/2028.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; line: number; column: number; hint?: string }[] }).diagnostics.map((d) => [d.code, d.line, d.column, d.hint]);
    expect(found).toEqual([
      ['unknown-goal', goalLine, 11, 'Did you mean `kiusaamisen-vastainen-malli`?'],
      ['unknown-status', statusLine, 13, '“viivästynyt” is written `delayed`.'],
    ]);
  });

  it('a monitoring file on its own, without a workspace: the schema and repeats only', async () => {
    const dir = testdir({
      'saatu/2027.yaml': '# yaml-language-server: $schema=https://unpkg.com/lnhs@1.0.0/schema/monitoring.schema.json\nyear: 2027\nactions:\n  - goal: a\n    action: b\n    status: done\n  - goal: a\n    action: B.\n    status: pågår\n',
    });
    const r = await runCli(['validate', 'saatu/2027.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('saatu/2027.yaml:8:13');
    expect(r.stderr).toContain('[duplicate-report]');
    expect(r.stderr).toContain('saatu/2027.yaml:9:13');
    expect(r.stderr).toContain('“pågår” is written `in_progress`.');
    expect(r.stderr).not.toContain('unknown-goal');
  });

  it('the example files pass on their own', async () => {
    const r = await runCli(['validate', path.join(EXAMPLE, 'monitoring', '2028.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('monitoring file, checked with the workspace');
  });
});

describe('lnhs status: the monitoring of the current year', () => {
  async function status(dir: string, now: Date, locale: 'en' | 'fi' = 'en') {
    const ctx = testContext({ cwd: process.cwd(), locale });
    const code = await statusCommand(dir, { format: 'json' }, ctx.ctx, now);
    const json = JSON.parse(ctx.stdout()) as { monitoring: unknown };
    const text = testContext({ cwd: process.cwd(), locale });
    await statusCommand(dir, {}, text.ctx, now);
    return { code, json, text: text.stdout() };
  }

  it('in 2029 the 2028 file: reported actions, and who has not reported', async () => {
    const { code, json, text } = await status(EXAMPLE, new Date(2029, 1, 1));
    expect(code).toBe(0);
    expect(json.monitoring).toEqual({
      year: 2028,
      file: path.join(EXAMPLE, 'monitoring', '2028.yaml'),
      reported: '2029-02-14',
      actions: 13,
      reportedActions: 12,
      pending: [{ responsible: 'lautakuntien sihteerit', unreported: 1, notStarted: 0 }],
    });
    expect(text).toContain('Monitoring 2028 (reported 14.2.2029): 12 of 13 actions reported');
    expect(text).toContain('  lautakuntien sihteerit: 1 not reported');
  });

  it('before the period the first file; not-started entries without a note count as owed', async () => {
    const dir = example();
    expect((await runCli(['monitoring', 'init', '--year', '2027', dir])).code).toBe(0);
    const { json, text } = await status(dir, new Date(2026, 11, 5), 'fi');
    const m = json.monitoring as { year: number; reported: null; reportedActions: number; pending: { responsible: string; notStarted: number }[] };
    expect(m.year).toBe(2027);
    expect(m.reported).toBeNull();
    expect(m.reportedActions).toBe(13);
    expect(m.pending.map((p) => p.responsible)).toContain('sivistysjohtaja');
    expect(m.pending.find((p) => p.responsible === 'sivistysjohtaja')!.notStarted).toBe(2);
    expect(text).toContain('Seuranta 2027 (ei vielä raportoitu): raportoitu 13/13 toimenpidettä');
    expect(text).toContain('  sivistysjohtaja: 2 ei aloitettu eikä selvitystä');
  });

  it('without monitoring files it says nothing about monitoring', async () => {
    const dir = example();
    const { json, text } = await status(dir, new Date(2029, 1, 1));
    expect(json.monitoring).toBeNull();
    expect(text).not.toMatch(/Monitoring/);
  });
});
