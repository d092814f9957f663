// The cross-file rules, one by one, and legal completeness per plan kind (SPEC 4).
import { describe, expect, it } from 'vitest';
import { localize, type Diagnostic } from '../../src/diagnostics.js';
import { check, files, KOULUTUS, MEETING, PERUSTURVA, PLAN, summary } from './workspace.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const only = (diagnostics: Diagnostic[], code: string) => {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, codes(diagnostics).join(', ')).toHaveLength(1);
  return found[0]!;
};

const ALL_SECTIONS = `sections:
  wellbeing_status: a
  prevention: b
  child_welfare_need: c
  child_welfare_resources: d
  child_welfare_services: e
  cooperation: f
  implementation: g
`;

describe('the valid workspace', () => {
  it('has no diagnostics and a model', async () => {
    const { diagnostics, model } = await check(files({ 'meeting.yaml': MEETING }));
    expect(diagnostics).toEqual([]);
    expect(model).toBeDefined();
  });
});

describe('boards', () => {
  it('duplicate-board: the same id in two files', async () => {
    const { diagnostics, dir, model } = await check(files({ 'boards/sivistys.yaml': KOULUTUS }));
    const d = only(diagnostics, 'duplicate-board');
    expect(summary([d], dir)).toEqual(['duplicate-board boards/sivistys.yaml:2:7']);
    expect(d.message).toMatch(/`koulutus` is already used in .*koulutus\.yaml:2\.$/);
    expect(model).toBeUndefined();
  });

  it('board-id-mismatch: a warning, the model is still made', async () => {
    const { diagnostics, dir, model } = await check(
      files({ 'boards/koulutus.yaml': null, 'boards/koulu.yaml': KOULUTUS }),
    );
    expect(summary(diagnostics, dir)).toEqual(['board-id-mismatch boards/koulu.yaml:2:7']);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(diagnostics[0]!.hint).toBe('Rename the file to koulutus.yaml or change `board.id`.');
    expect(model?.boards.map((b) => b.id)).toEqual(['koulutus', 'perusturva']);
  });

  it('unknown-municipality', async () => {
    const { diagnostics, dir } = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('municipality: Akaa', 'municipality: Akka') }));
    const d = only(diagnostics, 'unknown-municipality');
    expect(summary([d], dir)).toEqual(['unknown-municipality boards/perusturva.yaml:4:17']);
    expect(d.message).toBe("The municipality `Akka` is not one of the plan's municipalities (Akaa).");
    expect(d.hint).toBe('Did you mean `Akaa`?');
  });

  it('unknown-theme in SWOT items and goals', async () => {
    const { diagnostics, dir } = await check(
      files({
        'boards/perusturva.yaml': PERUSTURVA.replace('theme: harrastukset', 'theme: harrastus').replace('theme: mielenterveys', 'theme: talous'),
      }),
    );
    expect(summary(diagnostics, dir)).toEqual([
      'unknown-theme boards/perusturva.yaml:11:14',
      'unknown-theme boards/perusturva.yaml:18:12',
    ]);
    expect(diagnostics[0]!.hint).toBe('Did you mean `harrastukset`?');
    expect(diagnostics[1]!.hint).toBe('Defined themes: `harrastukset`, `mielenterveys`.');
  });

  it('unknown-theme when plan.yaml defines none', async () => {
    const plan = PLAN.replace(/themes:\n(  .*\n)+/, '');
    const { diagnostics } = await check(files({ 'plan.yaml': plan }));
    expect(codes(diagnostics)).toEqual(['unknown-theme', 'unknown-theme']);
    expect(diagnostics[0]!.hint).toMatch(/defines no themes/);
  });

  it('duplicate-id: the same id twice in one quadrant', async () => {
    const board = KOULUTUS.replace(
      '      id: S-harrastukset\n',
      '      id: S-harrastukset\n    - text: Toinen\n      id: S-harrastukset\n',
    );
    const { diagnostics, dir } = await check(files({ 'boards/koulutus.yaml': board }));
    const d = only(diagnostics, 'duplicate-id');
    expect(summary([d], dir)).toEqual(['duplicate-id boards/koulutus.yaml:9:11']);
    expect(d.message).toBe('The id `S-harrastukset` is used twice in this board (also at line 6).');
  });

  it('the same id in two quadrants of one board is fine', async () => {
    const board = KOULUTUS.replace('vision:', '  threats:\n    - text: Eri asia\n      id: S-harrastukset\nvision:');
    const { diagnostics, model } = await check(files({ 'boards/koulutus.yaml': board }));
    expect(diagnostics).toEqual([]);
    expect(model!.boards[0]!.swot.threats.map((i) => i.id)).toEqual(['S-harrastukset']);
  });

  it('id-conflict: the same id with different texts in two boards, naming both places', async () => {
    const { diagnostics, dir } = await check(
      files({ 'boards/perusturva.yaml': PERUSTURVA.replace('Harrastusmahdollisuuksia on paljon', 'Harrastuksia on liian vähän') }),
    );
    const d = only(diagnostics, 'id-conflict');
    expect(d.severity).toBe('error');
    // koulutus.yaml comes first in file-name order, so perusturva.yaml is the later place
    expect(summary([d], dir)).toEqual(['id-conflict boards/perusturva.yaml:10:11']);
    expect(d.message).toContain('"Harrastuksia on liian vähän" here');
    expect(d.message).toContain('"Harrastusmahdollisuuksia on paljon!" in ');
    expect(d.message).toMatch(/koulutus\.yaml:6\.$/);
    expect(localize(d, 'fi').message).toMatch(/^Tunnuksella `S-harrastukset` on eri tekstit/);
  });

  it('id-conflict is not raised when the texts are equal after normalization', async () => {
    const { diagnostics } = await check(
      files({
        'boards/perusturva.yaml': PERUSTURVA.replace('Harrastusmahdollisuuksia on paljon', '  HARRASTUSMAHDOLLISUUKSIA   on paljon.'),
      }),
    );
    expect(codes(diagnostics)).toEqual([]);
  });
});

