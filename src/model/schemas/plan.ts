// plan.yaml (SPEC 2.1): the plan's frame.
import * as z from 'zod';
import { LANGS, PLAN_KINDS, SECTION_IDS } from '../types.js';
import { d, isoDate, itemId, nonEmptyText, text, year } from './common.js';

const steeringMember = z
  .strictObject({
    role: nonEmptyText().meta(d('Rooli ohjausryhmässä, esim. "puheenjohtaja".', 'Role in the steering group, e.g. "chair".')),
    name: text().optional().meta(d('Jäsenen nimi.', 'Name of the member.')),
    organisation: text()
      .optional()
      .meta(d('Organisaatio tai toimiala, jota jäsen edustaa.', 'Organisation or service area the member represents.')),
  })
  .meta(d('Ohjausryhmän jäsen.', 'A member of the steering group.'));

const sectionFields = {
  wellbeing_status: d(
    'Lasten ja nuorten kasvuolot ja hyvinvoinnin tila (Markdown).',
    'Growth environment and wellbeing of children and young people (Markdown).',
  ),
  prevention: d(
    'Hyvinvointia edistävät ja ongelmia ehkäisevät toimet ja palvelut (Markdown).',
    'Measures and services that promote wellbeing and prevent problems (Markdown).',
  ),
  child_welfare_need: d('Lastensuojelun tarve (Markdown).', 'Need for child welfare (Markdown).'),
  child_welfare_resources: d(
    'Lastensuojeluun varattavat voimavarat (Markdown).',
    'Resources allocated to child welfare (Markdown).',
  ),
  child_welfare_services: d('Lastensuojelun palvelujärjestelmä (Markdown).', 'Child welfare service system (Markdown).'),
  cooperation: d(
    'Yhteistyön järjestäminen eri viranomaisten ja toimijoiden kesken (Markdown).',
    'How cooperation between authorities and other actors is organised (Markdown).',
  ),
  implementation: d(
    'Suunnitelman toteuttaminen ja seuranta (Markdown).',
    'Implementation and monitoring of the plan (Markdown).',
  ),
} satisfies Record<(typeof SECTION_IDS)[number], { description: string }>;

const sections = z.strictObject(
  Object.fromEntries(SECTION_IDS.map((id) => [id, text().optional().meta(sectionFields[id])])) as Record<
    (typeof SECTION_IDS)[number],
    z.ZodOptional<z.ZodString>
  >,
);

/** A council's decision: its date and, once made, the § of its minutes (issue 11 item 6). */
const decision = (fi: string, en: string) =>
  z
    .strictObject({
      by: nonEmptyText().meta(
        d(
          'Kunta (yksi `municipalities`-luettelosta) tai hyvinvointialue (`county`), jonka valtuusto päättää.',
          'The municipality (one of `municipalities`) or the county (`county`) whose council decides.',
        ),
      ),
      date: isoDate().meta(d('Käsittelypäivä (VVVV-KK-PP): suunniteltu tai toteutunut.', 'Date of the meeting (YYYY-MM-DD), planned or held.')),
      section: sectionNumber().optional().meta(d('Pöytäkirjan pykälä (§), kun päätös on tehty.', 'The § of the minutes, once decided.')),
    })
    .meta(d(fi, en));

const sectionNumber = () => z.int().min(1).max(100000);

const PROVIDERS = ['municipality', 'county', 'ngo', 'parish', 'other'] as const;

const service = z
  .strictObject({
    service: nonEmptyText().meta(d('Palvelu tai toiminta.', 'The service or activity.')),
    provider: z
      .enum(PROVIDERS)
      .meta(
        d(
          'Järjestäjä: municipality (kunta), county (hyvinvointialue), ngo (järjestö), parish (seurakunta) tai other (muu).',
          'Provider: municipality, county, ngo, parish or other.',
        ),
      ),
    organisation: text()
      .optional()
      .meta(d('Järjestäjän nimi, esim. "Järvilahden seurakunta".', 'Name of the provider, e.g. a parish or an NGO.')),
  })
  .meta(d('Palvelu ja sen järjestäjä.', 'A service and its provider.'));

const tier = (fi: string, en: string) => z.array(service).optional().meta(d(fi, en));

