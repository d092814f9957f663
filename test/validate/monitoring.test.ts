// monitoring/<year>.yaml (SPEC 2.5, issue 16): found, read, checked against its schema and the
// plan, each problem on the line of the offending value; action ids carried through to the merge.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { merge } from '../../src/merge/index.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { validate } from '../../src/validate/index.js';
import { testdir } from '../helpers/testdir.js';
import { check, files, INDICATORS, PERUSTURVA, summary } from './workspace.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

/** PERUSTURVA with a second goal whose actions have ids. */
const BOARD = PERUSTURVA.replace(
  'goals:\n',
  `goals:
  - id: G2
    title: Nuoret vaikuttavat
    actions:
      - id: nuva-budjetti
        text: Nuorisovaltuustolle oma määräraha
        responsible: vapaa-aikajohtaja
        due: 2027
      - text: Nuorten kuuleminen lautakunnissa
        responsible: lautakuntien sihteerit
`,
);

const M2027 = `# yaml-language-server: $schema=../../schema/monitoring.schema.json
year: 2027
reported: 2028-02-15
actions:
  - goal: G1
    action: Perhekeskus
    status: in_progress
    progress: 50
    note: Tilat valittu.
    reporter: perhepalvelujen johtaja
  - goal: G2
    action: nuva-budjetti
    status: done
  - goal: G2
    action: nuorten kuuleminen lautakunnissa.
    status: not_started
`;

const ws = (monitoring: Record<string, string | null>, more: Record<string, string | null> = {}) =>
  files({ 'boards/perusturva.yaml': BOARD, ...Object.fromEntries(Object.entries(monitoring).map(([k, v]) => [`monitoring/${k}`, v])), ...more });

describe('loading monitoring files', () => {
  it('a valid file becomes model.monitoring and passes through merge, each entry with its place', async () => {
    const { diagnostics, model } = await check(ws({ '2027.yaml': M2027 }));
    expect(diagnostics).toEqual([]);
    expect(model!.monitoring).toHaveLength(1);
    const m = model!.monitoring![0]!;
    expect(m).toMatchObject({ year: 2027, reported: '2028-02-15' });
    expect(m.file.endsWith(path.join('monitoring', '2027.yaml'))).toBe(true);
    expect(m.actions.map((a) => [a.goal, a.action, a.status, a.pos.line])).toEqual([
      ['G1', 'Perhekeskus', 'in_progress', 5],
      ['G2', 'nuva-budjetti', 'done', 11],
      ['G2', 'nuorten kuuleminen lautakunnissa.', 'not_started', 14],
    ]);
    expect(m.actions[0]).toMatchObject({ progress: 50, note: 'Tilat valittu.', reporter: 'perhepalvelujen johtaja' });
    expect(merge(model!).monitoring).toBe(model!.monitoring);
  });

  it('orders the files by year, whatever order they are listed in', async () => {
    const later = M2027.replace('year: 2027', 'year: 2028').replace('reported: 2028-02-15\n', '');
    const { diagnostics, model } = await check(ws({ '2028.yaml': later, '2027.yml': M2027 }));
    expect(diagnostics).toEqual([]);
    expect(model!.monitoring!.map((m) => [m.year, m.reported ?? null])).toEqual([
      [2027, '2028-02-15'],
      [2028, null],
    ]);
  });

  it('without monitoring/ the model has no monitoring', async () => {
    const { model } = await check(files());
    expect(model!.monitoring).toBeUndefined();
    expect(merge(model!).monitoring).toBeUndefined();
  });

  it('2027.yml beside 2027.yaml is ignored and said so; a name that is no year is a warning, not read', async () => {
    const { diagnostics, dir, model } = await check(ws({ '2027.yaml': M2027, '2027.yml': 'year: 1\n', 'luonnos.yaml': 'year: 2027\n', 'README.md': 'x' }));
    expect(summary(diagnostics, dir)).toEqual(['ambiguous-input monitoring/2027.yml:1:1', 'monitoring-name monitoring/luonnos.yaml:1:1']);
    expect(diagnostics[1]!.severity).toBe('warning');
    expect(model).toBeUndefined();
  });

  it('a monitoring file leading outside the workspace is not read', async () => {
    const outside = testdir({ '2027.yaml': M2027 });
    const all = ws({});
    const dir = testdir(all);
    mkdirSync(path.join(dir, 'monitoring'));
    symlinkSync(path.join(outside, '2027.yaml'), path.join(dir, 'monitoring', '2027.yaml'));
    const { diagnostics } = validate(await loadWorkspace(dir));
    expect(summary(diagnostics, dir)).toEqual(['outside-workspace monitoring/2027.yaml:1:1']);
  });

  it('an empty file and broken YAML are diagnostics of that file', async () => {
    const { diagnostics, dir } = await check(ws({ '2027.yaml': '', '2028.yaml': 'year: 2028\nactions: [\n' }));
    expect(codes(diagnostics)).toContain('empty-file');
    expect(summary(diagnostics, dir).some((s) => s.includes('monitoring/2028.yaml'))).toBe(true);
  });
});

