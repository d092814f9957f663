// Conflicts and repeats (issue 13 item 7): goals with one id and two titles are an error naming
// both places, as SWOT items are; an item repeated within one board, or the same text in two of
// a board's quadrants, is a warning; `merge --suggest` also compares across quadrants.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { BOARD_A, BOARD_B, workspaceFiles } from './fixtures.js';

interface Json {
  diagnostics: { severity: string; code: string; file: string; line: number; message: string; hint?: string }[];
}

async function diagnosticsOf(files: Record<string, string>) {
  const dir = testdir(files);
  const r = await runCli(['validate', '--format', 'json'], { cwd: dir });
  return { code: r.code, list: (JSON.parse(r.stdout) as Json).diagnostics };
}

describe('goal id conflicts', () => {
  it('is an error naming both places when two boards give one goal id two titles', async () => {
    const other = BOARD_B + 'goals:\n  - id: tuki\n    title: Harrastus kaikille\n    actions:\n      - text: Harrastustakuu\n';
    const { code, list } = await diagnosticsOf(workspaceFiles({ 'boards/vapaa.yaml': other }));
    expect(code).toBe(1);
    const conflict = list.filter((d) => d.code === 'goal-conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: 'error', file: 'boards/vapaa.yaml', line: 10 });
    expect(conflict[0]!.message).toBe(
      'The goal id `tuki` has different titles: "Harrastus kaikille" here and "Tuki ajoissa" in boards/opetus.yaml:18.',
    );
  });

  it('lets equal titles (after normalization) merge as before', async () => {
    const other = BOARD_B + 'goals:\n  - id: tuki\n    title: "tuki  ajoissa."\n    actions:\n      - text: Harrastustakuu\n';
    const { code, list } = await diagnosticsOf(workspaceFiles({ 'boards/vapaa.yaml': other }));
    expect(list).toEqual([]);
    expect(code).toBe(0);
  });

  it('catches the conflict within one board too', async () => {
    const board = BOARD_A + '  - id: tuki\n    title: Toinen tavoite\n    actions: []\n';
    const { list } = await diagnosticsOf(workspaceFiles({ 'boards/opetus.yaml': board }));
    expect(list.map((d) => [d.code, d.line])).toEqual([['goal-conflict', 23]]);
  });
});

describe('repeated items', () => {
  it('warns about an item written twice in one quadrant of one board', async () => {
    const board = BOARD_A.replace('    - Oppilashuoltoon jonotetaan.\n', '    - Oppilashuoltoon jonotetaan.\n    - oppilashuoltoon  jonotetaan\n');
    const { code, list } = await diagnosticsOf(workspaceFiles({ 'boards/opetus.yaml': board }));
    expect(code).toBe(0);
    expect(list.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'repeated-item', 16]]);
    expect(list[0]!.message).toBe('This item is already in `weaknesses` at line 15 of this file.');
  });

  it('warns about the same text in two quadrants of one board, naming both', async () => {
    const board = BOARD_A.replace('  weaknesses:\n', '  weaknesses:\n    - Koulut ovat lähellä kotia\n');
    const { list } = await diagnosticsOf(workspaceFiles({ 'boards/opetus.yaml': board }));
    expect(list.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'quadrant-repeat', 15]]);
    expect(list[0]!.message).toBe('The same text is also in `strengths` (line 10 of this file); an item belongs in one quadrant.');
  });

  it('fails under --strict, and works on one file on its own', async () => {
    const board = BOARD_A.replace('    - Oppilashuoltoon jonotetaan.\n', '    - Oppilashuoltoon jonotetaan.\n    - Oppilashuoltoon jonotetaan.\n');
    const dir = testdir({ 'opetus.yaml': board });
    const r = await runCli(['validate', 'opetus.yaml', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[repeated-item]');
  });

  it('leaves the same text raised by two boards alone: that is what merging is for', async () => {
    const { list } = await diagnosticsOf(workspaceFiles());
    expect(list).toEqual([]);
  });
});

describe('merge --suggest across quadrants', () => {
  it('pairs similar items of different quadrants and labels the pair so', async () => {
    const dir = testdir(
      workspaceFiles({
        'boards/vapaa.yaml': BOARD_B.replace('Nuorisotilat sulkeutuvat.', 'Oppilashuoltoon jonotetaan liian pitkään.'),
      }),
    );
    const text = await runCli(['merge', '--suggest'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/weaknesses ↔ threats[\s\S]*across quadrants/);
    const json = await runCli(['merge', '--suggest', '--format', 'json'], { cwd: dir });
    const pairs = JSON.parse(json.stdout) as { quadrant: string; otherQuadrant?: string; a: { text: string }; b: { text: string } }[];
    const across = pairs.filter((p) => p.otherQuadrant);
    expect(across).toHaveLength(1);
    expect(across[0]).toMatchObject({ quadrant: 'weaknesses', otherQuadrant: 'threats' });
    expect(across[0]!.a.text).toBe('Oppilashuoltoon jonotetaan.');
  });
});