describe('plan', () => {
  it('period-order', async () => {
    const { diagnostics, dir } = await check(files({ 'plan.yaml': PLAN.replace('end: 2029', 'end: 2025') }));
    expect(summary(diagnostics, dir)).toEqual(['period-order plan.yaml:7:8']);
    expect(diagnostics[0]!.message).toBe('The period ends (2025) before it starts (2026).');
  });

  it('period-long: more than four years is a warning', async () => {
    const four = await check(files({ 'plan.yaml': PLAN.replace('end: 2029', 'end: 2029') }));
    expect(codes(four.diagnostics)).toEqual([]);
    const five = await check(files({ 'plan.yaml': PLAN.replace('end: 2029', 'end: 2030') }));
    expect(summary(five.diagnostics, five.dir)).toEqual(['period-long plan.yaml:5:1']);
    expect(five.diagnostics[0]!.severity).toBe('warning');
    expect(five.diagnostics[0]!.message).toContain('5 years');
    expect(five.model).toBeDefined();
  });

  it('a one-year period is fine', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace('end: 2029', 'end: 2026') }));
    expect(codes(diagnostics)).toEqual([]);
  });

  it('no-vision: a warning', async () => {
    const { diagnostics, dir, model } = await check(files({ 'plan.yaml': PLAN.replace(/vision: .*\n/, '') }));
    expect(summary(diagnostics, dir)).toEqual(['no-vision plan.yaml:2:1']);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(model?.plan.vision).toBeUndefined();
  });

  it('an empty vision counts as none', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace(/vision: .*\n/, 'vision: "  "\n') }));
    expect(codes(diagnostics)).toEqual(['no-vision']);
  });
});

