import { describe, expect, it } from 'vitest';
import { buildAgenda, defaultMeetingTitle, formatPreparer, planParties, sectionNumbers, sectionRanges } from '../../src/render/agenda.js';
import { finnishGenitive, inSentence, swedishGenitive } from '../../src/render/board-names.js';
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

  it('gives every handling board its own § line with the meeting date, by board name', async () => {
    const md = await agendaMd();
    expect(sectionOf(md, '1. Kokouksen avaus, laillisuus ja päätösvaltaisuus')).toContain(
      '\n- Perusturvalautakunta 14.10.2026 § 45\n- Koulutuslautakunta 14.10.2026 § 62\n- Vapaa-aikalautakunta 14.10.2026 § 30\n',
    );
    expect(sectionOf(md, '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029')).toContain(
      '\n- Perusturvalautakunta 14.10.2026 § 50\n- Koulutuslautakunta 14.10.2026 § 67\n- Vapaa-aikalautakunta 14.10.2026 § 35\n',
    );
    // the extra item handled by the education board only
    const restricted = sectionOf(md, '8. Koulukuraattoripalvelujen lisäresurssi');
    expect(restricted).toContain('\n- Koulutuslautakunta 14.10.2026 § 69\n');
    expect(restricted).not.toContain('Perusturvalautakunta');
    // so the others' numbers run on without a gap, the education board's past the extra item
    expect(sectionOf(md, '9. Kokouksen päättäminen')).toContain(
      '\n- Perusturvalautakunta 14.10.2026 § 52\n- Koulutuslautakunta 14.10.2026 § 70\n- Vapaa-aikalautakunta 14.10.2026 § 37\n',
    );
  });

  it('starts from 1 for a board without meeting.sections', async () => {
    const merged = mergedPlan();
    merged.meeting!.sections = { koulutus: 62 };
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(md).toContain('- Perusturvalautakunta 14.10.2026 § 1\n- Koulutuslautakunta 14.10.2026 § 62\n- Vapaa-aikalautakunta 14.10.2026 § 1\n');
  });

  it('writes the date the language’s way', async () => {
    expect(await agendaMd({ lang: 'en' })).toContain('- Perusturvalautakunta 14 October 2026 § 45\n');
    expect(await agendaMd({ lang: 'sv' })).toContain('- Perusturvalautakunta 14.10.2026 § 45\n');
  });
});

