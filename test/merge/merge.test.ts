import { describe, expect, it } from 'vitest';
import { merge, mergeStats } from '../../src/merge/index.js';
import type { MergedItem } from '../../src/model/types.js';
import { DIR, board, workspace } from '../helpers/model.js';

const texts = (items: MergedItem[]) => items.map((i) => i.text);

describe('merge: SWOT identity', () => {
  it('merges items with equal ids across boards, keeping the first text', () => {
    const merged = merge(
      workspace({
        boards: [
          board('perusturva', { strengths: [{ id: 'neuvola', text: 'Neuvolapalvelut ovat hyvin saatavilla' }] }),
          board('sivistys', { strengths: [{ id: 'neuvola', text: 'Neuvolat toimivat hyvin' }] }),
        ],
      }),
    );
    expect(merged.swot.strengths).toHaveLength(1);
    const [item] = merged.swot.strengths;
    expect(item).toMatchObject({
      key: 'neuvola',
      id: 'neuvola',
      text: 'Neuvolapalvelut ovat hyvin saatavilla',
      boards: ['perusturva', 'sivistys'],
      shared: true,
    });
  });

  it('merges id-less items whose texts differ only in case, white space, NFC/NFD, emphasis and trailing punctuation', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { weaknesses: ['Päihteiden käyttö lisääntyy'] }),
          board('b', { weaknesses: ['  PÄIHTEIDEN   käyttö lisääntyy.'] }),
          board('c', { weaknesses: ['Pa\u0308ihteiden ka\u0308ytto\u0308 lisa\u0308a\u0308ntyy!'] }),
          board('d', { weaknesses: ['*Päihteiden* käyttö lisääntyy…'] }),
        ],
      }),
    );
    expect(merged.swot.weaknesses).toHaveLength(1);
    expect(merged.swot.weaknesses[0]).toMatchObject({
      key: 'text:päihteiden käyttö lisääntyy',
      text: 'Päihteiden käyttö lisääntyy',
      boards: ['a', 'b', 'c', 'd'],
    });
    expect(merged.swot.weaknesses[0]!.id).toBeUndefined();
  });

  it('keeps different texts apart and never merges across quadrants', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: ['Hyvä koulu'], threats: ['Hyvä koulu'] }),
          board('b', { strengths: ['Hyvä koulutus'] }),
        ],
      }),
    );
    expect(texts(merged.swot.strengths)).toEqual(['Hyvä koulu', 'Hyvä koulutus']);
    expect(texts(merged.swot.threats)).toEqual(['Hyvä koulu']);
    expect(merged.swot.threats[0]!.shared).toBe(false);
  });

  it('joins an id-less item to a later item with an id and equal text (id-less first)', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: ['Koulunuorisotyö tavoittaa nuoret.'] }),
          board('b', { strengths: [{ id: 'koulunuorisotyo', text: 'Koulunuorisotyö tavoittaa nuoret' }] }),
        ],
      }),
    );
    expect(merged.swot.strengths).toHaveLength(1);
    expect(merged.swot.strengths[0]).toMatchObject({
      key: 'koulunuorisotyo',
      id: 'koulunuorisotyo',
      // the text written with the id wins over the id-less one that came first
      text: 'Koulunuorisotyö tavoittaa nuoret',
      boards: ['a', 'b'],
      shared: true,
    });
    expect(merged.swot.strengths[0]!.sources.map((s) => s.board)).toEqual(['a', 'b']);
  });

  it('joins an id-less item to an earlier item with an id and equal text (id first)', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: [{ id: 'koulunuorisotyo', text: 'Koulunuorisotyö tavoittaa nuoret' }] }),
          board('b', { strengths: ['koulunuorisotyö tavoittaa nuoret'] }),
        ],
      }),
    );
    expect(merged.swot.strengths).toHaveLength(1);
    expect(merged.swot.strengths[0]).toMatchObject({
      key: 'koulunuorisotyo',
      text: 'Koulunuorisotyö tavoittaa nuoret',
      boards: ['a', 'b'],
    });
  });

  it('joins id-less items on both sides of the id and keeps them with an id that has another text', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: ['Nuorisotilat ovat suosittuja'] }),
          board('b', { strengths: [{ id: 'tilat', text: 'Nuorisotilat ovat suosittuja' }] }),
          board('c', { strengths: ['Nuorisotilat ovat suosittuja', { id: 'tilat', text: 'Nuorisotilat ovat suosittuja!' }] }),
        ],
      }),
    );
    expect(merged.swot.strengths).toHaveLength(1);
    expect(merged.swot.strengths[0]!.boards).toEqual(['a', 'b', 'c']);
    expect(merged.swot.strengths[0]!.sources).toHaveLength(4);
  });

  it('takes the first theme given and every distinct note', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { threats: [{ text: 'Yksinäisyys lisääntyy', note: 'Kouluterveyskysely 2025' }] }),
          board('b', { threats: [{ text: 'Yksinäisyys lisääntyy', theme: 'osallisuus', note: 'kouluterveyskysely 2025.' }] }),
          board('c', { threats: [{ text: 'Yksinäisyys lisääntyy', theme: 'mielenterveys', note: 'Nuorisobarometri' }] }),
        ],
      }),
    );
    expect(merged.swot.threats[0]).toMatchObject({
      theme: 'osallisuus',
      notes: ['Kouluterveyskysely 2025', 'Nuorisobarometri'],
    });
  });
});