describe('legal completeness (Child Welfare Act 12 §)', () => {
  const planWith = (kind: string, sections: string) =>
    PLAN.replace(/sections:\n(  .*\n)+/, sections) + (kind ? `kind: ${kind}\n` : '');

  it('a municipality plan needs four sections', async () => {
    const { diagnostics, dir, model } = await check(files({ 'plan.yaml': planWith('', '') }));
    expect(diagnostics.map((d) => d.args?.section)).toEqual(['wellbeing_status', 'prevention', 'cooperation', 'implementation']);
    expect(diagnostics.every((d) => d.code === 'missing-section' && d.severity === 'warning')).toBe(true);
    // at the first key: there is no `sections` (line 1 is the schema comment)
    expect(summary(diagnostics, dir)[0]).toBe('missing-section plan.yaml:2:1');
    expect(diagnostics[0]!.message).toBe(
      'The legal section `wellbeing_status` (Lasten ja nuorten kasvuolot ja hyvinvoinnin tila) has no text.',
    );
    expect(diagnostics[0]!.hint).toContain('610/2022');
    expect(diagnostics[0]!.hint).toContain('municipal council');
    expect(diagnostics[0]!.hint).not.toContain('regional council');
    expect(model).toBeDefined();
  });

  it.each(['county', 'joint'])('a %s plan needs all seven', async (kind) => {
    const { diagnostics } = await check(files({ 'plan.yaml': planWith(kind, '') }));
    expect(diagnostics.map((d) => d.args?.section)).toEqual([
      'wellbeing_status',
      'prevention',
      'child_welfare_need',
      'child_welfare_resources',
      'child_welfare_services',
      'cooperation',
      'implementation',
    ]);
    expect(diagnostics[2]!.message).toContain('(Lastensuojelun tarve)');
    // the hint cites the act as amended in 2022 and names who approves a plan of this kind
    expect(diagnostics[2]!.hint).toContain('610/2022');
    expect(diagnostics[2]!.hint).toContain('regional council');
    expect(diagnostics[2]!.hint).toContain(kind === 'joint' ? "each municipality's council" : "county's plan");
  });

  it.each(['county', 'joint', 'municipality'])('a complete %s plan has no warnings', async (kind) => {
    const { diagnostics, model } = await check(files({ 'plan.yaml': planWith(kind, ALL_SECTIONS) }));
    expect(diagnostics).toEqual([]);
    expect(Object.keys(model!.plan.sections)).toHaveLength(7);
  });

  it('a county plan with the municipality sections only misses the three child-welfare sections', async () => {
    const { diagnostics, dir } = await check(files({ 'plan.yaml': PLAN + 'kind: county\n' }));
    expect(diagnostics.map((d) => d.args?.section)).toEqual(['child_welfare_need', 'child_welfare_resources', 'child_welfare_services']);
    // at the sections key
    expect(summary(diagnostics, dir)[0]).toBe('missing-section plan.yaml:12:1');
  });

  it('a section with only white space has no text', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace('prevention: Ehkäisevät palvelut.', 'prevention: "   "') }));
    expect(diagnostics.map((d) => [d.code, d.args?.section])).toEqual([['missing-section', 'prevention']]);
    expect(diagnostics[0]!.line).toBe(14);
  });
});