describe('the schema of a monitoring file', () => {
  it('a status in Finnish or Swedish is an error on its line with the key as the hint', async () => {
    const { diagnostics, dir } = await check(ws({ '2027.yaml': M2027.replace('status: in_progress', 'status: käynnissä').replace('status: done', 'status: slopad') }));
    expect(summary(diagnostics, dir)).toEqual(['unknown-status monitoring/2027.yaml:7:13', 'unknown-status monitoring/2027.yaml:13:13']);
    expect(diagnostics[0]!.message).toBe('`käynnissä` is not a status; use one of `not_started`, `in_progress`, `done`, `delayed`, `dropped`.');
    expect(diagnostics[0]!.hint).toBe('“käynnissä” is written `in_progress`.');
    expect(diagnostics[1]!.hint).toBe('“slopad” is written `dropped`.');
  });

  it('a mistyped status gets the closest key', async () => {
    const { diagnostics } = await check(ws({ '2027.yaml': M2027.replace('status: done', 'status: dnoe') }));
    expect(diagnostics.map((d) => [d.code, d.line, d.hint])).toEqual([['unknown-status', 13, 'Did you mean `done`?']]);
  });

  it('progress above 100, an unknown key and a missing status are errors with positions', async () => {
    const text = M2027.replace('progress: 50', 'progress: 150').replace('note: Tilat valittu.', 'notes: Tilat valittu.').replace('    status: not_started\n', '');
    const { diagnostics, dir } = await check(ws({ '2027.yaml': text }));
    expect(summary(diagnostics, dir).sort()).toEqual(
      ['missing-key monitoring/2027.yaml:14:5', 'schema monitoring/2027.yaml:8:15', 'unknown-key monitoring/2027.yaml:9:5'].sort(),
    );
    expect(diagnostics.find((d) => d.code === 'unknown-key')!.hint).toBe('Did you mean `note`?');
  });

  it('a mistyped goal is reported beside a mistyped status in the same file (not only after the status is fixed)', async () => {
    const text = M2027.replace('status: done', 'status: valmis').replace('goal: G1', 'goal: G11');
    const { diagnostics, dir } = await check(ws({ '2027.yaml': text }));
    expect(summary(diagnostics, dir).sort()).toEqual(['unknown-goal monitoring/2027.yaml:5:11', 'unknown-status monitoring/2027.yaml:13:13']);
  });
});

