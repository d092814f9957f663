import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { REQUIRED_SECTIONS, SECTION_IDS } from '../../src/model/types.js';
import {
  boardIdFromName,
  parseBoard,
  parseBoards,
  parseKind,
  parseMunicipalities,
  parsePeriod,
  type InitAnswers,
} from '../../src/init/answers.js';
import { packageRoot, schemaRefs } from '../../src/init/files.js';
import { meetingDate, scaffoldWorkspace } from '../../src/init/scaffold.js';
import { yamlScalar } from '../../src/init/yaml-text.js';

const answers: InitAnswers = {
  municipalities: ['Järvilahti'],
  kind: 'municipality',
  period: { start: 2027, end: 2030 },
  language: 'fi',
  boards: [
    { id: 'perusturva', name: 'Perusturvalautakunta' },
    { id: 'vapaa-aika', name: 'Vapaa-aikalautakunta' },
  ],
};

const refs = () => 'SCHEMA';

function files(a: InitAnswers = answers) {
  return Object.fromEntries(scaffoldWorkspace(a, refs).map((f) => [f.rel, f.content]));
}

/** Uncomment lines the way the comments tell a secretary to: drop "# " and keep the indent. */
function uncomment(text: string, from: string, count: number): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(from));
  for (let i = start; i < start + count; i++) lines[i] = lines[i]!.replace(/^(\s*)# /, '$1');
  return lines.join('\n');
}

describe('yamlScalar', () => {
  const awkward = [
    'Järvilahti',
    'Kunnantalo, valtuustosali',
    'Kulttuuri- ja vapaa-aikalautakunta',
    'Lautakunta: tekninen',
    'Nimi # ei kommentti',
    '#alku',
    '"lainattu"',
    "O'Brienin lautakunta",
    'true',
    'yes',
    'null',
    '2027',
    '2026-12-07',
    '- viiva',
    '[lista]',
    '{kartta}',
    '&ankkuri',
    '*alias',
    '!tagi',
    '%direktiivi',
    '@at',
    '`backtick`',
    '  välilyöntejä  ',
    'kenoviiva \\ ja "lainaus"',
    'DEL \u007f ja NEL \u0085',
    'rivi\u2028erotin',
    'ääkköset åäö ÅÄÖ',
    '',
  ];
  for (const value of awkward) {
    it(`round-trips ${JSON.stringify(value)}`, () => {
      expect(parse(`key: ${yamlScalar(value)}\n`)).toEqual({ key: value });
      expect(parse(`key: ${yamlScalar(value)}\n`, { version: '1.1' })).toEqual({ key: value });
      expect(parse(`- ${yamlScalar(value)}\n`)).toEqual([value]);
    });
  }

  it('leaves ordinary names unquoted', () => {
    expect(yamlScalar('Kunnantalo, valtuustosali')).toBe('Kunnantalo, valtuustosali');
    expect(yamlScalar('Kulttuuri- ja vapaa-aikalautakunta')).toBe('Kulttuuri- ja vapaa-aikalautakunta');
    expect(yamlScalar('Lautakunta: tekninen')).toBe('"Lautakunta: tekninen"');
  });
});