describe('document state and approvals (issue 11 item 6)', () => {
  const approved = (approval: string, extra = '') => PLAN + `state: approved\n${extra}approval:\n${approval}`;

  it('an approved municipal plan with the council date and § is clean', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': approved('  council: 2026-11-30\n  section: 88\n', 'date: 2026-11-30\n') }));
    expect(diagnostics).toEqual([]);
  });

  it('approved + an empty required section is an error naming the section, in validate as in generate', async () => {
    const plan = approved('  council: 2026-11-30\n  section: 88\n').replace('  cooperation: Yhteistyö.\n', '');
    const { diagnostics, dir } = await check(files({ 'plan.yaml': plan }));
    expect(diagnostics.map((d) => [d.code, d.severity, d.args?.section])).toEqual([['missing-section', 'error', 'cooperation']]);
    expect(diagnostics[0]!.message).toBe('The plan is approved, but its legal section `cooperation` (Yhteistyön järjestäminen) has no text.');
    expect(summary(diagnostics, dir)).toEqual(['missing-section plan.yaml:12:1']);
  });

  it('the same gap in a draft or a proposal is a warning', async () => {
    for (const state of ['draft', 'proposal']) {
      const plan = (PLAN + `state: ${state}\n`).replace('  cooperation: Yhteistyö.\n', '');
      const { diagnostics } = await check(files({ 'plan.yaml': plan }));
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-section', 'warning']]);
    }
  });

  it('approval-missing: an approved plan without the council decision\'s §', async () => {
    const { diagnostics, dir } = await check(files({ 'plan.yaml': approved('  council: 2026-11-30\n') }));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['approval-missing', 'error']]);
    expect(diagnostics[0]!.message).toContain('Akaa');
    expect(diagnostics[0]!.hint).toContain('approval: section:');
    expect(summary(diagnostics, dir)).toEqual(['approval-missing plan.yaml:18:1']);
    // with no approval at all it points at `state`
    const none = await check(files({ 'plan.yaml': PLAN + 'state: approved\n' }));
    expect(summary(none.diagnostics, none.dir)).toEqual(['approval-missing plan.yaml:17:1']);
  });

  const JOINT = PLAN.replace('  - Akaa\n', '  - Akaa\n  - Urjala\n') + 'kind: joint\ncounty: Pirkanmaan hyvinvointialue\n';
  const jointSections = (p: string) => p.replace(/sections:\n(  .*\n)+/, ALL_SECTIONS);

  it('approval-missing: a joint plan needs every council\'s decision, the regional council\'s too', async () => {
    const plan = jointSections(JOINT) + 'state: approved\napproval:\n  councils:\n    - by: Akaa\n      date: 2026-12-01\n      section: 70\n    - by: Urjala\n      date: 2026-12-02\n';
    const { diagnostics } = await check(files({ 'plan.yaml': plan }));
    expect(diagnostics.map((d) => [d.code, d.args?.body])).toEqual([
      ['approval-missing', 'Urjala'],
      ['approval-missing', 'Pirkanmaan hyvinvointialue'],
    ]);
    expect(diagnostics[0]!.hint).toContain('- by: Urjala');
  });

  it('unknown-council: `by` names neither a municipality of the plan nor its county, with a suggestion', async () => {
    const plan = jointSections(JOINT) + 'approval:\n  councils:\n    - by: Urjalaa\n      date: 2026-12-02\n';
    const { diagnostics, dir } = await check(files({ 'plan.yaml': plan }));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['unknown-council', 'error']]);
    expect(diagnostics[0]!.message).toContain('Akaa, Urjala, Pirkanmaan hyvinvointialue');
    expect(diagnostics[0]!.hint).toContain('Urjala');
    expect(summary(diagnostics, dir)[0]).toMatch(/^unknown-council plan\.yaml:\d+:\d+$/);
  });

  it('joint-council: one council date for a joint plan does not say whose council, a warning', async () => {
    const plan = jointSections(JOINT) + 'approval:\n  council: 2026-12-02\n';
    const { diagnostics } = await check(files({ 'plan.yaml': plan }));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['joint-council', 'warning']]);
    expect(diagnostics[0]!.hint).toContain('approval: councils:');
  });

  it('an old plan.yaml with only approval boards and council dates stays valid', async () => {
    const { diagnostics, model } = await check(files({ 'plan.yaml': PLAN + 'approval:\n  boards: 2026-10-14\n  council: 2026-11-30\n' }));
    expect(diagnostics).toEqual([]);
    expect(model!.plan.state).toBe('draft');
    expect(model!.plan.approval).toEqual({ boards: '2026-10-14', council: '2026-11-30', councils: [] });
  });

  it('rejects an unknown state with the allowed values', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN + 'state: valmis\n' }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.severity).toBe('error');
    expect(diagnostics[0]!.line).toBe(17);
    expect(diagnostics[0]!.message + (diagnostics[0]!.hint ?? '')).toContain('approved');
  });
});