describe('agenda content', () => {
  it('has the standard items as real agendas write them, then the plan, extra and closing items (fi)', async () => {
    expect(itemTitles(await agendaMd())).toEqual([
      '1. Kokouksen avaus, laillisuus ja päätösvaltaisuus',
      '2. Pöytäkirjan tarkastus ja nähtävilläolo',
      '3. Työjärjestyksen hyväksyminen',
      '4. Yhdistetty SWOT-analyysi',
      '5. Yhteinen visio',
      '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029',
      '7. Nuorisovaltuuston lausunto',
      '8. Koulukuraattoripalvelujen lisäresurssi',
      '9. Kokouksen päättäminen',
    ]);
  });

  it('has the standard items as Finland-Swedish municipalities write them: sammanträde, not möte (sv)', async () => {
    const md = await agendaMd({ lang: 'sv' });
    expect(itemTitles(md).slice(0, 3)).toEqual([
      '1. Sammanträdets öppnande, laglighet och beslutförhet',
      '2. Justering av protokollet och framläggande till påseende',
      '3. Godkännande av föredragningslistan',
    ]);
    expect(itemTitles(md)).toContain('9. Sammanträdets avslutande');
    expect(md).toContain('\n## Anvisning om sökande av ändring\n');
    expect(md).toContain('\n### Besvärsförbud\n');
    expect(md).toContain('\n### Anvisning om hur man begär omprövning\n');
    expect(md).not.toMatch(/(^|[^a-zåäö])möte/im);
  });

  it('has the standard items in English (en)', async () => {
    const titles = itemTitles(await agendaMd({ lang: 'en' }));
    expect(titles.slice(0, 6)).toEqual([
      '1. Opening, lawfulness and quorum',
      '2. Checking of the minutes and their public display',
      '3. Approval of the order of business',
      '4. Merged SWOT analysis',
      '5. Shared vision',
      '6. Child and youth welfare plan 2026–2029',
    ]);
  });

  it('states the quorum of a board: more than half of its members (KuntaL 103 §)', async () => {
    expect(sectionOf(await agendaMd(), '1. Kokouksen avaus, laillisuus ja päätösvaltaisuus')).toContain(
      'Lautakunta on päätösvaltainen, kun enemmän kuin puolet sen jäsenistä on läsnä (kuntalaki 410/2015, 103 §).',
    );
    expect(await agendaMd({ lang: 'sv' })).toContain('En nämnd är beslutför när mer än hälften av ledamöterna är närvarande');
  });

  it('gives the date the minutes go online in the minutes item, when meeting.yaml has it', async () => {
    const merged = mergedPlan();
    merged.meeting!.minutesOnline = '2026-10-21';
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(sectionOf(md, '2. Pöytäkirjan tarkastus ja nähtävilläolo')).toContain('tarkastetut pöytäkirjat ovat nähtävänä yleisessä tietoverkossa 21.10.2026 (kuntalaki 140 §)');
    expect(sectionOf(md, 'Oikaisuvaatimusohje')).toContain('Pöytäkirja on nähtävänä yleisessä tietoverkossa 21.10.2026.');
    expect(sectionOf(await agendaMd(), '2. Pöytäkirjan tarkastus ja nähtävilläolo')).toContain('pidetään nähtävänä yleisessä tietoverkossa');
  });

  it('cites Child Welfare Act 12 § as amended by 610/2022 in the plan item, in every language', async () => {
    const fi = sectionOf(await agendaMd(), '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029');
    expect(fi).toContain('Lastensuojelulain (417/2007) 12 §:n (610/2022) mukaan jokainen kunta ja jokainen hyvinvointialue');
    expect(fi).toContain('(1, 2, 6 ja 7 kohta)');
    expect(fi).toContain('(3–5 kohta)');
    expect(fi).toContain('Kunnan suunnitelman hyväksyy kunnanvaltuusto ja hyvinvointialueen suunnitelman aluevaltuusto.');
    expect(fi).toContain('vähintään kerran neljässä vuodessa');
    expect(fi).toContain('Suunnitelman laatii Järvelä, ja sen hyväksyy kunnanvaltuusto.');
    expect(await agendaMd({ lang: 'sv' })).toContain('12 § i barnskyddslagen (417/2007, ändrad genom 610/2022)');
    expect(await agendaMd({ lang: 'en' })).toContain('section 12 of the Child Welfare Act (417/2007, as amended by 610/2022)');
  });

  it('attaches the plan as Liite 1 of the plan item, named with its file', async () => {
    const item = sectionOf(await agendaMd(), '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029');
    expect(item).toContain('Liitteet:\n\n- Liite 1: Lasten ja nuorten hyvinvointisuunnitelma 2026–2029 (plan.pdf)\n');
    expect(sectionOf(await agendaMd({ lang: 'sv' }), '6. Välfärdsplan för barn och unga 2026–2029')).toContain('- Bilaga 1: ');
  });

  it('shows Dno, preparer with contact, presenter, attachments, proposal and an empty decision of an item', async () => {
    const md = await agendaMd();
    const a = sectionOf(md, '8. Koulukuraattoripalvelujen lisäresurssi');
    expect(a).toContain('\nDno JÄR/77/2026\n');
    expect(a).toContain('\nValmistelija ja lisätiedot: sivistysjohtaja, puh. 040 765 4321, [sivistys@jarvela.example](mailto:sivistys@jarvela.example)\n');
    // one board: its own presenter, once
    expect(a).toContain('\nEsittelijä: sivistysjohtaja\n');
    expect(a).toContain('**Päätösehdotus:**\n\nKoulutuslautakunta esittää lisämäärärahaa kuraattoripalveluihin.');
    // the decision: its label and a line to fill in, the item's last line
    expect(a.trimEnd().split('\n').at(-1)).toMatch(/^\*\*Päätös:\*\* \.{20,}$/);
    const b = sectionOf(md, '7. Nuorisovaltuuston lausunto');
    expect(b).toContain('- Liite 1: Nuorisovaltuuston lausunto (lausunto.pdf)');
    expect(b).not.toContain('Valmistelija');
    expect(b).not.toContain('Dno');
  });

  it('names one presenter per board (officials, KuntaL 90 §), none for the formal items', async () => {
    const md = await agendaMd();
    expect(sectionOf(md, '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029')).toContain(
      'Esittelijät:\n\n- Perusturvalautakunta: perusturvajohtaja\n- Koulutuslautakunta: sivistysjohtaja\n- Vapaa-aikalautakunta: vapaa-aikajohtaja\n',
    );
    expect(sectionOf(md, '1. Kokouksen avaus, laillisuus ja päätösvaltaisuus')).not.toContain('Esittelijä');
    // an item's own presenter stands for every handling board
    const merged = mergedPlan();
    merged.meeting!.items[0]!.presenter = 'hyvinvointikoordinaattori';
    const own = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(sectionOf(own, '7. Nuorisovaltuuston lausunto')).toContain('\nEsittelijä: hyvinvointikoordinaattori\n');
  });

  it('lets meeting.yaml add to and override the standard items', async () => {
    const merged = mergedPlan();
    merged.meeting!.standardItems = {
      plan: {
        dno: 'JÄR/12/2026',
        preparer: 'hyvinvointikoordinaattori',
        proposal: 'Lautakunnat palauttavat suunnitelman valmisteluun.',
        attachments: [{ title: 'Kuulemisraportti' }],
      },
      order: { proposal: 'Esityslista hyväksytään työjärjestykseksi sillä muutoksella, että asia 8 käsitellään ensin.', attachments: [] },
    };
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    const plan = sectionOf(md, '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029');
    expect(plan).toContain('Dno JÄR/12/2026');
    expect(plan).toContain('Valmistelija ja lisätiedot: hyvinvointikoordinaattori');
    expect(plan).toContain('- Liite 1: Lasten ja nuorten hyvinvointisuunnitelma 2026–2029 (plan.pdf)\n- Liite 2: Kuulemisraportti\n');
    expect(plan).toContain('Lautakunnat palauttavat suunnitelman valmisteluun.');
    expect(plan).not.toContain('kunnanhallitukselle');
    expect(sectionOf(md, '3. Työjärjestyksen hyväksyminen')).toContain('sillä muutoksella, että asia 8 käsitellään ensin.');
  });

  it('lists the vision proposals under the vision item when no vision is adopted', async () => {
    const item = sectionOf(await agendaMd({ vision: false }), '5. Yhteinen visio');
    expect(item).toContain('- Jokainen lapsi tulee kuulluksi — Perusturvalautakunta ja Koulutuslautakunta');
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

describe('decision routing per plan kind (KuntaL 93 §)', () => {
  const planItem = (md: string) => sectionOf(md, '6. Lasten ja nuorten hyvinvointisuunnitelma 2026–2029');

  it('municipality: the boards propose the plan to the executive board, to be brought to the council', async () => {
    const item = planItem(await agendaMd());
    expect(item).toContain(
      'Lautakunnat hyväksyvät kukin osaltaan lasten ja nuorten hyvinvointisuunnitelman 2026–2029 ja esittävät sen kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.',
    );
    expect(item).not.toMatch(/valtuuston hyväksyttäväksi\.\n- /);
    expect(item).not.toMatch(/saattaa sen valtuuston/);
  });

  it('one board: singular', async () => {
    const merged = mergedPlan();
    merged.meeting!.boards = ['koulutus'];
    merged.meeting!.items = [];
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(planItem(md)).toContain('Lautakunta hyväksyy osaltaan lasten ja nuorten hyvinvointisuunnitelman 2026–2029 ja esittää sen kunnanhallitukselle');
    expect(md.split('\n')[0]).toBe('# Koulutuslautakunnan kokous');
  });

  it('county: through the county executive board to the regional council', async () => {
    const item = planItem(await agendaMd({ kind: 'county' }));
    expect(item).toContain('esittävät sen aluehallitukselle edelleen aluevaltuuston hyväksyttäväksi.');
    expect(item).not.toContain('kunnanhallitukselle');
    expect(sectionOf(await agendaMd({ kind: 'county', lang: 'sv' }), '6. Välfärdsplan för barn och unga 2026–2029')).toContain(
      'föreslår för välfärdsområdesstyrelsen att planen föreläggs välfärdsområdesfullmäktige för godkännande.',
    );
    expect(sectionOf(await agendaMd({ kind: 'county', lang: 'en' }), '6. Child and youth welfare plan 2026–2029')).toContain(
      'to the county executive board, to be submitted to the regional council for approval.',
    );
  });

  it('joint: per municipality, each to its own executive board and council; the county body to the regional council', async () => {
    const merged = mergedPlan({ kind: 'joint' });
    merged.plan.municipalities = ['Järvelä', 'Hollola'];
    merged.plan.county = 'Järvi-Suomen hyvinvointialue';
    merged.boards[1]!.municipality = 'Hollola';
    merged.boards[1]!.name = 'Hollolan sivistyslautakunta';
    merged.boards[0]!.municipality = 'Järvi-Suomen hyvinvointialue';
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    const item = planItem(md);
    expect(item).toContain('esittävät sen edelleen hyväksyttäväksi seuraavasti:');
    expect(item.split('\n').filter((l) => l.startsWith('- ') && l.includes('esittää'))).toEqual([
      '- Järvi-Suomen hyvinvointialue: Perusturvalautakunta esittää suunnitelman aluehallitukselle edelleen aluevaltuuston hyväksyttäväksi.',
      '- Hollola: Hollolan sivistyslautakunta esittää suunnitelman kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.',
      '- Järvelä: Vapaa-aikalautakunta esittää suunnitelman kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.',
    ]);
    expect(item).toContain('Sen hyväksyvät kunkin kunnan kunnanvaltuusto ja hyvinvointialueen aluevaltuusto.');
  });

  it('joint: two boards of one municipality share its line, in the plural', () => {
    const merged = mergedPlan({ kind: 'joint' });
    merged.plan.municipalities = ['Järvelä'];
    const parties = planParties(merged, ['perusturva', 'koulutus', 'vapaa-aika']);
    expect(parties).toEqual([{ kind: 'municipality', name: 'Järvelä', boards: ['perusturva', 'koulutus', 'vapaa-aika'] }]);
    const agenda = buildAgenda(merged, merged.meeting!, formatter('fi'));
    expect(agenda.items[5]!.routes).toEqual([
      {
        party: 'Järvelä',
        text: 'Perusturvalautakunta, koulutuslautakunta ja vapaa-aikalautakunta esittävät suunnitelman kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.',
      },
    ]);
  });
});

describe('appeal notices per board by its own § numbers (KuntaL 134–141 §)', () => {
  it('compresses a board’s § numbers to ranges; two in a row are a range too', () => {
    expect(sectionRanges([112, 113, 114, 115, 116, 117, 118, 120])).toBe('112–118, 120');
    expect(sectionRanges([8, 9])).toBe('8–9');
    expect(sectionRanges([8])).toBe('8');
    expect(sectionRanges([96, 97, 98, 99, 100, 101, 103, 104])).toBe('96–101, 103–104');
    expect(sectionRanges([5, 1, 2])).toBe('1–2, 5');
  });

  it('lists each board with its own § ranges under the prohibition and the review, never running item numbers', async () => {
    const md = await agendaMd();
    const appeal = sectionOf(md, 'Muutoksenhakuohjeet');
    const prohibition = sectionOf(md, 'Muutoksenhakukielto');
    expect(prohibition).toContain(
      '\n- Perusturvalautakunta 45–52 §\n- Koulutuslautakunta 62–68 ja 70 §\n- Vapaa-aikalautakunta 30–37 §\n',
    );
    expect(prohibition).toContain('(kuntalaki 410/2015, 136 §)');
    expect(prohibition).toContain('Muutoksenhakukielto ja sen peruste ilmoitetaan päätöksen yhteydessä (kuntalaki 141 §).');
    const review = sectionOf(md, 'Oikaisuvaatimusohje');
    // one decision: the singular, and the board's review authority with its addresses
    expect(review).toContain('Seuraavaan päätökseen tyytymätön voi tehdä siitä kirjallisen oikaisuvaatimuksen (kuntalaki 410/2015, 134 §).');
    expect(review).toContain(
      '\n- Koulutuslautakunta 69 §; oikaisuvaatimus: Koulutuslautakunta, postiosoite PL 10, 99100 Järvelä, sähköposti [kirjaamo@jarvela.example](mailto:kirjaamo@jarvela.example)\n',
    );
    expect(review).toContain('(asianosainen), sekä kunnan jäsen (137 §)');
    expect(review).toContain('14 päivän kuluessa päätöksen tiedoksisaannista (138 §)');
    expect(review).toContain('seitsemän päivän kuluttua siitä, kun pöytäkirja on julkaistu yleisessä tietoverkossa');
    expect(review).toContain('(140 §)');
    expect(appeal).not.toMatch(/asiakohtia|134 ja 135/);
  });

  it('uses the plural for several decisions, in every language', async () => {
    const merged = mergedPlan();
    merged.meeting!.items[0]!.preparatory = false;
    const render3 = async (lang: 'fi' | 'sv' | 'en') => {
      merged.plan.language = lang;
      return file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    };
    const fi = await render3('fi');
    expect(fi).toContain('Seuraaviin päätöksiin tyytymätön voi tehdä niistä');
    expect(fi).toContain('- Koulutuslautakunta 68–69 §;');
    expect(fi).toContain('- Perusturvalautakunta 51 §\n');
    const en = await render3('en');
    expect(en).toContain('- Koulutuslautakunta §§ 68–69; request to: Koulutuslautakunta');
    expect(en).toContain('- Perusturvalautakunta § 51\n');
    expect(en).toContain('Anyone dissatisfied with the following decisions');
    const sv = await render3('sv');
    expect(sv).toContain('kan skriftligen begära omprövning av dem');
    expect(sv).toContain('(part) samt av kommunens medlemmar (137 §).');
  });

  it('cites the Act on Wellbeing Services Counties (611/2021) for a county body, the Local Government Act for the others', async () => {
    const merged = mergedPlan({ kind: 'joint' });
    merged.plan.municipalities = ['Järvelä'];
    merged.plan.county = 'Järvi-Suomen hyvinvointialue';
    merged.boards[0]!.municipality = 'Järvi-Suomen hyvinvointialue';
    // the extra item is open to a review for every board
    merged.meeting!.items[0]!.preparatory = false;
    merged.meeting!.minutesOnline = '2026-10-21';
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    const [municipal, county] = sectionOf(md, 'Muutoksenhakukielto').split('(kuntalaki 141 §).') as [string, string];
    expect(municipal).toContain('eikä kunnallisvalitusta (kuntalaki 410/2015, 136 §).\n\n- Koulutuslautakunta 62–67 ja 70 §\n- Vapaa-aikalautakunta 30–35 ja 37 §\n');
    expect(county).toContain('eikä hyvinvointialuevalitusta (laki hyvinvointialueesta 611/2021, 141 §).\n\n- Perusturvalautakunta 45–50 ja 52 §\n');
    expect(county).toContain('(laki hyvinvointialueesta 146 §)');
    expect(county).not.toContain('kuntalaki');
    const review = sectionOf(md, 'Oikaisuvaatimusohje');
    const [reviewMunicipal, reviewCounty] = review.split('Pöytäkirja on nähtävänä yleisessä tietoverkossa 21.10.2026.') as [string, string];
    expect(reviewMunicipal).toContain('(kuntalaki 410/2015, 134 §)');
    expect(reviewMunicipal).toContain('(asianosainen), sekä kunnan jäsen (137 §)');
    expect(reviewCounty).toContain('Seuraavaan päätökseen tyytymätön voi tehdä siitä kirjallisen oikaisuvaatimuksen (laki hyvinvointialueesta 611/2021, 139 §).');
    expect(reviewCounty).toContain('\n- Perusturvalautakunta 51 §');
    expect(reviewCounty).toContain('(asianosainen), sekä hyvinvointialueen jäsen (142 §)');
    expect(reviewCounty).toContain('(143 §)');
    expect(reviewCounty).toContain('Hyvinvointialueen jäsenen katsotaan saaneen päätöksestä tiedon');
    expect(reviewCounty).toContain('(145 §)');
    expect(reviewCounty).toContain('(144 §; laki sähköisestä asioinnista viranomaistoiminnassa 13/2003, 19 §)');
    expect(reviewCounty).not.toContain('kuntalaki');
    // the content of a request is the same under both laws: said once, at the end
    expect(review.match(/Oikaisuvaatimuksesta on käytävä ilmi/g)).toHaveLength(1);
  });

  it('a county’s plan: every body under the Act on Wellbeing Services Counties, in every language', async () => {
    const merged = mergedPlan({ kind: 'county' });
    merged.meeting!.items[0]!.preparatory = false;
    for (const [lang, law, not] of [
      ['fi', 'laki hyvinvointialueesta 611/2021, 139 §', 'kuntalaki'],
      ['sv', '139 § i lagen om välfärdsområden 611/2021', 'kommunallagen'],
      ['en', 'Act on Wellbeing Services Counties 611/2021, section 139', 'Local Government Act'],
    ] as const) {
      merged.plan.language = lang;
      const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
      const appeal = md.slice(md.lastIndexOf('\n## '));
      expect(appeal, lang).toContain(law);
      expect(appeal, lang).not.toContain(not);
    }
  });

  it('has no appeal notices when there is nothing to decide', () => {
    const merged = mergedPlan();
    merged.meeting!.boards = ['perusturva'];
    const agenda = buildAgenda(merged, merged.meeting!, formatter('fi'));
    expect(agenda.appeal.rectification).toEqual([]);
    expect(agenda.appeal.prohibition.map((b) => b.ranges)).toEqual(['45–52']);
  });
});

describe('the preparer as agendas print it', () => {
  it('is the title, name, phone and e-mail, or the text as written', () => {
    const fmt = formatter('fi');
    expect(formatPreparer({ title: 'hyvinvointikoordinaattori', name: 'Maija Virtanen', phone: '040 123 4567', email: 'maija@x.example' }, fmt)).toBe(
      'hyvinvointikoordinaattori Maija Virtanen, puh. 040 123 4567, maija@x.example',
    );
    expect(formatPreparer({ title: 'sivistysjohtaja', email: 's@x.example' }, formatter('sv'))).toBe('sivistysjohtaja, s@x.example');
    expect(formatPreparer({ title: 'rector', phone: '1' }, formatter('en'))).toBe('rector, tel. 1');
    expect(formatPreparer('  sivistysjohtaja ', fmt)).toBe('sivistysjohtaja');
  });
});

describe('meeting title (issue 11 point 5)', () => {
  const fi = formatter('fi');
  const sv = formatter('sv');
  const names = ['Perusturvalautakunta', 'Koulutuslautakunta', 'Vapaa-aikalautakunta'];

  it('compound names: the shared part once, in the plural genitive (fi)', async () => {
    expect(defaultMeetingTitle(names, fi)).toBe('Perusturva-, koulutus- ja vapaa-aikalautakuntien yhteinen kokous');
    expect(defaultMeetingTitle(['Vapaa-aikalautakunta', 'Koulutuslautakunta'], fi)).toBe('Vapaa-aika- ja koulutuslautakuntien yhteinen kokous');
    expect((await agendaMd()).split('\n')[0]).toBe('# Perusturva-, koulutus- ja vapaa-aikalautakuntien yhteinen kokous');
  });

  it('one board: its genitive', () => {
    expect(defaultMeetingTitle(['Perusturvalautakunta'], fi)).toBe('Perusturvalautakunnan kokous');
    expect(defaultMeetingTitle(['Tekninen lautakunta'], fi)).toBe('Teknisen lautakunnan kokous');
    expect(defaultMeetingTitle(['Hollolan sivistyslautakunta'], fi, ['Hollola'])).toBe('Hollolan sivistyslautakunnan kokous');
  });

  it('a name with a genitive modifier is never shortened or lower-cased: every name in full', () => {
    expect(defaultMeetingTitle(['Perusturvalautakunta', 'Hollolan sivistyslautakunta', 'Tekninen lautakunta'], fi, ['Hollola'])).toBe(
      'Perusturvalautakunnan, Hollolan sivistyslautakunnan ja teknisen lautakunnan yhteinen kokous',
    );
    expect(defaultMeetingTitle(['Hollolan sivistyslautakunta', 'Perusturvalautakunta'], fi, ['Hollola'])).toBe(
      'Hollolan sivistyslautakunnan ja perusturvalautakunnan yhteinen kokous',
    );
  });

  it('an adjective is inflected, not broken: "teknisen lautakunnan"', () => {
    const title = defaultMeetingTitle(['Sivistyslautakunta', 'Tekninen lautakunta', 'Vapaa-aikalautakunta'], fi);
    expect(title).toBe('Sivistyslautakunnan, teknisen lautakunnan ja vapaa-aikalautakunnan yhteinen kokous');
    expect(title).not.toMatch(/tekninen -/);
    expect(finnishGenitive('Ruotsinkielinen kasvatus- ja koulutusjaosto')).toBe('Ruotsinkielisen kasvatus- ja koulutusjaoston');
  });

  it('a name of several words is listed in full', () => {
    expect(defaultMeetingTitle(['Perhe- ja sosiaalipalvelujen lautakunta', 'Kasvun ja oppimisen lautakunta'], fi)).toBe(
      'Perhe- ja sosiaalipalvelujen lautakunnan sekä kasvun ja oppimisen lautakunnan yhteinen kokous',
    );
  });

  it('keeps the capital of a municipality’s name inside a sentence, and only that', () => {
    expect(inSentence('Hollolan sivistyslautakunta', ['Hollola'], 'fi')).toBe('Hollolan sivistyslautakunta');
    expect(inSentence('Harjuveden vapaa-aikalautakunta', ['Harjuvesi'], 'fi')).toBe('Harjuveden vapaa-aikalautakunta');
    expect(inSentence('Järvilahden tekninen lautakunta', ['Järvilahti'], 'fi')).toBe('Järvilahden tekninen lautakunta');
    expect(inSentence('Tekninen lautakunta', ['Hollola'], 'fi')).toBe('tekninen lautakunta');
    expect(inSentence('Lasten ja nuorten lautakunta', ['Lahti'], 'fi')).toBe('lasten ja nuorten lautakunta');
    expect(inSentence('HUS-lautakunta', [], 'fi')).toBe('HUS-lautakunta');
  });

  it('Swedish: nämndernas gemensamma sammanträde; other names in full in the genitive', () => {
    expect(defaultMeetingTitle(['Grundtrygghetsnämnden', 'Bildningsnämnden', 'Fritidsnämnden'], sv)).toBe(
      'Grundtrygghets-, bildnings- och fritidsnämndernas gemensamma sammanträde',
    );
    expect(defaultMeetingTitle(['Bildningsnämnden', 'Tekniska nämnden'], sv)).toBe('Bildningsnämndens och tekniska nämndens gemensamma sammanträde');
    expect(defaultMeetingTitle(['Bildningsnämnden'], sv)).toBe('Bildningsnämndens sammanträde');
    expect(swedishGenitive('Sivistyslautakunta')).toBeNull();
    // Finnish names in a Swedish document are not given a Swedish genitive
    expect(defaultMeetingTitle(names, sv)).toBe('Gemensamt sammanträde: Perusturvalautakunta, Koulutuslautakunta och Vapaa-aikalautakunta');
  });

  it('English, and names the grammar does not know', () => {
    expect(defaultMeetingTitle(['Basic Security Board', 'Education Board'], formatter('en'))).toBe(
      'Joint meeting of the Basic Security and Education Boards',
    );
    expect(defaultMeetingTitle(['Perusturvalautakunta', 'Nuorisofoorumi'], fi)).toBe('Yhteinen kokous: Perusturvalautakunta ja Nuorisofoorumi');
  });

  it('uses meeting.title when given', async () => {
    const merged = mergedPlan();
    merged.meeting!.title = 'Hyvinvointiseminaari';
    const md = file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.md');
    expect(md.startsWith('# Hyvinvointiseminaari\n')).toBe(true);
  });
});
