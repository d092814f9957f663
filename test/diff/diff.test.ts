import { describe, expect, it } from 'vitest';
import { diffWorkspaces, formatDiffJson, formatDiffText } from '../../src/diff/index.js';
import { merge } from '../../src/merge/index.js';
import type { Board, Plan } from '../../src/model/types.js';
import { board, workspace } from '../helpers/model.js';

const mergedOf = (boards: Board[], plan: Partial<Plan> = {}) => merge(workspace({ plan, boards }));

// The 2022–2025 plan and its successor.
const older = () =>
  mergedOf(
    [
      board('perusturva', {
        strengths: ['Neuvolapalvelut ovat hyvin saatavilla', { id: 'knt', text: 'Koulunuorisotyö tavoittaa nuoret' }],
        weaknesses: ['Mielenterveyspalveluihin on pitkät jonot'],
        vision: 'Jokainen lapsi on tärkeä',
        goals: [
          { id: 'mt', title: 'Mielenterveyspalvelut ajoissa', actions: ['Matalan kynnyksen vastaanotto', 'Jonojen seuranta'] },
          { title: 'Liikkuva arki', actions: ['Liikuntaneuvonta'] },
        ],
      }),
      board('sivistys', { threats: ['Yksinäisyys lisääntyy'] }),
    ],
    { vision: 'Hyvä arki jokaiselle lapselle' },
  );

const newer = () =>
  mergedOf(
    [
      board('perusturva', {
        // same item with other wording: matched by id; the other by normalized text
        strengths: ['neuvolapalvelut ovat hyvin saatavilla.', { id: 'knt', text: 'Koulunuorisotyö tavoittaa yläkoulun nuoret' }],
        opportunities: ['Hyvinvointialueen yhteistyö tiivistyy'],
        vision: ['Jokainen lapsi on tärkeä', 'Lapsen ääni kuuluu'],
        goals: [
          { id: 'mt', title: 'Nuorten mielenterveys', actions: ['matalan kynnyksen vastaanotto.', 'Koulukuraattorit'] },
          { title: 'Harrastamisen Suomen malli', actions: ['Harrastus koulupäivän yhteyteen'] },
        ],
      }),
      board('vapaa-aika', { threats: ['Yksinäisyys lisääntyy'] }),
    ],
    { vision: 'Lapsen hyvä arki' },
  );

