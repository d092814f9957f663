import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { LANGS, PLAN_KINDS, REQUIRED_SECTIONS, SECTION_IDS, type Lang, type MergedPlan } from '../../src/model/types.js';
import { formatter } from '../../src/render/format.js';
import { render } from '../../src/render/index.js';
import { buildPlanView } from '../../src/render/plan-view.js';
import { LABELS } from '../../src/render/labels/index.js';
import { mergedPlan } from './fixtures.js';
import { file, listLines, sectionOf } from './helpers.js';

const planMd = async (options: Parameters<typeof mergedPlan>[0] = {}) =>
  file((await render(mergedPlan(options), { formats: ['md'], only: 'plan' })).files, 'plan.md');

describe('plan: legal sections (SPEC 4)', () => {
  for (const kind of PLAN_KINDS)
    for (const lang of LANGS)
      it(`${kind} plan in ${lang} has its required sections as headings, and no empty other one`, async () => {
        const optional = SECTION_IDS.filter((id) => !REQUIRED_SECTIONS[kind].includes(id));
        const md = await planMd({ kind, lang, emptySections: optional });
        for (const id of SECTION_IDS) {
          const heading = `## ${SECTION_HEADINGS[lang][id]}`;
          if (REQUIRED_SECTIONS[kind].includes(id)) expect(md).toContain(`\n${heading}\n`);
          else expect(md).not.toContain(heading);
        }
      });

  it('drops nothing written: a municipal plan shows the child welfare sections it has text for (issue 11 item 6)', async () => {
    const md = await planMd({ kind: 'municipality' });
    for (const id of ['child_welfare_need', 'child_welfare_resources', 'child_welfare_services'] as const)
      expect(md).toContain(`\n## ${SECTION_HEADINGS.fi[id]}\n`);
    expect(sectionOf(md, SECTION_HEADINGS.fi.child_welfare_need)).toContain('Avohuollon asiakkuuksia oli 212 vuonna 2024.');
    // and an empty one that the kind does not require is not announced as missing
    const without = await planMd({ kind: 'municipality', emptySections: ['child_welfare_need'] });
    expect(without).not.toContain(SECTION_HEADINGS.fi.child_welfare_need);
  });

  it('has the Swedish headings in the wording of Barnskyddslagen 12 §', async () => {
    const sv = await planMd({ kind: 'county', lang: 'sv' });
    for (const heading of [
      'Barns och unga personers uppväxtförhållanden och välfärdssituation',
      'Behovet av barnskydd',
      'Resurser som ska reserveras för barnskyddet',
      'Servicesystemet inom barnskyddet',
      'Ordnande av samarbete',
    ])
      expect(sv).toContain(`\n## ${heading}\n`);
  });

  it('says in the document that an empty section is still missing', async () => {
    const md = await planMd({ emptySections: ['prevention'] });
    const section = sectionOf(md, SECTION_HEADINGS.fi.prevention);
    expect(section).toContain('*Tämän osion sisältö puuttuu vielä.*');
    expect(sectionOf(md, SECTION_HEADINGS.fi.cooperation)).not.toContain('puuttuu');
    const sv = await planMd({ lang: 'sv', emptySections: ['cooperation'] });
    expect(sectionOf(sv, SECTION_HEADINGS.sv.cooperation)).toContain(LABELS.sv['section.missing']);
  });

  it('keeps prose headings below the section heading', async () => {
    const md = await planMd();
    // "## Yhteistyörakenteet" in plan.sections.cooperation becomes a level-3 heading
    expect(md).toContain('\n### Yhteistyörakenteet\n');
    expect(md).not.toContain('\n## Yhteistyörakenteet');
  });
});

