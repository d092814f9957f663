// `lnhs diff <old> <new>` between plans/example and an edited copy (issue 4 item 4): exactly the
// changes made, in text and json; identical workspaces are "no changes" with exit 0.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../plans/example', import.meta.url));

function copyExample(name: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-diff-')), name);
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const p = path.join(dir, file);
  const text = readFileSync(p, 'utf8');
  expect(text, `${file} holds ${JSON.stringify(from)}`).toContain(from);
  writeFileSync(p, text.replace(from, to));
}

const ADDED_ITEM = 'Koulujen kerhotoiminta on monipuolista.';
const REMOVED_ITEM = 'Kylien leikkipaikkojen välineet ovat vanhentuneita.';
const OLD_VISION_END = 'saa tukea oikeaan aikaan – lähellä arkea ja yhdessä tehden.';
const NEW_ACTION = 'Mielenterveystaitojen oppitunnit lisätään yläkoulun opetussuunnitelmaan.';
const NEW_GOAL = 'Lasten mediataidot vahvistuvat';

/** The example with one item added, one removed, the vision changed, a goal and an action added. */
function editedCopy(): string {
  const dir = copyExample('new');
  edit(dir, 'boards/sivistys.yaml', '    - Koulunuorisotyö tavoittaa nuoret hyvin.\n', `    - Koulunuorisotyö tavoittaa nuoret hyvin.\n    - ${ADDED_ITEM}\n`);
  edit(dir, 'boards/tekninen.yaml', `    - ${REMOVED_ITEM}\n`, '');
  edit(dir, 'plan.yaml', OLD_VISION_END, 'saa tukea oikeaan aikaan.');
  edit(
    dir,
    'boards/sivistys.yaml',
    '        resources: Työtilan muutostyö noin 15 000 € (kunta); kuraattorin palkka hyvinvointialueen talousarviossa\n',
    `        resources: Työtilan muutostyö noin 15 000 € (kunta); kuraattorin palkka hyvinvointialueen talousarviossa\n      - text: ${NEW_ACTION}\n        due: 2028\n`,
  );
  const sivistys = path.join(dir, 'boards/sivistys.yaml');
  writeFileSync(
    sivistys,
    readFileSync(sivistys, 'utf8').trimEnd() +
      `\n  - id: mediataidot\n    title: ${NEW_GOAL}\n    actions:\n      - text: Mediakasvatuksen vuosikello otetaan käyttöön kaikissa kouluissa.\n        due: 2027\n`,
  );
  return dir;
}