describe('merge: sources and order', () => {
  it('keeps every source with board, file, line and column', () => {
    const merged = merge(
      workspace({
        boards: [
          board('perusturva', { strengths: ['Toinen', { text: 'Hyvä neuvola', line: 12 }] }),
          board('sivistys', { strengths: [{ text: 'hyvä neuvola.', line: 30 }] }),
        ],
      }),
    );
    const item = merged.swot.strengths.find((i) => i.key === 'text:hyvä neuvola')!;
    expect(item.sources).toEqual([
      { board: 'perusturva', file: `${DIR}/boards/perusturva.yaml`, line: 12, column: 7 },
      { board: 'sivistys', file: `${DIR}/boards/sivistys.yaml`, line: 30, column: 7 },
    ]);
  });

  it('orders by number of boards, then by first appearance (boards in model order, items in file order)', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { opportunities: ['Yksi', 'Kaksi', 'Kolme'] }),
          board('b', { opportunities: ['Neljä', 'Kolme', 'Kaksi'] }),
          board('c', { opportunities: ['Kolme', 'Viisi'] }),
        ],
      }),
    );
    expect(texts(merged.swot.opportunities)).toEqual(['Kolme', 'Kaksi', 'Yksi', 'Neljä', 'Viisi']);
    expect(merged.swot.opportunities.map((i) => i.boards.length)).toEqual([3, 2, 1, 1, 1]);
  });

  it('counts a board once when it raises the same item twice', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: ['Ensimmäinen', 'Toinen', 'Toinen.'] }),
          board('b', { strengths: ['Ensimmäinen'] }),
        ],
      }),
    );
    expect(texts(merged.swot.strengths)).toEqual(['Ensimmäinen', 'Toinen']);
    const second = merged.swot.strengths[1]!;
    expect(second.boards).toEqual(['a']);
    expect(second.shared).toBe(false);
    expect(second.sources).toHaveLength(2);
  });

  it('lists boards in board order even when a later board wrote the item first in its file', () => {
    const merged = merge(
      workspace({
        boards: [
          board('vapaa-aika', { threats: ['Muu', 'Kiusaaminen'] }),
          board('perusturva', { threats: ['Kiusaaminen'] }),
        ],
      }),
    );
    expect(merged.swot.threats[0]!.boards).toEqual(['vapaa-aika', 'perusturva']);
  });

  it('is deterministic: the same input gives deep-equal, JSON-identical output', () => {
    const build = () =>
      workspace({
        boards: [
          board('a', { strengths: ['X', { id: 'y', text: 'Y' }, 'z'], vision: 'Hyvä arki', goals: [{ title: 'T', actions: ['A'] }] }),
          board('b', { strengths: ['y', 'X.'], vision: ['hyvä arki.'], goals: [{ title: 't', actions: ['a', 'B'] }] }),
        ],
      });
    const first = merge(build());
    const second = merge(build());
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('does not change its input', () => {
    const model = workspace({ boards: [board('a', { strengths: ['Yksi'] }), board('b', { strengths: ['yksi'] })] });
    const before = JSON.stringify(model);
    merge(model);
    expect(JSON.stringify(model)).toBe(before);
  });

  it('passes plan, boards, meeting, indicators and templatesDir through', () => {
    const model = workspace({ plan: { vision: 'Visio' }, boards: [board('a')] });
    model.templatesDir = '/tmp/templates';
    model.indicators = [{ id: 'i', title: 'Indikaattori', values: { '2024': 1 }, pos: { file: 'x', line: 1, column: 1 } }];
    model.meeting = { date: '2026-11-22', start: '17:00', place: 'Valtuustosali', boards: ['a'], sections: {}, items: [], file: 'm' };
    const merged = merge(model);
    expect(merged.plan).toBe(model.plan);
    expect(merged.boards).toBe(model.boards);
    expect(merged.meeting).toBe(model.meeting);
    expect(merged.indicators).toBe(model.indicators);
    expect(merged.templatesDir).toBe('/tmp/templates');
  });

  it('treats a key named like an Object prototype property as plain data', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { strengths: [{ id: '__proto__', text: 'constructor' }, 'constructor', 'prototype'] }),
          board('b', { strengths: [{ id: '__proto__', text: 'constructor' }] }),
        ],
      }),
    );
    expect(merged.swot.strengths.map((i) => i.key)).toEqual(['__proto__', 'text:prototype']);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe('merge: a joint plan of four municipalities', () => {
  const model = workspace({
    plan: { kind: 'joint', municipalities: ['Alajärvi', 'Lappajärvi', 'Vimpeli', 'Evijärvi'] },
    boards: [
      board('alajarvi-sivistys', {
        municipality: 'Alajärvi',
        strengths: [{ id: 'koulunuorisotyo', text: 'Koulunuorisotyö tavoittaa nuoret hyvin' }, 'Harrastusmahdollisuuksia on monipuolisesti'],
        threats: ['Lastensuojelun asiakasmäärät kasvavat'],
      }),
      board('lappajarvi-perusturva', {
        municipality: 'Lappajärvi',
        strengths: ['Neuvolapalvelut ovat hyvin saatavilla', 'koulunuorisotyö tavoittaa nuoret hyvin.'],
        weaknesses: ['Mielenterveyspalveluihin on pitkät jonot'],
        threats: ['Lastensuojelun asiakasmäärät kasvavat.'],
      }),
      board('vimpeli-vapaa-aika', {
        municipality: 'Vimpeli',
        submitted: null,
        strengths: ['Harrastusmahdollisuuksia on monipuolisesti', { id: 'koulunuorisotyo', text: 'Koulunuorisotyö tavoittaa nuoret' }],
        weaknesses: ['Mielenterveyspalveluihin on pitkät jonot'],
      }),
      board('evijarvi-sivistys', {
        municipality: 'Evijärvi',
        strengths: ['Neuvolapalvelut ovat hyvin saatavilla'],
        threats: ['Lastensuojelun asiakasmäärät kasvavat'],
      }),
    ],
  });
  const merged = merge(model);

  it('attributes every item to the boards that raised it', () => {
    expect(merged.swot.strengths.map((i) => [i.text, i.boards])).toEqual([
      ['Koulunuorisotyö tavoittaa nuoret hyvin', ['alajarvi-sivistys', 'lappajarvi-perusturva', 'vimpeli-vapaa-aika']],
      ['Harrastusmahdollisuuksia on monipuolisesti', ['alajarvi-sivistys', 'vimpeli-vapaa-aika']],
      ['Neuvolapalvelut ovat hyvin saatavilla', ['lappajarvi-perusturva', 'evijarvi-sivistys']],
    ]);
    expect(merged.swot.weaknesses.map((i) => i.boards)).toEqual([['lappajarvi-perusturva', 'vimpeli-vapaa-aika']]);
    expect(merged.swot.threats.map((i) => i.boards)).toEqual([
      ['alajarvi-sivistys', 'lappajarvi-perusturva', 'evijarvi-sivistys'],
    ]);
    expect(merged.swot.opportunities).toEqual([]);
  });

  it('includes a board that has not submitted yet, and keeps it among the boards', () => {
    expect(merged.boards.map((b) => [b.id, b.submitted ?? null])).toEqual([
      ['alajarvi-sivistys', '2026-09-30'],
      ['lappajarvi-perusturva', '2026-09-30'],
      ['vimpeli-vapaa-aika', null],
      ['evijarvi-sivistys', '2026-09-30'],
    ]);
  });

  it('counts items and shared items per quadrant', () => {
    expect(mergeStats(merged)).toEqual({
      swot: {
        strengths: { items: 3, shared: 3 },
        weaknesses: { items: 1, shared: 1 },
        opportunities: { items: 0, shared: 0 },
        threats: { items: 1, shared: 1 },
      },
      items: 5,
      shared: 5,
      visions: 0,
      goals: 0,
      actions: 0,
    });
  });
});

