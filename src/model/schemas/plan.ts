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
    approval: z
      .strictObject({
        council: isoDate()
          .optional()
          .meta(d('Valtuuston hyväksymispäivä (VVVV-KK-PP).', 'Date of approval by the council (YYYY-MM-DD).')),
        boards: isoDate()
          .optional()
          .meta(d('Lautakuntien käsittelypäivä (VVVV-KK-PP).', 'Date of the boards\' decision (YYYY-MM-DD).')),
      })
      .optional()
      .meta(d('Hyväksymispäivät.', 'Dates of approval.')),
  })
  .meta(d('Lasten ja nuorten hyvinvointisuunnitelman runko (plan.yaml).', 'The frame of the child and youth welfare plan (plan.yaml).'));