describe('meeting', () => {
  it('unknown-board in boards, sections and items', async () => {
    const meeting = MEETING.replace('sections:', 'boards: [perusturva, vapaa-aika]\nsections:')
      .replace('  koulutus: 12', '  koulutus: 12\n  koulu: 3')
      .replace('boards: [koulutus]', 'boards: [koulutus, sivistys]');
    const { diagnostics, dir } = await check(files({ 'meeting.yaml': meeting }));
    expect(summary(diagnostics, dir)).toEqual([
      'unknown-board meeting.yaml:5:22',
      'unknown-board meeting.yaml:9:3',
      'unknown-board meeting.yaml:12:24',
    ]);
    expect(diagnostics[0]!.message).toBe('There is no board `vapaa-aika` in boards/.');
    expect(diagnostics[0]!.hint).toBe('Board ids in this workspace: `koulutus`, `perusturva`.');
    expect(diagnostics[1]!.hint).toBe('Did you mean `koulutus`?');
  });

  it('a broken board file still counts as a board', async () => {
    const { diagnostics } = await check(
      files({ 'meeting.yaml': MEETING, 'boards/koulutus.yaml': KOULUTUS.replace('  name: Koulutuslautakunta\n', '') }),
    );
    expect(codes(diagnostics)).toEqual(['missing-key']);
  });

  it('time-order: the end after the start', async () => {
    const { diagnostics, dir } = await check(files({ 'meeting.yaml': MEETING.replace('end: "19:30"', 'end: "16:45"') }));
    expect(summary(diagnostics, dir)).toEqual(['time-order meeting.yaml:3:6']);
    expect(diagnostics[0]!.message).toBe('The meeting ends (16:45) before it starts (17:00).');
    const same = await check(files({ 'meeting.yaml': MEETING.replace('end: "19:30"', 'end: "17:00"') }));
    expect(codes(same.diagnostics)).toEqual(['time-order']);
  });
});

