// `lnhs board add|remove` (issue 13 item 6): a board joins or leaves in the middle of the round;
// its file is written from init's scaffold, meeting.yaml's `boards` and `sections` follow, and
// nothing else in any file changes: comments, blank lines and quoting stay.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addBoardToMeeting, removeBoardFromMeeting } from '../../src/init/meeting-edit.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { workspaceFiles } from './fixtures.js';

const MEETING = `# Yhteinen kokous
date: 2026-11-18   # vahvistettu
start: "17:00"
place: Valtuustosali

# osallistujat
boards:
  - opetus   # opetuslautakunta
  - vapaa
sections:
  opetus: 40
  vapaa: 12
items:
  - title: Nuorisovaltuusto
    boards: [opetus, vapaa]
`;

describe('editing meeting.yaml in place', () => {
  it('adds the board at the end of `boards` and `sections`, changing no other byte', () => {
    const edit = addBoardToMeeting(MEETING, 'tekninen');
    expect(edit.changed).toEqual(['boards', 'sections']);
    expect(edit.section).toBe(50);
    expect(edit.text).toBe(
      MEETING.replace('  - vapaa\n', '  - vapaa\n  - tekninen\n').replace('  vapaa: 12\n', '  vapaa: 12\n  tekninen: 50\n'),
    );
  });

  it('handles flow lists and mappings, and CRLF line endings', () => {
    const flow = 'date: 2026-11-18\nstart: "17:00"\nplace: Sali\nboards: [opetus, vapaa]  # kaikki\nsections: {opetus: 40}\n';
    expect(addBoardToMeeting(flow, 'tekninen').text).toBe(
      'date: 2026-11-18\nstart: "17:00"\nplace: Sali\nboards: [opetus, vapaa, tekninen]  # kaikki\nsections: {opetus: 40, tekninen: 50}\n',
    );
    const crlf = MEETING.replace(/\n/g, '\r\n');
    expect(addBoardToMeeting(crlf, 'tekninen').text).toBe(addBoardToMeeting(MEETING, 'tekninen').text.replace(/\n/g, '\r\n'));
  });

  it('leaves a file without `boards` and `sections` as it is (all boards attend by default)', () => {
    const plain = 'date: 2026-11-18\nstart: "17:00"\nplace: Sali\n';
    expect(addBoardToMeeting(plain, 'tekninen')).toMatchObject({ text: plain, changed: [] });
  });

  it('removes the board from `boards` and `sections`, and points at items that still name it', () => {
    const edit = removeBoardFromMeeting(MEETING, 'opetus');
    expect(edit.changed).toEqual(['boards', 'sections']);
    expect(edit.text).toBe(MEETING.replace('  - opetus   # opetuslautakunta\n', '').replace('  opetus: 40\n', ''));
    expect(edit.itemLines).toEqual([13]);
    const flow = removeBoardFromMeeting('boards: [opetus, vapaa]\nsections: {vapaa: 12, opetus: 40}\n', 'opetus');
    expect(flow.text).toBe('boards: [vapaa]\nsections: {vapaa: 12}\n');
  });
});

describe('lnhs board add', () => {
  it('writes the board file from the scaffold and updates meeting.yaml, keeping every other edit', async () => {
    const dir = testdir(workspaceFiles({ 'meeting.yaml': MEETING }));
    const before = readFileSync(path.join(dir, 'boards/opetus.yaml'), 'utf8');
    const plan = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    const r = await runCli(['board', 'add', 'tekninen', 'Tekninen lautakunta'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote boards/tekninen.yaml for Tekninen lautakunta.');
    expect(r.stdout).toContain('added `tekninen: 50` to `sections`; check the § number');
    const board = readFileSync(path.join(dir, 'boards/tekninen.yaml'), 'utf8');
    expect(board).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/lnhs@[^/]+\/schema\/board\.schema\.json\n/);
    expect(board).toContain('  id: tekninen\n  name: Tekninen lautakunta\n');
    expect(readFileSync(path.join(dir, 'boards/opetus.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(plan);
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toContain('  - vapaa\n  - tekninen\n');
    // the workspace is still valid, now with three boards
    const v = await runCli(['validate', '.'], { cwd: dir });
    expect(v.stderr).toContain('(3 boards)');
  });

  it('writes a relative schema path with --schema local', async () => {
    const dir = testdir(workspaceFiles());
    await runCli(['board', 'add', 'tekninen', 'Tekninen lautakunta', '--schema', 'local'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'boards/tekninen.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=[./]+.*schema\/board\.schema\.json\n/);
  });

  it('refuses an existing board, a bad id and a folder without plan.yaml', async () => {
    const dir = testdir(workspaceFiles());
    const again = await runCli(['board', 'add', 'opetus', 'Opetus'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('boards/opetus.yaml already exists; nothing was written.');
    const bad = await runCli(['board', 'add', 'Vapaa Aika', 'X'], { cwd: dir });
    expect(bad.code).toBe(2);
    const empty = testdir({ 'x.txt': '' });
    const none = await runCli(['board', 'add', 'x', 'X', '--lang', 'fi'], { cwd: empty });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('ei ole plan.yaml-tiedostoa');
  });
});

describe('lnhs board remove', () => {
  it('removes an untouched board and takes it out of meeting.yaml', async () => {
    const dir = testdir(workspaceFiles({ 'meeting.yaml': MEETING }));
    await runCli(['board', 'add', 'tekninen', 'Tekninen lautakunta'], { cwd: dir });
    const r = await runCli(['board', 'remove', 'tekninen'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'boards/tekninen.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toBe(MEETING);
  });

  it('refuses to delete a board file with content unless --force, and names items left behind', async () => {
    const dir = testdir(workspaceFiles({ 'meeting.yaml': MEETING }));
    const r = await runCli(['board', 'remove', 'opetus'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has 5 SWOT item(s), vision proposal(s) or goal(s) written in it; nothing was removed');
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toBe(MEETING);
    const forced = await runCli(['board', 'remove', 'opetus', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('the agenda items on line(s) 13 still name `opetus`');
    expect(existsSync(path.join(dir, 'boards/opetus.yaml'))).toBe(false);
  });

  it('says so when there is no such board', async () => {
    const dir = testdir(workspaceFiles());
    writeFileSync(path.join(dir, 'meeting.yaml'), 'date: 2026-11-18\nstart: "17:00"\nplace: Sali\n');
    const r = await runCli(['board', 'remove', 'puuttuu'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no board `puuttuu`');
  });
});