describe('merge: vision proposals', () => {
  it('merges equal normalized texts, with their boards and sources, in first-appearance order', () => {
    const merged = merge(
      workspace({
        boards: [
          board('a', { vision: 'Jokainen lapsi on tärkeä' }),
          board('b', { vision: ['Hyvä arki kaikille', 'jokainen lapsi on tärkeä.'] }),
          board('c', { vision: ['Hyvä arki kaikille!'] }),
          board('d'),
        ],
      }),
    );
    expect(merged.visions.map((v) => [v.text, v.boards])).toEqual([
      ['Jokainen lapsi on tärkeä', ['a', 'b']],
      ['Hyvä arki kaikille', ['b', 'c']],
    ]);
    expect(merged.visions[1]!.sources.map((s) => `${s.board}:${s.line}`)).toEqual([
      expect.stringMatching(/^b:\d+$/),
      expect.stringMatching(/^c:\d+$/),
    ]);
  });
});

describe('merge: goals and actions', () => {
  const merged = merge(
    workspace({
      boards: [
        board('perusturva', {
          goals: [
            {
              id: 'mielenterveys',
              title: 'Mielenterveyspalvelut ajoissa',
              theme: 'hyvinvointi',
              actions: [{ text: 'Perustetaan matalan kynnyksen vastaanotto', responsible: 'Perusturvajohtaja', due: '2027' }],
            },
            { title: 'Liikkuva arki', actions: ['Liikuntaneuvonta neuvolaan'] },
          ],
        }),
        board('sivistys', {
          goals: [
            {
              id: 'mielenterveys',
              title: 'Nuorten mielenterveys',
              actions: [
                { text: 'perustetaan matalan kynnyksen vastaanotto.', indicator: 'Jonotusaika' },
                { text: 'Koulukuraattoreita lisää', responsible: 'Sivistysjohtaja' },
              ],
            },
            { title: 'Harrastamisen Suomen malli', actions: ['Harrastukset koulupäivän yhteyteen'] },
          ],
        }),
        board('vapaa-aika', { goals: [{ title: 'liikkuva arki.', actions: ['Liikuntaneuvonta neuvolaan', 'Maksuttomat vuorot'] }] }),
      ],
    }),
  );

  it('merges goals with equal ids and, without ids, equal normalized titles, in first-appearance order', () => {
    expect(merged.goals.map((g) => [g.key, g.title, g.boards])).toEqual([
      ['mielenterveys', 'Mielenterveyspalvelut ajoissa', ['perusturva', 'sivistys']],
      ['text:liikkuva arki', 'Liikkuva arki', ['perusturva', 'vapaa-aika']],
      ['text:harrastamisen suomen malli', 'Harrastamisen Suomen malli', ['sivistys']],
    ]);
    expect(merged.goals[0]!.theme).toBe('hyvinvointi');
    expect(merged.goals[0]!.sources).toHaveLength(2);
  });

  it('concatenates actions, merging equal action texts within a goal and taking each detail first given', () => {
    const [mental, moving] = merged.goals;
    expect(mental!.actions).toEqual([
      {
        text: 'Perustetaan matalan kynnyksen vastaanotto',
        responsible: 'Perusturvajohtaja',
        due: '2027',
        indicator: 'Jonotusaika',
        boards: ['perusturva', 'sivistys'],
        sources: [
          expect.objectContaining({ board: 'perusturva', file: `${DIR}/boards/perusturva.yaml` }),
          expect.objectContaining({ board: 'sivistys', file: `${DIR}/boards/sivistys.yaml` }),
        ],
      },
      {
        text: 'Koulukuraattoreita lisää',
        responsible: 'Sivistysjohtaja',
        boards: ['sivistys'],
        sources: [expect.objectContaining({ board: 'sivistys' })],
      },
    ]);
    expect(moving!.actions.map((a) => [a.text, a.boards])).toEqual([
      ['Liikuntaneuvonta neuvolaan', ['perusturva', 'vapaa-aika']],
      ['Maksuttomat vuorot', ['vapaa-aika']],
    ]);
  });

  it('joins an id-less goal to a goal with an id and the same title, in either order', () => {
    for (const order of [0, 1]) {
      const boards = [
        board('a', { goals: [{ title: 'Liikkuva arki', actions: ['Yksi'] }] }),
        board('b', { goals: [{ id: 'liikunta', title: 'Liikkuva arki', actions: ['Kaksi'] }] }),
      ];
      if (order) boards.reverse();
      const goals = merge(workspace({ boards })).goals;
      expect(goals).toHaveLength(1);
      expect(goals[0]!.key).toBe('liikunta');
      expect(goals[0]!.actions).toHaveLength(2);
    }
  });

  it('counts goals and actions', () => {
    expect(mergeStats(merged)).toMatchObject({ goals: 3, actions: 5 });
  });
});