const hearing = z
  .strictObject({
    who: nonEmptyText().meta(d('Keitä kuultiin, esim. "8. ja 9. luokan oppilaat".', 'Who was heard, e.g. "pupils of grades 8 and 9".')),
    how: nonEmptyText().meta(d('Miten: kysely, työpaja, lausunto…', 'How: a survey, a workshop, a statement…')),
    when: text().optional().meta(d('Milloin, esim. "syyskuu 2026".', 'When, e.g. "September 2026".')),
    count: z.int().min(0).optional().meta(d('Montako osallistui.', 'How many took part.')),
    changes: text()
      .optional()
      .meta(d('Mitä suunnitelmassa muuttui kuulemisen vuoksi.', 'What changed in the plan because of it.')),
  })
  .meta(d('Yksi lasten ja nuorten kuuleminen.', 'One hearing of children and young people.'));

export const planSchema = z
  .strictObject({
    title: text()
      .optional()
      .meta(
        d(
          'Suunnitelman otsikko; oletus on "Lasten ja nuorten hyvinvointisuunnitelma {alku}–{loppu}".',
          'Title of the plan; default "Lasten ja nuorten hyvinvointisuunnitelma {start}–{end}" in the plan language.',
        ),
      ),
    kind: z
      .enum(['municipality', 'county', 'joint'] satisfies typeof PLAN_KINDS)
      .default('municipality')
      .meta(
        d(
          'Suunnitelman laji: municipality (kunta), county (hyvinvointialue) tai joint (yhteinen). Ratkaisee, mitkä lakisääteiset osiot vaaditaan.',
          'Kind of plan: municipality, county (wellbeing services county) or joint. Decides which legal sections are required.',
        ),
      ),
    municipalities: z
      .array(nonEmptyText().meta(d('Kunnan nimi.', 'Name of a municipality.')))
      .min(1)
      .meta(
        d(
          'Suunnitelman kunnat; vähintään yksi, yhteisessä suunnitelmassa useita.',
          'Municipalities of the plan; at least one, several in a joint plan.',
        ),
      ),
    county: text()
      .optional()
      .meta(d('Hyvinvointialue, esim. "Pirkanmaan hyvinvointialue".', 'The wellbeing services county.')),
    period: z
      .strictObject({
        start: year().meta(d('Suunnitelmakauden alkuvuosi.', 'First year of the plan period.')),
        end: year().meta(d('Suunnitelmakauden viimeinen vuosi.', 'Last year of the plan period.')),
      })
      .meta(
        d(
          'Suunnitelmakausi vuosina; suunnitelma tarkistetaan vähintään neljän vuoden välein.',
          'The plan period in years; the plan is reviewed at least every four years.',
        ),
      ),
    language: z
      .enum(['fi', 'sv', 'en'] satisfies typeof LANGS)
      .default('fi')
      .meta(d('Tuotettujen asiakirjojen kieli: fi, sv tai en.', 'Language of the generated documents: fi, sv or en.')),
    steering_group: z
      .array(steeringMember)
      .optional()
      .meta(d('Ohjausryhmän jäsenet.', 'Members of the steering group.')),
    vision: text()
      .optional()
      .meta(
        d(
          'Hyväksytty yhteinen visio. Jos puuttuu, suunnitelmassa näytetään lautakuntien visioehdotukset.',
          'The adopted shared vision. When missing, the plan shows the boards\' proposals.',
        ),
      ),
    themes: z
      .record(
        itemId().meta(d('Teeman tunnus.', 'Theme id.')),
        nonEmptyText().meta(d('Teeman nimi.', 'Label of the theme.')),
      )
      .optional()
      .meta(
        d(
          'Teemat: tunnus → nimi. SWOT-kohdat ja tavoitteet voivat viitata näihin tunnuksiin.',
          'Themes: id → label. SWOT items and goals may refer to these ids.',
        ),
      ),
    sections: sections
      .optional()
      .meta(
        d(
          'Lastensuojelulain 12 §:n mukaiset osiot: osion tunnus → teksti (Markdown).',
          'Legal sections of the Child Welfare Act 12 §: section id → text (Markdown).',
        ),
      ),
    state: z
      .enum(['draft', 'proposal', 'approved'])
      .default('draft')
      .meta(
        d(
          'Asiakirjan tila: draft (luonnos), proposal (ehdotus) tai approved (hyväksytty). Oletus draft.',
          'State of the document: draft, proposal or approved. Default draft.',
        ),
      ),
    date: isoDate()
      .optional()
      .meta(d('Asiakirjan päiväys (VVVV-KK-PP); luonnos näyttää sen.', 'Date of the document (YYYY-MM-DD); a draft shows it.')),
    approval: z
      .strictObject({
        boards: isoDate()
          .optional()
          .meta(d('Lautakuntien käsittelypäivä (VVVV-KK-PP).', 'Date of the boards\' meeting (YYYY-MM-DD).')),
        council: isoDate()
          .optional()
          .meta(
            d(
              'Valtuuston käsittelypäivä (VVVV-KK-PP): kunnan suunnitelmassa kunnanvaltuusto, hyvinvointialueen suunnitelmassa aluevaltuusto.',
              'Date of the council (YYYY-MM-DD): the municipal council of a municipality\'s plan, the regional council of a county\'s.',
            ),
          ),
        section: sectionNumber()
          .optional()
          .meta(d('Valtuuston pöytäkirjan pykälä (§), kun päätös on tehty.', 'The § of the council\'s minutes, once decided.')),
        councils: z
          .array(
            decision(
              'Yhden valtuuston käsittely: kunnan tai hyvinvointialueen.',
              'One council\'s decision: a municipality\'s or the county\'s.',
            ),
          )
          .optional()
          .meta(
            d(
              'Yhteisessä suunnitelmassa kunkin kunnan valtuusto ja hyvinvointialueen aluevaltuusto erikseen.',
              'In a joint plan: each municipality\'s council and the county\'s regional council, one entry each.',
            ),
          ),
      })
      .optional()
      .meta(
        d(
          'Käsittelyt: suunnitellut päivät, kunnes tila on approved; silloin myös pykälät.',
          'Decisions: planned dates until the state is approved, then with their §.',
        ),
      ),
    introduction: text()
      .optional()
      .meta(
        d(
          'Johdanto (Markdown): miten suunnitelma valmisteltiin ja miten se liittyy kuntastrategiaan ja hyvinvointikertomukseen. Lakiperusta kirjoitetaan automaattisesti.',
          'Introduction (Markdown): how the plan was prepared, its link to the municipal strategy and the welfare report. The legal basis is written for you.',
        ),
      ),
    participation: z
      .strictObject({
        text: text().optional().meta(d('Osallisuusluvun teksti (Markdown).', 'Text of the chapter (Markdown).')),
        hearings: z
          .array(hearing)
          .optional()
          .meta(d('Keitä kuultiin, miten, milloin, montako ja mitä muuttui.', 'Who was heard, how, when, how many, and what changed.')),
      })
      .optional()
      .meta(d('Lasten ja nuorten osallisuus suunnitelman valmistelussa.', 'Participation of children and young people in preparing the plan.')),
    child_impact: text()
      .optional()
      .meta(d('Lapsivaikutusten arviointi (Markdown).', 'Child impact assessment (Markdown).')),
    services: z
      .strictObject({
        universal: tier('Kaikille tarkoitetut peruspalvelut.', 'Universal services for everyone.'),
        early_support: tier('Varhainen tuki, kun huoli herää.', 'Early support when a worry arises.'),
        intensive: tier('Erityinen ja vaativa tuki.', 'Intensive support when needed.'),
      })
      .optional()
      .meta(
        d(
          'Palvelujärjestelmä kolmella tasolla ja kunkin palvelun järjestäjä.',
          'The service system in three tiers, with the provider of each service.',
        ),
      ),
    student_welfare: text()
      .optional()
      .meta(
        d(
          'Opiskeluhuolto (Markdown; oppilas- ja opiskelijahuoltolaki 12–13 a §).',
          'Student welfare (Markdown; Pupil and Student Welfare Act, sections 12–13 a).',
        ),
      ),
    chapters: z
      .array(
        z
          .strictObject({
            title: nonEmptyText().meta(d('Luvun otsikko.', 'Title of the chapter.')),
            text: text().meta(d('Luvun teksti (Markdown).', 'Text of the chapter (Markdown).')),
          })
          .meta(d('Vapaa luku.', 'A free chapter.')),
      )
      .optional()
      .meta(d('Vapaat luvut omine otsikoineen.', 'Free chapters, each with its own title.')),
    sources: z
      .array(nonEmptyText().meta(d('Lähde (Markdown-linkki sallittu).', 'A source (a Markdown link is allowed).')))
      .optional()
      .meta(d('Lähteet.', 'Sources.')),
  })
  .meta(d('Lasten ja nuorten hyvinvointisuunnitelman runko (plan.yaml).', 'The frame of the child and youth welfare plan (plan.yaml).'));