describe('monitoring rules', () => {
  it('unknown-goal: on the goal line, with the closest goal id', async () => {
    const { diagnostics, dir, model } = await check(ws({ '2027.yaml': M2027.replace('goal: G1', 'goal: G1x') }));
    expect(summary(diagnostics, dir)).toEqual(['unknown-goal monitoring/2027.yaml:5:11']);
    expect(diagnostics[0]!.message).toBe('There is no goal with the id `G1x` in the plan.');
    expect(diagnostics[0]!.hint).toBe('Did you mean `G1`?');
    expect(model).toBeUndefined();
  });

  it('unknown-goal: a goal title written where the id belongs names the id', async () => {
    const { diagnostics } = await check(ws({ '2027.yaml': M2027.replace('goal: G1', 'goal: matalan kynnyksen tuki') }));
    expect(diagnostics.map((d) => [d.code, d.line, d.hint])).toEqual([['unknown-goal', 5, 'Did you mean `G1`?']]);
  });

  it('unknown-goal: a goal without an id cannot be reported on, and the hint says why', async () => {
    const board = BOARD.replace('  - id: G1\n    title', '  - title');
    const { diagnostics } = await check(ws({ '2027.yaml': M2027.replace('goal: G1', 'goal: Matalan kynnyksen tuki') }, { 'boards/perusturva.yaml': board }));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['unknown-goal', 5]]);
    expect(diagnostics[0]!.hint).toBe("That is a goal's title, and the goal has no id: give it `id:` in the board files and write the id here.");
  });

  it('unknown-action: on the action line, with the closest id or text of that goal', async () => {
    const text = M2027.replace('action: nuva-budjetti', 'action: nuva-budjeti').replace('action: Perhekeskus', 'action: Perhekeskukset avataan');
    const { diagnostics, dir } = await check(ws({ '2027.yaml': text }));
    expect(summary(diagnostics, dir)).toEqual(['unknown-action monitoring/2027.yaml:6:13', 'unknown-action monitoring/2027.yaml:12:13']);
    expect(diagnostics[0]!.message).toBe('The goal `G1` has no action `Perhekeskukset avataan`.');
    expect(diagnostics[0]!.hint).toBe('Name the action by its id, or by its text as the board file writes it: `Perhekeskus`.');
    expect(diagnostics[1]!.hint).toBe('Did you mean `nuva-budjetti`?');
  });

  it('unknown-action: a typo in a long action text suggests the text', async () => {
    const text = M2027.replace('action: nuorten kuuleminen lautakunnissa.', 'action: Nuorten kuuleminen lautakunnisa');
    const { diagnostics } = await check(ws({ '2027.yaml': text }));
    expect(diagnostics.map((d) => [d.code, d.line, d.hint])).toEqual([['unknown-action', 15, 'Did you mean `Nuorten kuuleminen lautakunnissa`?']]);
  });

  it('duplicate-report: the same action twice, by id and by text, at the second naming the first', async () => {
    const text = `${M2027}  - goal: G2\n    action: Nuorisovaltuustolle oma määräraha\n    status: done\n`;
    const { diagnostics, dir } = await check(ws({ '2027.yaml': text }));
    expect(summary(diagnostics, dir)).toEqual(['duplicate-report monitoring/2027.yaml:18:13']);
    expect(diagnostics[0]!.message).toBe('This action is already reported at line 11 of this file.');
  });

  it('year-mismatch and year-outside-period, on the year', async () => {
    const { diagnostics, dir } = await check(ws({ '2027.yaml': M2027.replace('year: 2027', 'year: 2031') }));
    expect(summary(diagnostics, dir)).toEqual(['year-mismatch monitoring/2027.yaml:2:7', 'year-outside-period monitoring/2027.yaml:2:7']);
    expect(diagnostics[0]!.hint).toBe('Write `year: 2027`, or rename the file to 2031.yaml.');
    expect(diagnostics[1]!.message).toBe('The year 2031 is outside the plan period 2026–2029.');
  });

  it('a board with a schema error: the monitoring file is not compared with the plan (no cascade)', async () => {
    const broken = BOARD.replace('submitted: 2026-03-15', 'submitted: 15.3.2026');
    const { diagnostics, dir } = await check(ws({ '2027.yaml': M2027.replace('goal: G1', 'goal: G3') }, { 'boards/perusturva.yaml': broken }));
    expect(summary(diagnostics, dir)).toEqual(['invalid-date boards/perusturva.yaml:5:12']);
  });

  it('a broken plan.yaml: no comparison either, but repeats are still found', async () => {
    const text = `${M2027}  - goal: G1\n    action: perhekeskus\n    status: done\n`;
    const { diagnostics, dir } = await check(ws({ '2027.yaml': text }, { 'plan.yaml': 'municipalities: [Akaa]\n' }));
    expect(summary(diagnostics, dir).filter((s) => s.includes('monitoring'))).toEqual(['duplicate-report monitoring/2027.yaml:18:13']);
  });
});