describe('lnhs diff', () => {
  const old = copyExample('old');

  it('says "No changes." and exits 0 for identical workspaces, in text and json', async () => {
    const same = copyExample('same');
    const r = await runCli(['diff', old, same]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No changes.\n');
    const fi = await runCli(['diff', old, same, '--lang', 'fi']);
    expect(fi.stdout).toBe('Ei muutoksia.\n');
    const json = JSON.parse((await runCli(['diff', old, same, '--format', 'json'])).stdout);
    expect(json).toEqual({
      empty: true,
      swot: {
        strengths: { added: [], removed: [] },
        weaknesses: { added: [], removed: [] },
        opportunities: { added: [], removed: [] },
        threats: { added: [], removed: [] },
      },
      vision: null,
      visions: { added: [], removed: [] },
      goals: { added: [], removed: [], changed: [] },
      boards: { added: [], removed: [] },
    });
  });

  it('shows exactly the item added and removed, the vision, the goal and the action added', async () => {
    const edited = editedCopy();
    const abs = await runCli(['diff', old, edited]);
    expect(abs.code, abs.stderr).toBe(0);
    const visionOld = readFileSync(path.join(old, 'plan.yaml'), 'utf8').match(/vision: >-\n((?: {2}.*\n)+)/)![1]!.replace(/\n\s*/g, ' ').trim();
    expect(abs.stdout).toBe(
      [
        'SWOT',
        '  Strengths',
        `    + ${ADDED_ITEM} (sivistys)`,
        '  Weaknesses',
        `    - ${REMOVED_ITEM} (tekninen)`,
        '',
        'Vision',
        `  - ${visionOld}`,
        `  + ${visionOld.replace(OLD_VISION_END, 'saa tukea oikeaan aikaan.')}`,
        '',
        'Goals and actions',
        `  + ${NEW_GOAL} (sivistys)`,
        '  ~ Lasten ja nuorten mielen hyvinvointia tuetaan varhain',
        `      + ${NEW_ACTION} (sivistys)`,
        '',
      ].join('\n'),
    );

    const json = JSON.parse((await runCli(['diff', old, edited, '--format', 'json'])).stdout);
    expect(json.empty).toBe(false);
    expect(json.swot.strengths).toEqual({ added: [{ key: expect.any(String), text: ADDED_ITEM, boards: ['sivistys'] }], removed: [] });
    expect(json.swot.weaknesses).toEqual({ added: [], removed: [{ key: expect.any(String), text: REMOVED_ITEM, boards: ['tekninen'] }] });
    expect(json.swot.opportunities).toEqual({ added: [], removed: [] });
    expect(json.swot.threats).toEqual({ added: [], removed: [] });
    expect(json.vision).toEqual({ old: visionOld, new: visionOld.replace(OLD_VISION_END, 'saa tukea oikeaan aikaan.') });
    expect(json.visions).toEqual({ added: [], removed: [] });
    expect(json.goals).toEqual({
      added: [{ key: expect.stringContaining('mediataidot'), text: NEW_GOAL, boards: ['sivistys'] }],
      removed: [],
      changed: [
        {
          key: expect.any(String),
          title: 'Lasten ja nuorten mielen hyvinvointia tuetaan varhain',
          actionsAdded: [{ key: expect.any(String), text: NEW_ACTION, boards: ['sivistys'] }],
          actionsRemoved: [],
        },
      ],
    });
    expect(json.boards).toEqual({ added: [], removed: [] });

    // the other way round, added and removed swap
    const back = await runCli(['diff', edited, old]);
    expect(back.stdout).toContain(`    - ${ADDED_ITEM} (sivistys)`);
    expect(back.stdout).toContain(`    + ${REMOVED_ITEM} (tekninen)`);
    expect(back.stdout).toContain(`  - ${NEW_GOAL} (sivistys)`);
    expect(back.stdout).toContain(`      - ${NEW_ACTION} (sivistys)`);
  });

  it('shows a removed board, with what only that board had raised, and no unchanged item', async () => {
    const fewer = copyExample('fewer');
    rmSync(path.join(fewer, 'boards/vapaa-aika.yaml'));
    // the yearly follow-up reports on the board's actions too (issue 16); diff compares plans
    rmSync(path.join(fewer, 'monitoring'), { recursive: true });
    // the meeting lists the board, its § numbers, presenter and review address; take it out
    // there too
    const meeting = path.join(fewer, 'meeting.yaml');
    const doc = parseDocument(readFileSync(meeting, 'utf8'));
    const boards = doc.get('boards') as YAMLSeq;
    const at = boards.items.findIndex((b) => String(isScalar(b) ? b.value : b) === 'vapaa-aika');
    expect(at).toBeGreaterThanOrEqual(0);
    boards.delete(at);
    for (const key of ['sections', 'presenters', 'review']) expect(doc.deleteIn([key, 'vapaa-aika']), key).toBe(true);
    // and from the extra items that name their boards
    for (const item of (doc.get('items') as YAMLSeq<YAMLMap>).items) {
      const handling = item.get('boards') as YAMLSeq | undefined;
      const i = handling?.items.findIndex((b) => String(isScalar(b) ? b.value : b) === 'vapaa-aika') ?? -1;
      if (i >= 0) handling!.delete(i);
    }
    writeFileSync(meeting, doc.toString());
    const r = await runCli(['diff', old, fewer, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.boards).toEqual({ added: [], removed: [{ id: 'vapaa-aika', name: 'Vapaa-aikalautakunta' }] });
    expect(json.vision).toBeNull();
    // every removed item was raised by vapaa-aika alone; items it shared with others stay
    const removed = Object.values(json.swot as Record<string, { added: unknown[]; removed: { text: string; boards: string[] }[] }>).flatMap((q) => {
      expect(q.added).toEqual([]);
      return q.removed;
    });
    const before = JSON.parse((await runCli(['merge', old, '--format', 'json'])).stdout) as {
      swot: Record<string, { text: string; boards: string[] }[]>;
    };
    const onlyVapaaAika = Object.values(before.swot).flatMap((q) => q.filter((i) => i.boards.join() === 'vapaa-aika').map((i) => i.text));
    expect(onlyVapaaAika.length).toBeGreaterThan(5);
    expect(removed.map((i) => i.text)).toEqual(onlyVapaaAika);
    for (const item of removed) expect(item.boards).toEqual(['vapaa-aika']);
    expect(removed.map((i) => i.text)).not.toContain('Harrastusmahdollisuuksia on monipuolisesti.');
    expect(json.visions.removed).toEqual([{ key: expect.any(String), text: expect.stringContaining('oman porukkansa'), boards: ['vapaa-aika'] }]);
    expect(json.goals.removed.map((g: { key: string }) => g.key)).toEqual([expect.stringContaining('lukuinto')]);

    const text = await runCli(['diff', old, fewer]);
    expect(text.stdout).toMatch(/\nBoards\n {2}- vapaa-aika \(Vapaa-aikalautakunta\)\n$/);
    expect(text.stdout).not.toContain('+ ');

    const added = await runCli(['diff', fewer, old]);
    expect(added.stdout).toMatch(/\nBoards\n {2}\+ vapaa-aika \(Vapaa-aikalautakunta\)\n$/);
  });

  it('exits 2 without the second folder and 1 when a workspace does not exist', async () => {
    const missing = await runCli(['diff', old]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'new'");
    const none = await runCli(['diff', old, path.join(old, 'no-such-folder')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no-such-folder');
  });
});
