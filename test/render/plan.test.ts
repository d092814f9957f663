import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { LANGS, PLAN_KINDS, REQUIRED_SECTIONS, SECTION_IDS } from '../../src/model/types.js';
import { render } from '../../src/render/index.js';
import { LABELS } from '../../src/render/labels/index.js';
import { mergedPlan } from './fixtures.js';
import { file, listLines, sectionOf } from './helpers.js';

const planMd = async (options: Parameters<typeof mergedPlan>[0] = {}) =>
  file((await render(mergedPlan(options), { formats: ['md'], only: 'plan' })).files, 'plan.md');

describe('plan: legal sections (SPEC 4)', () => {
  for (const kind of PLAN_KINDS)
    for (const lang of LANGS)
      it(`${kind} plan in ${lang} has exactly its required sections as headings`, async () => {
        const md = await planMd({ kind, lang });
        for (const id of SECTION_IDS) {
          const heading = `## ${SECTION_HEADINGS[lang][id]}`;
          if (REQUIRED_SECTIONS[kind].includes(id)) expect(md).toContain(`\n${heading}\n`);
          else expect(md).not.toContain(heading);
        }
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

  it('summarizes the counts', async () => {
    const summary = sectionOf(await planMd(), 'Tiivistelmä');
    expect(summary).toContain('Lautakuntia 3, joista aineistonsa on toimittanut 2.');
    expect(summary).toContain('SWOT-analyysissä on 7 kohtaa: Vahvuudet 4, Heikkoudet 2, Mahdollisuudet 1, Uhat 0.');
    expect(summary).toContain('Useamman lautakunnan yhteisiä kohtia on 3.');
    expect(summary).toContain('Toimenpideohjelmassa on 2 tavoitetta ja 2 toimenpidettä.');
  });

  it('shows the adopted vision, or the proposals with a note when none is adopted', async () => {
    const adopted = sectionOf(await planMd(), 'Visio');
    expect(adopted).toContain('> Järvelässä jokainen lapsi ja nuori tulee kuulluksi ja voi hyvin.');
    const missing = sectionOf(await planMd({ vision: false }), 'Visio');
    expect(missing).toContain('Yhteistä visiota ei ole vielä hyväksytty.');
    expect(missing).toContain('- Jokainen lapsi tulee kuulluksi — Perusturvalautakunta ja Koulutuslautakunta');
    expect(missing).toContain('- Liikkuva ja harrastava Järvelä — Vapaa-aikalautakunta');
  });

  it('lists the vision proposals, the steering group and the board inputs', async () => {
    const md = await planMd();
    expect(sectionOf(md, 'Lautakuntien visioehdotukset')).toContain('- Liikkuva ja harrastava Järvelä — Vapaa-aikalautakunta');
    const steering = sectionOf(md, 'Ohjausryhmä');
    expect(steering).toContain('| Puheenjohtaja | – | Sivistystoimi |');
    expect(steering).toContain('| Sihteeri | Hyvinvointikoordinaattori | Kunnanvirasto |');
    const inputs = sectionOf(md, 'Lautakuntien aineistot');
    expect(inputs).toContain('| Perusturvalautakunta | Järvelä | Lautakunnan sihteeri | 12.5.2026 |');
    expect(inputs).toContain('| Vapaa-aikalautakunta | Järvelä | Lautakunnan sihteeri | *ei vielä toimitettu* |');
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
    // the action plan stands in the implementation section
    expect(sectionOf(await planMd(), SECTION_HEADINGS.fi.implementation)).toContain('### Toimenpideohjelma');
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