describe('plan: front matter, summary and vision', () => {
  it('has the localized default title, municipalities, county and period', async () => {
    const md = await planMd({ kind: 'joint' });
    expect(md.startsWith('# Lasten ja nuorten hyvinvointisuunnitelma 2026–2029\n')).toBe(true);
    expect(md).toContain('- Kunnat: Järvelä ja Kivikoski');
    expect(md).toContain('- Hyvinvointialue: Pohjois-Järvelän hyvinvointialue');
    expect(md).toContain('- Suunnitelmakausi: 2026–2029');
    expect(await planMd({ lang: 'en' })).toMatch(/^# Child and youth welfare plan 2026–2029\n/);
  });

  it('uses plan.title when given', async () => {
    const merged = mergedPlan();
    merged.plan.title = 'Hyvä kasvaa Järvelässä';
    const md = file((await render(merged, { formats: ['md'] })).files, 'plan.md');
    expect(md.startsWith('# Hyvä kasvaa Järvelässä\n')).toBe(true);
  });

  it('summarises the content: vision, priorities, goals and actions, and no progress of the work (issue 11 item 6)', async () => {
    const md = await planMd();
    const summary = sectionOf(md, 'Tiivistelmä');
    expect(listLines(summary)).toEqual([
      '- Visio: Järvelässä jokainen lapsi ja nuori tulee kuulluksi ja voi hyvin.',
      '- Painopisteet: Osallisuus ja Mielenterveys',
      '- Suunnitelmassa on 2 tavoitetta ja 2 toimenpidettä.',
    ]);
    // counts of submissions, "x/y written", "not yet submitted" belong to `lnhs status`
    for (const status of ['Lautakuntia', 'toimittanut', 'toimitettu', 'kirjoitettu', 'SWOT-analyysissä on'])
      expect(md).not.toContain(status);
    expect(listLines(sectionOf(await planMd({ lang: 'en' }), 'Summary'))[1]).toBe('- Priorities: Osallisuus and Mielenterveys');
  });

  it('joins priorities that have the conjunction in them with sekä / samt / ", and", so they do not run together', async () => {
    const merged = mergedPlan();
    merged.plan.themes = { a: 'Osallisuus', b: 'Mieli ja tunteet', c: 'Harrastukset ja liikkuminen' };
    const fi = file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
    expect(fi).toContain('- Painopisteet: Osallisuus, Mieli ja tunteet sekä Harrastukset ja liikkuminen\n');
    merged.plan.language = 'sv';
    merged.plan.themes = { a: 'Delaktighet', b: 'Hobbyer och motion' };
    const sv = file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
    expect(sv).toContain('- Prioriteringar: Delaktighet samt Hobbyer och motion\n');
    merged.plan.language = 'en';
    merged.plan.themes = { a: 'Participation', b: 'Hobbies and exercise' };
    const en = file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
    expect(en).toContain('- Priorities: Participation, and Hobbies and exercise\n');
  });

  it('takes the goals as priorities when the plan has no themes', async () => {
    const merged = mergedPlan();
    merged.plan.themes = {};
    const md = file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
    expect(md).toContain('- Painopisteet: Matalan kynnyksen mielenterveystuki ja Jokaiselle lapselle harrastus\n');
  });

  it('shows the adopted vision, or the proposals with a note when none is adopted', async () => {
    const adopted = sectionOf(await planMd(), 'Visio');
    expect(adopted).toContain('> Järvelässä jokainen lapsi ja nuori tulee kuulluksi ja voi hyvin.');
    const missing = sectionOf(await planMd({ vision: false }), 'Visio');
    expect(missing).toContain('Yhteistä visiota ei ole vielä hyväksytty.');
    expect(missing).toContain('- Jokainen lapsi tulee kuulluksi — Perusturvalautakunta ja Koulutuslautakunta');
    expect(missing).toContain('- Liikkuva ja harrastava Järvelä — Vapaa-aikalautakunta');
  });

  it('lists the vision proposals, the steering group and the boards in numbered appendices', async () => {
    const md = await planMd();
    expect(sectionOf(md, 'Liite 1. Lautakuntien visioehdotukset')).toContain('- Liikkuva ja harrastava Järvelä — Vapaa-aikalautakunta');
    const steering = sectionOf(md, 'Liite 2. Ohjausryhmä');
    expect(steering).toContain('| Puheenjohtaja | – | Sivistystoimi |');
    expect(steering).toContain('| Sihteeri | Hyvinvointikoordinaattori | Kunnanvirasto |');
    const inputs = sectionOf(md, 'Liite 3. Valmisteluun osallistuneet lautakunnat');
    expect(inputs).toContain('| Perusturvalautakunta | Järvelä | Lautakunnan sihteeri |');
    expect(inputs).toContain('| Vapaa-aikalautakunta | Järvelä | Lautakunnan sihteeri |');
    // without an adopted vision the proposals stand in the vision chapter, and the appendices start from the steering group
    const pending = await planMd({ vision: false });
    expect(pending).toContain('\n## Liite 1. Ohjausryhmä\n');
    expect(pending).toContain('- Visio: yhteinen visio muotoillaan lautakuntien ehdotusten pohjalta, jotka ovat luvussa Visio\n');
    // no Name column when nobody is named
    const merged = mergedPlan();
    merged.plan.steeringGroup = [{ role: 'Puheenjohtaja', organisation: 'Sivistystoimi' }];
    const roles = sectionOf(file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md'), 'Liite 2. Ohjausryhmä');
    expect(roles).toContain('| Rooli | Organisaatio |\n|---|---|\n| Puheenjohtaja | Sivistystoimi |');
  });
});

describe('plan: merged SWOT', () => {
  it('has the four quadrants in order, in each language', async () => {
    for (const lang of LANGS) {
      const md = await planMd({ lang });
      const positions = (['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((q) =>
        md.indexOf(`\n### ${LABELS[lang][`swot.${q}`]}\n`),
      );
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('puts each item on one line naming its boards, and marks shared items', async () => {
    const md = await planMd();
    const lines = listLines(sectionOf(md, 'Vahvuudet'));
    expect(lines).toEqual([
      '- Harrastusmahdollisuuksia on monipuolisesti ja *maksuttomasti* — Perusturvalautakunta, Koulutuslautakunta ja Vapaa-aikalautakunta — **Yhteinen** (3 lautakuntaa) — teema: Osallisuus',
      '- Neuvolan ja varhaiskasvatuksen yhteistyö toimii — Perusturvalautakunta ja Koulutuslautakunta — **Yhteinen** (2 lautakuntaa)',
      '- Koulujen oppilashuolto on vakiintunut — Koulutuslautakunta — huom. Kuraattoreita on kolme',
      '- Nuorisotilat ovat nuorten suosimia — Vapaa-aikalautakunta',
    ]);
    expect(sectionOf(md, 'Yhdistetty SWOT-analyysi')).toContain('**Yhteinen** = kohta, jonka useampi lautakunta on esittänyt.');
    expect(sectionOf(md, 'Uhat')).toContain('Ei kohtia.');
  });

  it('marks shared items in Swedish and English too', async () => {
    expect(await planMd({ lang: 'sv' })).toContain('Perusturvalautakunta och Koulutuslautakunta — **Gemensam** (2 nämnder)');
    expect(await planMd({ lang: 'en' })).toContain('Perusturvalautakunta and Koulutuslautakunta — **Shared** (2 boards)');
  });
});

describe('plan: action plan and indicators', () => {
  it('is one table: goal, action, responsible, due, indicator, proposing boards', async () => {
    const table = sectionOf(await planMd(), 'Toimenpideohjelma');
    expect(table).toContain('| Tavoite | Toimenpide | Vastuutaho | Aikataulu | Mittari | Ehdottaneet lautakunnat |');
    expect(table).toContain(
      '| Matalan kynnyksen mielenterveystuki (Mielenterveys) | Koulukuraattorin vastaanotto ilman ajanvarausta | Opetustoimi | 2027 | Jonotusaika (vrk) | Koulutuslautakunta |',
    );
    expect(table).toContain('| Matalan kynnyksen mielenterveystuki (Mielenterveys) | Perheneuvolan chat-palvelu | Perhekeskus | 30.6.2027 | – | Perusturvalautakunta |');
    expect(table).toContain('| Jokaiselle lapselle harrastus | – | – | – | – | Vapaa-aikalautakunta |');
    // the action plan stands in the chapter of goals and actions
    expect(sectionOf(await planMd(), 'Tavoitteet ja toimenpiteet')).toContain('### Toimenpideohjelma');
  });

  it('shows the indicators table with locale numbers in the wellbeing section', async () => {
    const fi = sectionOf(await planMd(), SECTION_HEADINGS.fi.wellbeing_status);
    expect(fi).toContain('| Indikaattori | Yksikkö | Lähde | 2019 | 2021 | 2023 |');
    expect(fi).toContain('| Koulukiusatuksi kokeneet | % | Kouluterveyskysely | 12,5 | 10,1 | 9,8 |');
    expect(fi).toContain('| Lastensuojeluilmoitukset | kpl | Sotkanet | – | – | 10\u00a0450 |');
    const en = await planMd({ lang: 'en' });
    expect(en).toContain('| Koulukiusatuksi kokeneet | % | Kouluterveyskysely | 12.5 | 10.1 | 9.8 |');
    expect(en).toContain('10,450');
  });

  it("shows an action's indicator named by its id with the indicator's title (issue 16)", async () => {
    const merged = mergedPlan();
    merged.goals[0]!.actions[0]!.indicator = 'kiusatut';
    const { files } = await render(merged, { formats: ['md'], only: 'plan' });
    const table = sectionOf(file(files, 'plan.md'), 'Toimenpideohjelma');
    expect(table).toContain('| Koulukuraattorin vastaanotto ilman ajanvarausta | Opetustoimi | 2027 | Koulukiusatuksi kokeneet |');
    expect(table).not.toContain('| kiusatut |');
  });

  it("shows only the figures of the years before the plan's date, so later ones do not change it (issue 16)", async () => {
    const merged = mergedPlan();
    merged.plan.date = '2022-11-19';
    const { files } = await render(merged, { formats: ['md'], only: 'plan' });
    const fi = sectionOf(file(files, 'plan.md'), SECTION_HEADINGS.fi.wellbeing_status);
    expect(fi).toContain('| Indikaattori | Yksikkö | Lähde | 2019 | 2021 |');
    expect(fi).toContain('| Koulukiusatuksi kokeneet | % | Kouluterveyskysely | 12,5 | 10,1 |');
    expect(fi).not.toContain('9,8');
  });

  it('draws a trend line with a text alternative in the HTML only', async () => {
    const { files } = await render(mergedPlan(), { formats: ['md', 'html'], only: 'plan' });
    expect(file(files, 'plan.md')).not.toContain('<svg');
    const html = file(files, 'plan.html');
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(1); // only the indicator with two or more years
    expect(svgs[0]).toContain('role="img"');
    expect(svgs[0]).toContain('aria-label="Koulukiusatuksi kokeneet: lasku, 2019 12,5 → 2023 9,8"');
    expect(html).toContain('<title>Koulukiusatuksi kokeneet: lasku, 2019 12,5 → 2023 9,8</title>');
    expect(html).toContain('<th scope="col">Kehitys</th>');
  });
});

describe('plan: document state and decisions (issue 11 item 6)', () => {
  const withPlan = async (change: (plan: MergedPlan['plan']) => void, lang: Lang = 'fi') => {
    const merged = mergedPlan({ lang });
    change(merged.plan);
    const md = file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
    return md.split('\n## ')[0]!; // the title block
  };

  it('a draft says luonnos with its date, and its decisions as planned', async () => {
    const head = await withPlan((p) => {
      p.date = '2026-09-30';
      p.approval = { boards: '2026-10-14', council: '2026-11-30', councils: [] };
    });
    expect(head).toContain('\n**Luonnos 30.9.2026**\n');
    expect(head).toContain('\n- Käsittely lautakunnissa 14.10.2026\n');
    expect(head).toContain('\n- Käsittely valtuustossa 30.11.2026\n');
    expect(head).not.toContain('Hyväksytty');
    // without a date, the state alone
    expect(await withPlan(() => {})).toContain('\n**Luonnos**\n');
  });

  it('a proposal after the boards met: the boards have handled it, the council is still planned', async () => {
    const head = await withPlan((p) => {
      p.state = 'proposal';
      p.date = '2026-10-20';
      p.approval = { boards: '2026-10-14', council: '2026-11-30', section: 88, councils: [] };
    });
    expect(head).toContain('\n**Ehdotus 20.10.2026**\n');
    expect(head).toContain('\n- Käsitelty lautakunnissa 14.10.2026\n');
    // the § of a decision not yet approved is not shown
    expect(head).toContain('\n- Käsittely valtuustossa 30.11.2026\n');
    expect(head).not.toContain('§');
  });

  it('an approved plan names the deciding body, the date and the §', async () => {
    const head = await withPlan((p) => {
      p.state = 'approved';
      p.date = '2026-11-30';
      p.approval = { boards: '2026-10-14', council: '2026-11-30', section: 88, councils: [] };
    });
    expect(head).toContain('\n**Hyväksytty 30.11.2026**\n');
    expect(head).toContain('\n- Hyväksytty valtuustossa 30.11.2026 § 88\n');
    const sv = await withPlan((p) => {
      p.state = 'approved';
      p.approval = { council: '2026-11-30', section: 88, councils: [] };
    }, 'sv');
    expect(sv).toContain(`\n**${LABELS.sv['page.state.approved']}**\n`);
    expect(sv).toContain('30.11.2026 § 88');
  });

  it('a joint plan lists each council, the municipalities first and the regional council last', async () => {
    const planned = await withPlan((p) => {
      p.kind = 'joint';
      p.municipalities = ['Järvelä', 'Kivikoski'];
      p.county = 'Pohjois-Järvelän hyvinvointialue';
      p.approval = {
        councils: [
          { by: 'Pohjois-Järvelän hyvinvointialue', date: '2026-12-14', pos: { file: 'plan.yaml', line: 1, column: 1 } },
          { by: 'Kivikoski', date: '2026-12-07', pos: { file: 'plan.yaml', line: 1, column: 1 } },
          { by: 'Järvelä', date: '2026-12-01', pos: { file: 'plan.yaml', line: 1, column: 1 } },
        ],
      };
    });
    expect(listLines(planned).slice(-3)).toEqual([
      '- Käsittely valtuustossa: Järvelä 1.12.2026',
      '- Käsittely valtuustossa: Kivikoski 7.12.2026',
      '- Käsittely aluevaltuustossa 14.12.2026',
    ]);
    const approved = await withPlan((p) => {
      p.kind = 'joint';
      p.municipalities = ['Järvelä'];
      p.county = 'Pohjois-Järvelän hyvinvointialue';
      p.state = 'approved';
      p.approval = {
        councils: [
          { by: 'Järvelä', date: '2026-12-01', section: 70, pos: { file: 'plan.yaml', line: 1, column: 1 } },
          { by: 'Pohjois-Järvelän hyvinvointialue', date: '2026-12-14', section: 12, pos: { file: 'plan.yaml', line: 1, column: 1 } },
        ],
      };
    });
    expect(approved).toContain('\n- Hyväksytty valtuustossa: Järvelä 1.12.2026 § 70\n');
    expect(approved).toContain('\n- Hyväksytty aluevaltuustossa 14.12.2026 § 12\n');
  });

  it('gives the state line to the view for the print and Word headers', () => {
    const merged = mergedPlan();
    merged.plan.date = '2026-09-30';
    const view = buildPlanView(merged, formatter('fi'), false).view;
    expect(view.document).toEqual({ state: 'draft', stateKey: 'page.state.draft', date: '2026-09-30', line: 'Luonnos 30.9.2026' });
  });
});

describe('plan: the introduction names who approves a plan of each kind (Child Welfare Act 12 §, 610/2022)', () => {
  it.each([
    ['municipality', 'Suunnitelman hyväksyy kunnanvaltuusto.'],
    ['county', 'Hyvinvointialueen suunnitelman hyväksyy aluevaltuusto'],
    ['joint', 'Sen hyväksyy kunkin kunnan valtuusto (Järvelä ja Kivikoski) ja hyvinvointialueen aluevaltuusto.'],
  ] as const)('%s', async (kind, approval) => {
    const intro = sectionOf(await planMd({ kind }), 'Johdanto');
    expect(intro).toContain('muutettuna lailla 610/2022');
    expect(intro).toContain(approval);
  });

  it('says it in Swedish and English too', async () => {
    expect(sectionOf(await planMd({ lang: 'sv' }), 'Inledning')).toContain('610/2022');
    expect(sectionOf(await planMd({ lang: 'sv' }), 'Inledning')).toContain('kommunfullmäktige');
    expect(sectionOf(await planMd({ lang: 'en', kind: 'county' }), 'Introduction')).toContain('regional council');
  });
});

describe('plan: chapters of a real plan (issue 11 item 6)', () => {
  const full = () => {
    const merged = mergedPlan();
    Object.assign(merged.plan, {
      introduction: 'Suunnitelma valmisteltiin ohjausryhmässä.',
      participation: {
        text: 'Nuoria kuultiin kyselyllä.',
        hearings: [{ who: '8.–9.-luokkalaiset', how: 'kysely', when: 'syyskuu 2026', count: 1234, changes: 'Kyydit lisättiin.' }, { who: 'nuorisovaltuusto', how: 'lausunto' }],
      },
      childImpact: 'Vaikutukset lapsiin arvioitiin.',
      services: {
        universal: [{ service: 'Neuvola', provider: 'county' }],
        early_support: [{ service: 'Perhekahvila', provider: 'ngo', organisation: 'MLL' }],
        intensive: [],
      },
      studentWelfare: 'Yhteisöllinen opiskeluhuolto kuuluu kunnalle.',
      chapters: [{ title: 'Järjestöt ja seurakunnat', text: 'Järjestöt tukevat.' }],
      sources: ['[THL](https://thl.fi/)', 'Hyvinvointikertomus 2025'],
    });
    merged.goals[0]!.actions[0]!.resources = '10 000 €/v';
    return merged;
  };
  const md = async (lang: Lang = 'fi') => {
    const merged = full();
    merged.plan.language = lang;
    return file((await render(merged, { formats: ['md'], only: 'plan' })).files, 'plan.md');
  };

  it('come in the order real plans have them', async () => {
    const headings = (await md()).split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Tiivistelmä',
      '## Johdanto',
      `## ${SECTION_HEADINGS.fi.wellbeing_status}`,
      `## ${SECTION_HEADINGS.fi.child_welfare_need}`,
      `## ${SECTION_HEADINGS.fi.prevention}`,
      `## ${SECTION_HEADINGS.fi.child_welfare_services}`,
      `## ${SECTION_HEADINGS.fi.child_welfare_resources}`,
      '## Opiskeluhuolto',
      '## Lasten ja nuorten osallisuus',
      '## Lapsivaikutusten arviointi',
      '## Yhdistetty SWOT-analyysi',
      '## Visio',
      '## Tavoitteet ja toimenpiteet',
      `## ${SECTION_HEADINGS.fi.cooperation}`,
      `## ${SECTION_HEADINGS.fi.implementation}`,
      '## Järjestöt ja seurakunnat',
      '## Lähteet',
      '## Liite 1. Lautakuntien visioehdotukset',
      '## Liite 2. Ohjausryhmä',
      '## Liite 3. Valmisteluun osallistuneet lautakunnat',
    ]);
  });

  it('show the introduction after the legal basis, and the hearings as a table', async () => {
    const out = await md();
    const intro = sectionOf(out, 'Johdanto');
    expect(intro.indexOf('610/2022')).toBeLessThan(intro.indexOf('Suunnitelma valmisteltiin ohjausryhmässä.'));
    const participation = sectionOf(out, 'Lasten ja nuorten osallisuus');
    expect(participation).toContain('| Keitä kuultiin | Miten | Milloin | Osallistujia | Mitä muuttui |');
    expect(participation).toContain('| 8.–9.-luokkalaiset | kysely | syyskuu 2026 | 1234 | Kyydit lisättiin. |');
    expect(participation).toContain('| nuorisovaltuusto | lausunto | – | – | – |');
  });

  it('show the service tiers with their providers in the services chapter, a table per tier', async () => {
    const out = await md();
    const services = sectionOf(out, 'Palvelut tuen tasoittain');
    expect(sectionOf(services, 'Yleiset palvelut kaikille')).toContain('| Palvelu | Järjestäjä |\n|---|---|\n| Neuvola | Hyvinvointialue |');
    expect(sectionOf(services, 'Varhainen tuki, kun huoli herää')).toContain('| Perhekahvila | Järjestö (MLL) |');
    expect(services).not.toContain('Erityinen tuki'); // an empty tier has no table
    expect(sectionOf(out, SECTION_HEADINGS.fi.prevention)).toContain('### Palvelut tuen tasoittain');
    expect(sectionOf(await md('sv'), 'Tidigt stöd när en oro väcks')).toContain('| Perhekahvila | Organisation (MLL) |');
  });

  it('cite the Pupil and Student Welfare Act in the student welfare chapter, and list the sources', async () => {
    const out = await md();
    expect(sectionOf(out, 'Opiskeluhuolto')).toContain('12 §');
    expect(sectionOf(out, 'Opiskeluhuolto')).toContain('13 a §');
    expect(listLines(sectionOf(out, 'Lähteet'))).toEqual(['- [THL](https://thl.fi/)', '- Hyvinvointikertomus 2025']);
  });

  it("show each action's resources and each goal's theme", async () => {
    const table = sectionOf(await md(), 'Toimenpideohjelma');
    expect(table).toContain('| Tavoite | Toimenpide | Vastuutaho | Aikataulu | Resurssit | Mittari | Ehdottaneet lautakunnat |');
    expect(table).toContain('| Matalan kynnyksen mielenterveystuki (Mielenterveys) | Koulukuraattorin vastaanotto ilman ajanvarausta | Opetustoimi | 2027 | 10 000 €/v |');
  });

  it('have their headings in Swedish and English', async () => {
    const sv = await md('sv');
    const en = await md('en');
    for (const key of ['intro.heading', 'participation.heading', 'childImpact.heading', 'studentWelfare.heading', 'sources.heading'] as const) {
      expect(sv).toContain(`\n## ${LABELS.sv[key]}\n`);
      expect(en).toContain(`\n## ${LABELS.en[key]}\n`);
    }
    expect(sv).toContain('\n## Järjestöt ja seurakunnat\n');
  });
});

describe('plan: the Word file carries the state and date (issue 11 item 6, issue 15)', () => {
  it("has the state line as its page header and the plan's date as the document's date", async () => {
    const merged = mergedPlan();
    merged.plan.state = 'proposal';
    merged.plan.date = '2026-10-20';
    const { documents } = await render(merged, { formats: ['md'], only: 'plan' });
    const meta = documents.find((d) => d.name === 'plan')!.meta;
    expect(meta.header).toBe('Ehdotus 20.10.2026');
    expect(meta.date).toBe('2026-10-20');
    // without a date: the state alone, and no date (the writer uses its constant, never the clock)
    delete merged.plan.date;
    const plain = (await render(merged, { formats: ['md'], only: 'plan' })).documents.find((d) => d.name === 'plan')!.meta;
    expect(plain.header).toBe('Ehdotus');
    expect(plain.date).toBeUndefined();
  });
});
