// A valid workspace becomes the typed model, with positions and defaults.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, files, INDICATORS, MEETING } from './workspace.js';

describe('the model of a valid workspace', () => {
  it('has the plan with defaults and themes in file order', async () => {
    const { model, dir } = await check(files());
    expect(model).toBeDefined();
    expect(model!.dir).toBe(dir);
    expect(model!.plan).toEqual({
      title: 'Lasten ja nuorten hyvinvointisuunnitelma 2026–2029',
      kind: 'municipality',
      municipalities: ['Akaa'],
      period: { start: 2026, end: 2029 },
      language: 'fi',
      steeringGroup: [],
      vision: 'Akaassa jokainen lapsi ja nuori kokee olevansa arvokas.',
      themes: { harrastukset: 'Harrastukset ja vapaa-aika', mielenterveys: 'Mielenterveys' },
      sections: {
        wellbeing_status: 'Lasten ja nuorten hyvinvoinnin tila.',
        prevention: 'Ehkäisevät palvelut.',
        cooperation: 'Yhteistyö.',
        implementation: 'Toteutus ja seuranta.',
      },
      // issue 11: a draft by default; no chapters or sources unless written
      state: 'draft',
      chapters: [],
      sources: [],
      file: path.join(dir, 'plan.yaml'),
    });
    expect(model!.meeting).toBeUndefined();
    expect(model!.indicators).toEqual([]);
    expect(model!.templatesDir).toBeUndefined();
  });

  it('has the boards in file-name order, every item with its place', async () => {
    const { model, dir } = await check(files());
    const [koulutus, perusturva] = model!.boards;
    const kFile = path.join(dir, 'boards', 'koulutus.yaml');
    const pFile = path.join(dir, 'boards', 'perusturva.yaml');
    expect(koulutus).toEqual({
      id: 'koulutus',
      name: 'Koulutuslautakunta',
      swot: {
        strengths: [{ text: 'Harrastusmahdollisuuksia on paljon!', id: 'S-harrastukset', pos: { file: kFile, line: 6, column: 7 } }],
        weaknesses: [],
        opportunities: [],
        threats: [],
      },
      vision: [
        { text: 'Jokainen oppii.', pos: { file: kFile, line: 9, column: 5 } },
        { text: 'Kukaan ei jää yksin.', pos: { file: kFile, line: 10, column: 5 } },
      ],
      goals: [],
      file: kFile,
    });
    expect(perusturva).toMatchObject({
      id: 'perusturva',
      municipality: 'Akaa',
      submitted: '2026-03-15',
      vision: [{ text: 'Lapsi ensin.', pos: { file: pFile, line: 14, column: 9 } }],
    });
    expect(perusturva!.swot.strengths).toEqual([
      { text: 'Neuvolapalvelut ovat hyvät', pos: { file: pFile, line: 8, column: 7 } },
      {
        text: 'Harrastusmahdollisuuksia on paljon',
        id: 'S-harrastukset',
        theme: 'harrastukset',
        pos: { file: pFile, line: 9, column: 7 },
      },
    ]);
    expect(perusturva!.swot.weaknesses[0]!.pos.line).toBe(13);
    expect(perusturva!.goals).toEqual([
      {
        id: 'G1',
        title: 'Matalan kynnyksen tuki',
        theme: 'mielenterveys',
        actions: [{ text: 'Perhekeskus', responsible: 'Perusturva', due: '2027', pos: { file: pFile, line: 20, column: 9 } }],
        pos: { file: pFile, line: 16, column: 5 },
      },
    ]);
  });

  it('has the meeting, attending all boards by default', async () => {
    const { model, dir } = await check(files({ 'meeting.yaml': MEETING }));
    const file = path.join(dir, 'meeting.yaml');
    expect(model!.meeting).toEqual({
      date: '2026-10-14',
      start: '17:00',
      end: '19:30',
      place: 'Valtuustosali',
      boards: ['koulutus', 'perusturva'],
      sections: { perusturva: 45, koulutus: 12 },
      presenters: {},
      review: {},
      standardItems: {},
      items: [{ title: 'Talousarvio', attachments: [], preparatory: false, boards: ['koulutus'], duration: 20, pos: { file, line: 9, column: 5 } }],
      file,
    });
  });

  it('keeps the attending boards as listed', async () => {
    const { model } = await check(files({ 'meeting.yaml': MEETING + 'boards: [perusturva]\n' }));
    expect(model!.meeting!.boards).toEqual(['perusturva']);
  });

  it('has the indicators with years in ascending order', async () => {
    const { model, dir } = await check(files({ 'indicators.yaml': INDICATORS }));
    expect(model!.indicators).toEqual([
      {
        id: 'kouluterveys-ahdistus',
        title: 'Kohtalainen tai vaikea ahdistuneisuus',
        unit: '%',
        values: { '2021': 15, '2023': 16.4, '2025': 17.1 },
        pos: { file: path.join(dir, 'indicators.yaml'), line: 2, column: 5 },
      },
    ]);
    expect(Object.keys(model!.indicators[0]!.values)).toEqual(['2021', '2023', '2025']);
  });

  it('has the baseline, target, direction and comparison regions of an indicator (SPEC 2.5, issue 11)', async () => {
    const extra =
      '    baseline: {year: 2025, value: 17.1}\n' +
      '    target: {year: 2029, value: 13}\n' +
      '    direction: down\n' +
      '    comparison:\n' +
      '      - region: Koko maa\n' +
      '        values: {2025: 17.5, 2023: 18.3}\n' +
      '      - region: Pirkanmaan hyvinvointialue\n' +
      '        values: {2025: 16.9}\n';
    const { model, diagnostics } = await check(files({ 'indicators.yaml': INDICATORS + extra }));
    expect(diagnostics).toEqual([]);
    expect(model!.indicators[0]).toMatchObject({
      baseline: { year: 2025, value: 17.1 },
      target: { year: 2029, value: 13 },
      direction: 'down',
      comparison: [
        { region: 'Koko maa', values: { '2023': 18.3, '2025': 17.5 } },
        { region: 'Pirkanmaan hyvinvointialue', values: { '2025': 16.9 } },
      ],
    });
    expect(Object.keys(model!.indicators[0]!.comparison![0]!.values)).toEqual(['2023', '2025']);
  });

  it('rejects a direction other than up or down, and a baseline without its value', async () => {
    const { model, diagnostics } = await check(
      files({ 'indicators.yaml': INDICATORS + '    direction: better\n    baseline: {year: 2025}\n' }),
    );
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['schema', 9],
      ['missing-key', 10],
    ]);
  });

  it('knows the templates folder', async () => {
    const { model, dir } = await check(files({ 'templates/plan.md.hbs': '# {{title}}' }));
    expect(model!.templatesDir).toBe(path.resolve(dir, 'templates'));
  });

  it('themes keep their written order even when ids look like numbers', async () => {
    const { model } = await check(
      files({
        'plan.yaml': files()['plan.yaml']!.toString().replace('  harrastukset: Harrastukset ja vapaa-aika\n', '  zeta: Z\n  "2": Kaksi\n  harrastukset: H\n'),
      }),
    );
    // a JS object would put "2" first; the model is a Record, so check the order the entries were added
    expect(Object.entries(model!.plan.themes).map(([k]) => k).sort()).toEqual(['2', 'harrastukset', 'mielenterveys', 'zeta']);
    expect(model!.plan.themes['2']).toBe('Kaksi');
  });

  it('has plan options when given', async () => {
    const plan = files()['plan.yaml']!.toString() +
      'kind: joint\nlanguage: sv\ncounty: Pirkanmaan hyvinvointialue\nsteering_group:\n  - role: puheenjohtaja\n    name: Maija\napproval:\n  council: 2026-12-14\n';
    const { model } = await check(files({ 'plan.yaml': plan }));
    expect(model!.plan).toMatchObject({
      kind: 'joint',
      language: 'sv',
      county: 'Pirkanmaan hyvinvointialue',
      steeringGroup: [{ role: 'puheenjohtaja', name: 'Maija' }],
      approval: { council: '2026-12-14' },
    });
  });
});

describe('no model when there is an error', () => {
  it('but warnings are fine', async () => {
    const warn = await check(files({ 'plan.yaml': files()['plan.yaml']!.toString().replace(/vision: .*\n/, '') }));
    expect(warn.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(warn.model).toBeDefined();
    const error = await check(files({ 'boards/koulutus.yaml': 'board: {id: koulutus}\n' }));
    expect(error.model).toBeUndefined();
  });

  it('includes the load diagnostics', async () => {
    const { diagnostics, model } = await check(files({ 'meeting.yaml': 'date: 2026-10-14\n\tstart: 1\n' }));
    expect(diagnostics.map((d) => d.code)).toContain('yaml-tab');
    expect(model).toBeUndefined();
  });

  it('never throws, whatever the data', async () => {
    for (const content of ['[]', '"x"', '{board: []}', '{board: {id: [], name: {}}, swot: [], goals: {}}', '{swot: {strengths: [[[]]]}}', '{goals: [{actions: [1]}]}']) {
      const { diagnostics } = await check(files({ 'boards/koulutus.yaml': content }));
      expect(diagnostics.some((d) => d.severity === 'error'), content).toBe(true);
    }
  });
});