describe('answers', () => {
  it('parses periods and refuses reversed or malformed ones', () => {
    expect(parsePeriod('2027-2030', 'en').value).toEqual({ start: 2027, end: 2030 });
    expect(parsePeriod(' 2027 – 2030 ', 'en').value).toEqual({ start: 2027, end: 2030 });
    expect(parsePeriod('2030-2027', 'en').error).toMatch(/ends before it starts/);
    expect(parsePeriod('2027', 'fi').error).toMatch(/ei ole suunnitelmakausi/);
  });

  it('accepts the Finnish plan kinds', () => {
    expect(parseKind('kunta', 'en').value).toBe('municipality');
    expect(parseKind('hyvinvointialue', 'en').value).toBe('county');
    expect(parseKind('yhteinen', 'en').value).toBe('joint');
    expect(parseKind('joint', 'en').value).toBe('joint');
    expect(parseKind('constructor', 'en').error).toBeDefined();
  });

  it('splits municipalities on commas and needs one', () => {
    expect(parseMunicipalities(['Järvilahti, Koskela', 'Koskela'], 'en').value).toEqual(['Järvilahti', 'Koskela']);
    expect(parseMunicipalities([' , '], 'en').error).toBeDefined();
    expect(parseMunicipalities(['Järvi\nlahti'], 'en').error).toMatch(/control characters/);
  });

  it('reads boards as id:Name, common ids and names, or a name alone', () => {
    expect(parseBoard('tekninen:Tekninen lautakunta', 'en').value).toEqual({ id: 'tekninen', name: 'Tekninen lautakunta' });
    expect(parseBoard('x:Nimi: jossa kaksoispiste', 'en').value).toEqual({ id: 'x', name: 'Nimi: jossa kaksoispiste' });
    expect(parseBoard('perusturva', 'en').value).toEqual({ id: 'perusturva', name: 'Perusturvalautakunta' });
    expect(parseBoard('sivistyslautakunta', 'en').value).toEqual({ id: 'sivistys', name: 'Sivistyslautakunta' });
    expect(parseBoard('Ympäristö- ja rakennuslautakunta', 'en').value).toEqual({
      id: 'ymparisto-ja-rakennus',
      name: 'Ympäristö- ja rakennuslautakunta',
    });
    expect(parseBoard('../etc:Nimi', 'en').error).toBeDefined();
    expect(parseBoard('Iso:Nimi', 'en').error).toBeDefined();
    expect(parseBoard('tuntematon', 'en').error).toBeDefined();
    expect(parseBoards(['perusturva', 'perusturva:Toinen'], 'en').error).toMatch(/given twice/);
    expect(boardIdFromName('Tekninen lautakunta')).toBe('tekninen');
  });
});