describe('meeting.yaml: the agenda fields of issue 11', () => {
  const FULL = `${MEETING}presenters:
  perusturva: perusturvajohtaja
  koulutus: sivistysjohtaja
review:
  koulutus:
    address: PL 10, 37801 Akaa
    email: kirjaamo@akaa.example
minutes_online: 2026-10-21
standard_items:
  plan:
    dno: AKA/12/2026
    preparer:
      title: hyvinvointikoordinaattori
      phone: 040 123 4567
      email: hyvinvointi@akaa.example
    attachments:
      - Kuulemisraportti
      - title: Indikaattorit
        file: indikaattorit.pdf
  order:
    proposal: Esityslista hyväksytään.
`;

  it('accepts presenters, review addresses, the minutes date and standard items, into the model', async () => {
    const { diagnostics, model } = await check(files({ 'meeting.yaml': FULL }));
    expect(diagnostics).toEqual([]);
    const meeting = model!.meeting!;
    expect(meeting.presenters).toEqual({ perusturva: 'perusturvajohtaja', koulutus: 'sivistysjohtaja' });
    expect(meeting.review).toEqual({ koulutus: { address: 'PL 10, 37801 Akaa', email: 'kirjaamo@akaa.example' } });
    expect(meeting.minutesOnline).toBe('2026-10-21');
    expect(meeting.standardItems.plan).toEqual({
      dno: 'AKA/12/2026',
      preparer: { title: 'hyvinvointikoordinaattori', phone: '040 123 4567', email: 'hyvinvointi@akaa.example' },
      attachments: [{ title: 'Kuulemisraportti' }, { title: 'Indikaattorit', file: 'indikaattorit.pdf' }],
    });
    expect(meeting.standardItems.order).toEqual({ proposal: 'Esityslista hyväksytään.', attachments: [] });
    expect(meeting.items[0]).toMatchObject({ preparatory: false, attachments: [] });
  });

  it('unknown-board in presenters and review', async () => {
    const { diagnostics, dir } = await check(
      files({ 'meeting.yaml': FULL.replace('  perusturva: perusturvajohtaja', '  perusturv: perusturvajohtaja').replace('  koulutus:\n    address', '  sivistys:\n    address') }),
    );
    expect(summary(diagnostics, dir)).toEqual(['unknown-board meeting.yaml:13:3', 'unknown-board meeting.yaml:16:3']);
    expect(diagnostics[0]!.hint).toBe('Did you mean `perusturva`?');
  });

  it('date-order: the minutes cannot go online before the meeting', async () => {
    const { diagnostics, dir } = await check(files({ 'meeting.yaml': FULL.replace('minutes_online: 2026-10-21', 'minutes_online: 2026-10-13') }));
    expect(summary(diagnostics, dir)).toEqual(['date-order meeting.yaml:19:17']);
    expect(diagnostics[0]!.message).toBe('The minutes go online (2026-10-13) before the meeting (2026-10-14).');
    const same = await check(files({ 'meeting.yaml': FULL.replace('minutes_online: 2026-10-21', 'minutes_online: 2026-10-14') }));
    expect(same.diagnostics).toEqual([]);
  });

  it('checks the new fields like every other: an e-mail, a preparer without a title, an unknown standard item', async () => {
    const bad = FULL.replace('email: kirjaamo@akaa.example', 'email: kirjaamo')
      .replace('      title: hyvinvointikoordinaattori\n', '')
      .replace('  order:\n', '  avaus:\n');
    const { diagnostics } = await check(files({ 'meeting.yaml': bad }));
    expect(codes(diagnostics).sort()).toEqual(['missing-key', 'schema', 'unknown-key']);
    expect(diagnostics.find((d) => d.code === 'unknown-key')!.hint).toMatch(/opening|minutes|order|swot|vision|plan|closing/);
    expect(diagnostics.every((d) => d.line > 0 && d.column > 0)).toBe(true);
  });
});

describe('boards of the county', () => {
  it('a board may name the plan\'s county as its municipality (a county body, issue 11)', async () => {
    const plan = PLAN.replace('municipalities:\n  - Akaa\n', 'municipalities:\n  - Akaa\ncounty: Pirkanmaan hyvinvointialue\n');
    const { diagnostics } = await check(
      files({ 'plan.yaml': plan, 'boards/perusturva.yaml': PERUSTURVA.replace('municipality: Akaa', 'municipality: Pirkanmaan hyvinvointialue') }),
    );
    expect(codes(diagnostics)).toEqual([]);
  });
});

describe('indicators', () => {
  it('an indicator id used twice', async () => {
    const indicators = 'indicators:\n  - id: a\n    title: A\n    values: {2024: 1}\n  - id: a\n    title: B\n    values: {}\n';
    const { diagnostics, dir } = await check(files({ 'indicators.yaml': indicators }));
    expect(summary(diagnostics, dir)).toEqual(['duplicate-id indicators.yaml:5:9']);
    expect(diagnostics[0]!.message).toContain('line 2');
  });
});

describe('a board that has not submitted', () => {
  it('is not a diagnostic', async () => {
    const { diagnostics, model } = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('submitted: 2026-03-15\n', '') }));
    expect(diagnostics).toEqual([]);
    expect(model!.boards.find((b) => b.id === 'perusturva')!.submitted).toBeUndefined();
  });
});
