import { describe, expect, it } from 'vitest';
import { defaultMeetingTitle, numberRanges, sectionNumbers } from '../../src/render/agenda.js';
import { formatter } from '../../src/render/format.js';
import { render } from '../../src/render/index.js';
import { mergedPlan } from './fixtures.js';
import { file, sectionOf } from './helpers.js';

const agendaMd = async (options: Parameters<typeof mergedPlan>[0] = {}) =>
  file((await render(mergedPlan(options), { formats: ['md'], only: 'agenda' })).files, 'agenda.md');

/** "### 3. Title" headings of the agenda items, in order */
const itemTitles = (md: string) => [...md.matchAll(/^### (\d+)\. (.*)$/gm)].map((m) => `${m[1]}. ${m[2]}`);

describe('§ numbers', () => {
  it('each board counts on from its own first § and skips items it does not handle', () => {
    const numbers = sectionNumbers([{}, { boards: ['b'] }, {}, { boards: ['a', 'c'] }], ['a', 'b', 'c'], { a: 45, b: 62 });
    expect(numbers).toEqual([
      [
        { boardId: 'a', number: 45 },
        { boardId: 'b', number: 62 },
        { boardId: 'c', number: 1 },
      ],
      [{ boardId: 'b', number: 63 }],
      [
        { boardId: 'a', number: 46 },
        { boardId: 'b', number: 64 },
        { boardId: 'c', number: 2 },
      ],
      [
        { boardId: 'a', number: 47 },
        { boardId: 'c', number: 3 },
      ],
    ]);
  });

  it('shows every attending board’s § on each item, by board name', async () => {
    const md = await agendaMd();
    expect(sectionOf(md, '1. Kokouksen avaus')).toContain(
      '\nPerusturvalautakunta 45 §, Koulutuslautakunta 62 §, Vapaa-aikalautakunta 30 §\n',
    );
    expect(sectionOf(md, '7. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029')).toContain(
      '\nPerusturvalautakunta 51 §, Koulutuslautakunta 68 §, Vapaa-aikalautakunta 36 §\n',
    );
    // the extra item handled by the education board only
    const restricted = sectionOf(md, '9. Koulukuraattoripalvelujen lisäresurssi');
    expect(restricted).toContain('\nKoulutuslautakunta 70 §\n');
    expect(restricted).not.toContain('Perusturvalautakunta');
    // so the others' numbers run on without a gap, the education board's past the extra item
    expect(sectionOf(md, '10. Kokouksen päättäminen')).toContain(
      '\nPerusturvalautakunta 53 §, Koulutuslautakunta 71 §, Vapaa-aikalautakunta 38 §\n',
    );
  });

  it('starts from 1 for a board without meeting.sections', async () => {
    const merged = mergedPlan();
    merged.meeting!.sections = { koulutus: 62 };
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(md).toContain('Perusturvalautakunta 1 §, Koulutuslautakunta 62 §, Vapaa-aikalautakunta 1 §');
  });

  it('writes the section sign the English way in English', async () => {
    expect(await agendaMd({ lang: 'en' })).toContain('Perusturvalautakunta § 45, Koulutuslautakunta § 62, Vapaa-aikalautakunta § 30');
  });
});

describe('agenda content', () => {
  it('has the standard, plan, extra and closing items in order (fi)', async () => {
    expect(itemTitles(await agendaMd())).toEqual([
      '1. Kokouksen avaus',
      '2. Laillisuus ja päätösvaltaisuus',
      '3. Pöytäkirjantarkastajien valinta',
      '4. Työjärjestyksen hyväksyminen',
      '5. Yhdistetty SWOT-analyysi',
      '6. Yhteinen visio',
      '7. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029',
      '8. Nuorisovaltuuston lausunto',
      '9. Koulukuraattoripalvelujen lisäresurssi',
      '10. Kokouksen päättäminen',
    ]);
  });

  it('has the standard items as Finland-Swedish municipalities write them (sv)', async () => {
    const md = await agendaMd({ lang: 'sv' });
    expect(itemTitles(md).slice(0, 4)).toEqual([
      '1. Mötets öppnande',
      '2. Mötets laglighet och beslutförhet',
      '3. Val av protokolljusterare',
      '4. Godkännande av föredragningslistan',
    ]);
    expect(itemTitles(md)).toContain('10. Mötets avslutande');
    expect(md).toContain('\n## Besvärsanvisning\n');
  });

  it('has the standard items in English (en)', async () => {
    const titles = itemTitles(await agendaMd({ lang: 'en' }));
    expect(titles.slice(0, 7)).toEqual([
      '1. Opening of the meeting',
      '2. Lawfulness and quorum',
      '3. Election of minute checkers',
      '4. Approval of the order of business',
      '5. Merged SWOT analysis',
      '6. Shared vision',
      '7. Child and youth welfare plan 2026–2029',
    ]);
  });

  it('proposes that each board approves the plan and forwards it to the council', async () => {
    const item = sectionOf(await agendaMd(), '7. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029');
    expect(item).toContain('**Päätösehdotus:**');
    expect(item).toContain(
      'Kukin lautakunta hyväksyy osaltaan lasten ja nuorten hyvinvointisuunnitelman 2026–2029 ja saattaa sen valtuuston hyväksyttäväksi.',
    );
  });

  it('shows preparer, presenter, description and proposal of an extra item', async () => {
    const md = await agendaMd();
    const a = sectionOf(md, '8. Nuorisovaltuuston lausunto');
    expect(a).toContain('- Esittelijä: Nuorisovaltuuston puheenjohtaja');
    expect(a).toContain('Nuorisovaltuusto on antanut suunnitelmasta lausunnon.');
    expect(a).toContain('Lausunto merkitään tiedoksi.');
    expect(a).not.toContain('Valmistelija');
    expect(sectionOf(md, '9. Koulukuraattoripalvelujen lisäresurssi')).toContain('- Valmistelija: Sivistysjohtaja');
  });

  it('lists the vision proposals under the vision item when no vision is adopted', async () => {
    const item = sectionOf(await agendaMd({ vision: false }), '6. Yhteinen visio');
    expect(item).toContain('- Jokainen lapsi tulee kuulluksi — Perusturvalautakunta ja Koulutuslautakunta');
  });

  it('has the appeal instructions: preparatory items not appealable, rectification within 14 days', async () => {
    const appeal = sectionOf(await agendaMd(), 'Muutoksenhakuohjeet');
    expect(appeal).toContain('kuntalaki 410/2015, 136 §');
    expect(appeal).toContain('Koskee asiakohtia 1–7 ja 10.');
    expect(appeal).toContain('14 päivän kuluessa');
    expect(appeal).toContain('Koskee asiakohtia 8 ja 9.');
  });

  it('has the front matter: date, time, place, boards, chair and secretary', async () => {
    const fi = await agendaMd();
    expect(fi).toContain('- Aika: keskiviikko 14.10.2026 klo 17.00–19.30');
    expect(fi).toContain('- Paikka: Kunnantalo, valtuustosali');
    expect(fi).toContain('- Lautakunnat: Perusturvalautakunta, Koulutuslautakunta ja Vapaa-aikalautakunta');
    expect(fi).toContain('- Puheenjohtaja: Perusturvalautakunnan puheenjohtaja');
    expect(fi).toContain('- Sihteeri: Hyvinvointikoordinaattori');
    expect(await agendaMd({ lang: 'sv' })).toContain('- Tid: onsdag 14.10.2026 kl. 17.00–19.30');
    expect(await agendaMd({ lang: 'en' })).toContain('- Time: Wednesday 14 October 2026 17:00–19:30');
  });

  it('is not rendered without a meeting', async () => {
    const { files } = await render(mergedPlan({ meeting: false }), { formats: ['md', 'html'] });
    expect(files.map((f) => f.name)).toEqual(['plan.md', 'plan.html']);
  });

  it('renders the files asked for, in a fixed order', async () => {
    const all = await render(mergedPlan(), { formats: ['md', 'html'] });
    expect(all.files.map((f) => f.name)).toEqual(['plan.md', 'plan.html', 'agenda.md', 'agenda.html', 'agenda.ics']);
    const agendaOnly = await render(mergedPlan(), { formats: ['html'], only: 'agenda', ics: false });
    expect(agendaOnly.files.map((f) => f.name)).toEqual(['agenda.html']);
  });
});

describe('meeting title', () => {
  const names = ['Perusturvalautakunta', 'Koulutuslautakunta', 'Vapaa-aikalautakunta'];

  it('writes the shared part of the boards’ names once (fi)', async () => {
    expect(defaultMeetingTitle(names, formatter('fi'))).toBe('Perusturva-, koulutus- ja vapaa-aikalautakunnan yhteinen kokous');
    expect(defaultMeetingTitle(['Perusturvalautakunta'], formatter('fi'))).toBe('Perusturvalautakunnan kokous');
    expect((await agendaMd()).split('\n')[0]).toBe('# Perusturva-, koulutus- ja vapaa-aikalautakunnan yhteinen kokous');
  });

  it('does the same with Swedish and English board names, and lists other names', () => {
    expect(defaultMeetingTitle(['Grundtrygghetsnämnden', 'Bildningsnämnden', 'Fritidsnämnden'], formatter('sv'))).toBe(
      'Grundtrygghets-, bildnings- och fritidsnämndens gemensamma möte',
    );
    expect(defaultMeetingTitle(['Basic Security Board', 'Education Board'], formatter('en'))).toBe(
      'Joint meeting of the Basic Security and Education Boards',
    );
    expect(defaultMeetingTitle(names, formatter('sv'))).toBe(
      'Gemensamt möte: Perusturvalautakunta, Koulutuslautakunta och Vapaa-aikalautakunta',
    );
    expect(defaultMeetingTitle(['Perusturvalautakunta', 'Nuorisovaltuusto'], formatter('fi'))).toBe(
      'Yhteinen kokous: Perusturvalautakunta ja Nuorisovaltuusto',
    );
  });

  it('uses meeting.title when given', async () => {
    const merged = mergedPlan();
    merged.meeting!.title = 'Hyvinvointiseminaari';
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(md.startsWith('# Hyvinvointiseminaari\n')).toBe(true);
  });

  it('formats item numbers as ranges', () => {
    expect(numberRanges([1, 2, 3, 4, 7, 9, 10], formatter('fi'))).toBe('1–4, 7, 9 ja 10');
    expect(numberRanges([8], formatter('en'))).toBe('8');
  });
});