describe('scaffoldWorkspace', () => {
  it('writes plan, one file per board, meeting and .gitignore, no templates/', () => {
    expect(Object.keys(files())).toEqual([
      'plan.yaml',
      'boards/perusturva.yaml',
      'boards/vapaa-aika.yaml',
      'meeting.yaml',
      '.gitignore',
    ]);
    expect(files()['.gitignore']).toMatch(/^out\/$/m);
  });

  it('starts every YAML file with the schema line', () => {
    const seen: [string, string][] = [];
    const all = scaffoldWorkspace(answers, (rel, name) => {
      seen.push([rel, name]);
      return `S/${name}`;
    });
    for (const f of all.filter((f) => f.rel.endsWith('.yaml'))) {
      expect(f.content.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=S\/(plan|board|meeting)$/);
    }
    expect(seen).toEqual([
      ['plan.yaml', 'plan'],
      ['boards/perusturva.yaml', 'board'],
      ['boards/vapaa-aika.yaml', 'board'],
      ['meeting.yaml', 'meeting'],
    ]);
  });

  it('parses, without YAML warnings, to the answers and empty content', () => {
    const f = files();
    for (const [rel, text] of Object.entries(f)) {
      if (!rel.endsWith('.yaml')) continue;
      const doc = parseDocument(text, { uniqueKeys: true });
      expect(doc.errors, rel).toEqual([]);
      expect(doc.warnings, rel).toEqual([]);
    }
    expect(parse(f['plan.yaml']!)).toEqual({
      kind: 'municipality',
      municipalities: ['Järvilahti'],
      period: { start: 2027, end: 2030 },
      language: 'fi',
      sections: {},
    });
    expect(parse(f['boards/perusturva.yaml']!)).toEqual({
      board: { id: 'perusturva', name: 'Perusturvalautakunta' },
      swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    });
    expect(parse(f['meeting.yaml']!)).toEqual({ date: '2026-12-07', start: '17:00', place: 'Kunnantalo, valtuustosali' });
  });

  it('explains the fields in Finnish', () => {
    const f = files();
    const plan = f['plan.yaml']!;
    expect(plan).toContain('lastensuojelulain (417/2007) 12 §');
    expect(plan).toContain('Päivämäärät kirjoitetaan muodossa VVVV-KK-PP');
    for (const key of ['title', 'kind', 'municipalities', 'county', 'period', 'language', 'steering_group', 'vision', 'themes', 'sections', 'approval']) {
      expect(plan, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    }
    const board = f['boards/perusturva.yaml']!;
    expect(board).toContain('pelkkänä tekstinä');
    expect(board).toContain('Sama tunnus (id) usean lautakunnan tiedostossa tarkoittaa samaa asiaa');
    for (const key of ['municipality', 'contact', 'submitted', 'strengths', 'weaknesses', 'opportunities', 'threats', 'vision', 'goals', 'actions', 'responsible', 'due', 'indicator', 'resources', 'note', 'theme']) {
      expect(board, key).toMatch(new RegExp(`^\\s*(# )?\\s*(- )?${key}:|\\(${key}\\)`, 'm'));
    }
    const meeting = f['meeting.yaml']!;
    for (const key of ['title', 'date', 'start', 'end', 'place', 'boards', 'sections', 'chair', 'secretary', 'items']) {
      expect(meeting, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    }
  });

  it('lists every legal section with its heading, marking the required ones by plan kind', () => {
    const plan = files()['plan.yaml']!;
    SECTION_IDS.forEach((id, i) => {
      expect(plan).toContain(`#   ${id}: |`);
      const required = REQUIRED_SECTIONS.municipality.includes(id);
      expect(plan).toContain(`#   # ${i + 1}. ${SECTION_HEADINGS.fi[id]} (${required ? 'pakollinen' : 'ei pakollinen'}`);
    });
    const joint = files({ ...answers, kind: 'joint', county: 'Järvi-Suomen hyvinvointialue' })['plan.yaml']!;
    expect(joint).not.toContain('ei pakollinen');
    expect(parse(joint).county).toBe('Järvi-Suomen hyvinvointialue');
  });

  it('gives examples that parse when uncommented as the comments say', () => {
    const f = files();
    let plan = f['plan.yaml']!.replace(/^sections: \{\}\n/m, '');
    plan = uncomment(plan, '# sections:', 6);
    expect(parse(plan).sections).toEqual({ wellbeing_status: 'Kirjoita osion teksti tähän. Tyhjä rivi aloittaa uuden kappaleen.\n' });
    plan = uncomment(plan, '# steering_group:', 5);
    expect(parse(plan).steering_group).toHaveLength(2);

    let board = f['boards/perusturva.yaml']!.replace(/^ {2}strengths: \[\]\n/m, '');
    board = uncomment(board, '# strengths:', 4);
    expect(parse(board).swot.strengths).toEqual([
      'Koulunuorisotyö tavoittaa nuoret hyvin',
      { id: 'harrastus-koulupaivana', text: 'Maksuttomia harrastuksia on tarjolla koulupäivän yhteydessä' },
    ]);
    board = uncomment(board, '# goals:', 9);
    expect(parse(board).goals[0].actions[0]).toMatchObject({ responsible: 'Opiskeluhuolto', due: 2028 });

    const meeting = uncomment(f['meeting.yaml']!, '# items:', 7);
    expect(parse(meeting).items[0].duration).toBe(20);
  });

  it('round-trips names with colons, hashes and quotes', () => {
    const odd: InitAnswers = {
      ...answers,
      municipalities: ['Kunta: "A" # B', "Ö'stad"],
      county: 'Alue #1: "pohjoinen"',
      boards: [{ id: 'x', name: 'Lauta: "kunta" # 2' }],
    };
    const f = files(odd);
    expect(parse(f['plan.yaml']!).municipalities).toEqual(odd.municipalities);
    expect(parse(f['plan.yaml']!).county).toBe(odd.county);
    expect(parse(f['boards/x.yaml']!).board.name).toBe('Lauta: "kunta" # 2');
  });

  it('puts the meeting on the first Monday of December before the period', () => {
    expect(meetingDate({ period: { start: 2027, end: 2030 } })).toBe('2026-12-07');
    expect(meetingDate({ period: { start: 2025, end: 2028 } })).toBe('2024-12-02');
    expect(meetingDate({ period: { start: 2031, end: 2034 } })).toBe('2030-12-02');
    expect(new Date(meetingDate({ period: { start: 2029, end: 2032 } })).getUTCDay()).toBe(1);
  });
});

describe('schema references', () => {
  it('finds this repository as the package root', () => {
    expect(path.basename(path.join(packageRoot(), 'package.json'))).toBe('package.json');
    expect(packageRoot()).toBe(path.resolve(__dirname, '../..'));
  });

  it('points relative from each file to <root>/schema', () => {
    const root = '/repo';
    const ref = schemaRefs('/repo/plans/x', root);
    expect(ref('plan.yaml', 'plan')).toBe('../../schema/plan.schema.json');
    expect(ref('boards/a.yaml', 'board')).toBe('../../../schema/board.schema.json');
    const outside = schemaRefs('/tmp/ws', '/usr/lib/node_modules/lnhs');
    expect(outside('meeting.yaml', 'meeting')).toBe('../../usr/lib/node_modules/lnhs/schema/meeting.schema.json');
  });
});