describe('diffWorkspaces', () => {
  const diff = diffWorkspaces(older(), newer());

  it('lists SWOT items added and removed per quadrant, matched by id or normalized text', () => {
    expect(diff.swot.strengths).toEqual({ added: [], removed: [] });
    expect(diff.swot.weaknesses).toEqual({
      added: [],
      removed: [{ key: 'text:mielenterveyspalveluihin on pitkät jonot', text: 'Mielenterveyspalveluihin on pitkät jonot', boards: ['perusturva'] }],
    });
    expect(diff.swot.opportunities.added.map((e) => e.text)).toEqual(['Hyvinvointialueen yhteistyö tiivistyy']);
    expect(diff.swot.opportunities.removed).toEqual([]);
    // the same text raised by another board is not a change of the plan's SWOT
    expect(diff.swot.threats).toEqual({ added: [], removed: [] });
  });

  it('shows the adopted vision when it changed', () => {
    expect(diff.vision).toEqual({ old: 'Hyvä arki jokaiselle lapselle', new: 'Lapsen hyvä arki' });
    const adopted = diffWorkspaces(mergedOf([board('a')]), mergedOf([board('a')], { vision: 'Uusi visio' }));
    expect(adopted.vision).toEqual({ new: 'Uusi visio' });
    expect(adopted.empty).toBe(false);
  });

  it('lists vision proposals added and removed', () => {
    expect(diff.visions.added.map((e) => e.text)).toEqual(['Lapsen ääni kuuluu']);
    expect(diff.visions.removed).toEqual([]);
  });

  it('lists goals added and removed, and actions added and removed within kept goals', () => {
    expect(diff.goals.added.map((e) => [e.key, e.text])).toEqual([['text:harrastamisen suomen malli', 'Harrastamisen Suomen malli']]);
    expect(diff.goals.removed.map((e) => [e.key, e.text])).toEqual([['text:liikkuva arki', 'Liikkuva arki']]);
    expect(diff.goals.changed).toEqual([
      {
        key: 'mt',
        title: 'Nuorten mielenterveys',
        actionsAdded: [{ key: 'koulukuraattorit', text: 'Koulukuraattorit', boards: ['perusturva'] }],
        actionsRemoved: [{ key: 'jonojen seuranta', text: 'Jonojen seuranta', boards: ['perusturva'] }],
      },
    ]);
  });

  it('lists boards added and removed by id', () => {
    expect(diff.boards).toEqual({
      added: [{ id: 'vapaa-aika', name: 'Vapaa-aikalautakunta' }],
      removed: [{ id: 'sivistys', name: 'Sivistyslautakunta' }],
    });
    expect(diff.empty).toBe(false);
  });

  it('reports no changes for identical inputs', () => {
    const same = diffWorkspaces(older(), older());
    expect(same.empty).toBe(true);
    expect(same.vision).toBeUndefined();
    expect(formatDiffText(same, 'en')).toBe('No changes.');
    expect(formatDiffText(same, 'fi')).toBe('Ei muutoksia.');
    expect(JSON.parse(formatDiffJson(same))).toMatchObject({ empty: true, vision: null });
  });

  it('does not count reordering or a board raising an existing item as a change', () => {
    const a = mergedOf([board('a', { strengths: ['Yksi', 'Kaksi'] }), board('b')]);
    const b = mergedOf([board('a', { strengths: ['Kaksi'] }), board('b', { strengths: ['Yksi', 'kaksi'] })]);
    expect(diffWorkspaces(a, b).empty).toBe(true);
  });
});

describe('formatDiffText', () => {
  const diff = diffWorkspaces(older(), newer());

  it('groups + and - lines by section under English headings', () => {
    expect(formatDiffText(diff, 'en')).toBe(
      [
        'SWOT',
        '  Weaknesses',
        '    - Mielenterveyspalveluihin on pitkät jonot (perusturva)',
        '  Opportunities',
        '    + Hyvinvointialueen yhteistyö tiivistyy (perusturva)',
        '',
        'Vision',
        '  - Hyvä arki jokaiselle lapselle',
        '  + Lapsen hyvä arki',
        '',
        'Vision proposals',
        '  + Lapsen ääni kuuluu (perusturva)',
        '',
        'Goals and actions',
        '  + Harrastamisen Suomen malli (perusturva)',
        '  - Liikkuva arki (perusturva)',
        '  ~ Nuorten mielenterveys',
        '      + Koulukuraattorit (perusturva)',
        '      - Jonojen seuranta (perusturva)',
        '',
        'Boards',
        '  + vapaa-aika (Vapaa-aikalautakunta)',
        '  - sivistys (Sivistyslautakunta)',
      ].join('\n'),
    );
  });

  it('uses Finnish headings', () => {
    const text = formatDiffText(diff, 'fi');
    for (const heading of ['Nelikenttä (SWOT)', 'Heikkoudet', 'Mahdollisuudet', 'Visio', 'Visioehdotukset', 'Tavoitteet ja toimenpiteet', 'Lautakunnat']) {
      expect(text).toContain(heading);
    }
  });
});

describe('formatDiffJson', () => {
  it('is stable JSON with every section present', () => {
    const json = formatDiffJson(diffWorkspaces(older(), newer()));
    expect(formatDiffJson(diffWorkspaces(older(), newer()))).toBe(json);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['empty', 'swot', 'vision', 'visions', 'goals', 'boards']);
    expect(Object.keys(parsed.swot)).toEqual(['strengths', 'weaknesses', 'opportunities', 'threats']);
    expect(parsed.vision).toEqual({ old: 'Hyvä arki jokaiselle lapselle', new: 'Lapsen hyvä arki' });
    expect(parsed.goals.changed[0].actionsAdded[0].text).toBe('Koulukuraattorit');
  });
});
