// `lnhs validate <file>` (issue 13 item 1): one board, plan, meeting or indicators file on its
// own, with the cross-file rules only when a workspace lies above it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { kindFromPath, kindFromText } from '../../src/workspace/single.js';
import { BOARD_A, MEETING, PLAN, workspaceFiles } from './fixtures.js';

describe('lnhs validate <file>', () => {
  it('checks a board file that was e-mailed and saved with no workspace around it', async () => {
    const dir = testdir({ 'Lataukset/opetus (2).yaml': BOARD_A });
    const r = await runCli(['validate', 'Lataukset/opetus (2).yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Lataukset/opetus (2).yaml: no problems found (board file, checked on its own');
    // neither "the folder does not exist" nor advice to run init on a file
    expect(r.stderr).not.toMatch(/does not exist|lnhs init/);
  });

  it('reports the file\'s own problems with line and column, and no workspace rules without a workspace', async () => {
    // the theme is not defined anywhere (no plan): no unknown-theme; a schema mistake is reported
    const broken = BOARD_A.replace('weaknesses:', 'weeknesses:');
    const dir = testdir({ 'x.yaml': broken });
    const r = await runCli(['validate', 'x.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; line: number }[] };
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['unknown-key', 'x.yaml', 14]]);
  });

  it('applies the cross-file rules when a workspace is found above the file, reporting only that file', async () => {
    const dir = testdir(
      workspaceFiles({
        'boards/opetus.yaml': BOARD_A.replace('theme: harrastukset', 'theme: harrastus'),
        // another board's mistake is not the secretary's business
        'boards/vapaa.yaml': 'board: {id: vapaa, name: V}\nswot: {strenghts: []}\n',
      }),
    );
    const r = await runCli(['validate', 'boards/opetus.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; hint?: string }[] };
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['unknown-theme', 'boards/opetus.yaml']]);
    expect(diagnostics[0]!.hint).toContain('harrastukset');
  });

  it('says which workspace it checked against', async () => {
    const dir = testdir(workspaceFiles());
    const r = await runCli(['validate', path.join(dir, 'boards', 'opetus.yaml')], { cwd: path.join(dir, 'boards') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('checked with the workspace ..');
  });

  it('checks a copy saved beside plan.yaml in place of the board of the same name', async () => {
    // a copy named like the board stands in for it: no duplicate-board error against itself
    const dir = testdir(workspaceFiles({ 'opetus.yaml': BOARD_A.replace('Koulut ovat', 'Koulut ovat yhä') }));
    const r = await runCli(['validate', 'opetus.yaml'], { cwd: dir });
    expect(r.stderr).toContain('no problems found');
    expect(r.code).toBe(0);
  });

  it('checks plan, meeting and indicators files alone', async () => {
    const dir = testdir({
      'a/plan.yaml': PLAN.replace('end: 2030', 'end: 2026'),
      'b/meeting.yaml': MEETING.replace('"17:00"', '"17:00"\nend: "16:00"'),
      'c/indicators.yaml': 'indicators:\n  - id: a\n    title: A\n    values: {2024: 1}\n  - id: a\n    title: B\n    values: {2024: 2}\n',
    });
    const codes = async (file: string) => {
      const r = await runCli(['validate', file, '--format', 'json'], { cwd: dir });
      return (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    };
    expect(await codes('a/plan.yaml')).toEqual(['period-order']);
    // meeting boards cannot be checked without the boards: no unknown-board
    expect(await codes('b/meeting.yaml')).toEqual(['time-order']);
    expect(await codes('c/indicators.yaml')).toEqual(['duplicate-id']);
  });

  it('names a missing file as a file, and a folder still works as before', async () => {
    const dir = testdir(workspaceFiles());
    const missing = await runCli(['validate', 'boards/puuttuu.yaml'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The file cannot be read: ENOENT');
    expect(missing.stderr).not.toContain('lnhs init');
    const folder = await runCli(['validate', '.'], { cwd: dir });
    expect(folder.stderr).toContain('no problems found (2 boards)');
    expect(folder.code).toBe(0);
  });

  it('says so in Finnish when it cannot tell what a file is', async () => {
    const dir = testdir({ 'muistio.yaml': 'otsikko: Muistio\n' });
    const r = await runCli(['validate', 'muistio.yaml', '--lang', 'fi'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lnhs ei tunnista, mikä syötetiedosto muistio.yaml on');
    expect(r.stderr).toContain('[unknown-input]');
  });
});

describe('which input a file is', () => {
  it('goes by name and place first', () => {
    expect(kindFromPath('/w/plan.yaml')).toBe('plan');
    expect(kindFromPath('/w/meeting.yml')).toBe('meeting');
    expect(kindFromPath('/w/boards/x.yaml')).toBe('board');
    expect(kindFromPath('/home/me/x.yaml')).toBeUndefined();
  });
  it('then by the $schema line, then by the keys', () => {
    expect(kindFromText('# yaml-language-server: $schema=https://unpkg.com/lnhs@1.0.0/schema/meeting.schema.json\n')).toBe('meeting');
    expect(kindFromText('# yaml-language-server: $schema=../schema/board.schema.json\nfoo: 1\n')).toBe('board');
    expect(kindFromText(BOARD_A)).toBe('board');
    expect(kindFromText(PLAN)).toBe('plan');
    expect(kindFromText(MEETING)).toBe('meeting');
    expect(kindFromText('indicators: []\n')).toBe('indicators');
    expect(kindFromText('otsikko: x\n')).toBeUndefined();
  });
});