describe('action ids', () => {
  it('are carried to the model and to the merged actions', async () => {
    const { model } = await check(ws({}));
    const goal = model!.boards.find((b) => b.id === 'perusturva')!.goals.find((g) => g.id === 'G2')!;
    expect(goal.actions.map((a) => a.id ?? null)).toEqual(['nuva-budjetti', null]);
    const merged = merge(model!).goals.find((g) => g.id === 'G2')!;
    expect(merged.actions.map((a) => a.id ?? null)).toEqual(['nuva-budjetti', null]);
  });

  it('an id given by a second board names the merged action too', async () => {
    // koulutus comes first (file-name order) and gives no id; perusturva's id names the action
    const koulutus = `board:\n  id: koulutus\n  name: Koulutuslautakunta\ngoals:\n  - id: G2\n    title: Nuoret vaikuttavat\n    actions:\n      - text: Nuorten kuuleminen lautakunnissa.\n`;
    const perusturva = BOARD.replace('      - text: Nuorten kuuleminen', '      - id: kuuleminen\n        text: Nuorten kuuleminen');
    const { model, diagnostics } = await check(ws({}, { 'boards/koulutus.yaml': koulutus, 'boards/perusturva.yaml': perusturva }));
    expect(diagnostics).toEqual([]);
    const merged = merge(model!).goals.find((g) => g.id === 'G2')!;
    expect(merged.actions.map((a) => [a.id ?? null, a.boards])).toEqual([
      ['kuuleminen', ['koulutus', 'perusturva']],
      ['nuva-budjetti', ['perusturva']],
    ]);
  });

  it('action-id-conflict: the same id with another text in the same merged goal, at the later id', async () => {
    const koulutus = `board:\n  id: koulutus\n  name: Koulutuslautakunta\ngoals:\n  - id: G2\n    title: Nuoret vaikuttavat\n    actions:\n      - id: nuva-budjetti\n        text: Nuorisovaltuuston budjetti\n`;
    const { diagnostics, dir } = await check(ws({}, { 'boards/koulutus.yaml': koulutus }));
    // koulutus comes first in file-name order: perusturva's is the later one
    expect(summary(diagnostics, dir)).toEqual(['action-id-conflict boards/perusturva.yaml:19:13']);
    expect(diagnostics[0]!.message).toBe(
      'The action id `nuva-budjetti` has different texts: "Nuorisovaltuustolle oma määräraha" here and "Nuorisovaltuuston budjetti" in boards/koulutus.yaml:8.',
    );
  });

  it('action-id-conflict: one action with two ids', async () => {
    const koulutus = `board:\n  id: koulutus\n  name: Koulutuslautakunta\ngoals:\n  - id: G2\n    title: Nuoret vaikuttavat\n    actions:\n      - id: budjetti\n        text: Nuorisovaltuustolle oma määräraha.\n`;
    const { diagnostics, dir } = await check(ws({}, { 'boards/koulutus.yaml': koulutus }));
    expect(summary(diagnostics, dir)).toEqual(['action-id-conflict boards/perusturva.yaml:19:13']);
    expect(diagnostics[0]!.message).toBe(
      'This action already has the id `budjetti` in boards/koulutus.yaml:8; one action cannot have two ids (here `nuva-budjetti`).',
    );
  });

  it('the same id in two different goals is fine', async () => {
    const board = BOARD.replace('      - text: Perhekeskus', '      - id: nuva-budjetti\n        text: Perhekeskus');
    const { diagnostics } = await check(ws({}, { 'boards/perusturva.yaml': board }));
    expect(diagnostics).toEqual([]);
  });
});

describe('indicator references', () => {
  const withIndicator = (value: string) => BOARD.replace('        responsible: vapaa-aikajohtaja\n', `        responsible: vapaa-aikajohtaja\n        indicator: ${value}\n`);

  it('an id-like indicator that is in indicators.yaml is fine, and so is free text', async () => {
    expect((await check(ws({}, { 'indicators.yaml': INDICATORS, 'boards/perusturva.yaml': withIndicator('kouluterveys-ahdistus') }))).diagnostics).toEqual([]);
    expect((await check(ws({}, { 'indicators.yaml': INDICATORS, 'boards/perusturva.yaml': withIndicator('Ahdistuneisuus, % 8.–9. lk') }))).diagnostics).toEqual([]);
    // a single plain word is free text unless it is an id
    expect((await check(ws({}, { 'boards/perusturva.yaml': withIndicator('Lainaukset') }))).diagnostics).toEqual([]);
  });

  it('unknown-indicator: an id that is not in indicators.yaml, on the indicator line, with did-you-mean', async () => {
    const { diagnostics, dir } = await check(ws({}, { 'indicators.yaml': INDICATORS, 'boards/perusturva.yaml': withIndicator('kouluterveys-ahdistu') }));
    expect(summary(diagnostics, dir)).toEqual(['unknown-indicator boards/perusturva.yaml:22:20']);
    expect(diagnostics[0]!.hint).toBe('Did you mean `kouluterveys-ahdistus`?');
  });

  it('unknown-indicator without indicators.yaml says there is none', async () => {
    const { diagnostics } = await check(ws({}, { 'boards/perusturva.yaml': withIndicator('kts-yksinaisyys') }));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['unknown-indicator', 22]]);
    expect(diagnostics[0]!.hint).toMatch(/indicators\.yaml, which has none/);
  });

  it('a broken indicators.yaml is not compared with', async () => {
    const { diagnostics } = await check(ws({}, { 'indicators.yaml': 'indicators: 3\n', 'boards/perusturva.yaml': withIndicator('kts-yksinaisyys') }));
    expect(codes(diagnostics)).not.toContain('unknown-indicator');
  });
});

describe('the example workspace', () => {
  it('has two years of monitoring that pass', async () => {
    const dir = path.resolve('plans/example');
    const { model, diagnostics } = validate(await loadWorkspace(dir));
    expect(diagnostics).toEqual([]);
    expect(model!.monitoring!.map((m) => [m.year, m.actions.length])).toEqual([
      [2027, 13],
      [2028, 12],
    ]);
  });
});
