// The input schemas (SPEC 2.1–2.4): one source for validation and for the JSON Schemas that
// editors use (`lnhs schema`, schema/*.json). Every field carries a Finnish and an English
// description, because board secretaries edit these files with the YAML language server's help.
//
// Objects are strict: an unknown key is an error (usually a typo). Checks whose failures need a
// message of our own carry a marker as their zod error (`lnhs:date`, …); validate/issues.ts turns
// each marker into a diagnostic code and a message in both languages.
import * as z from 'zod';
import { LANGS, PLAN_KINDS, SECTION_IDS } from './types.js';

/** Markers put into zod issues by the checks below; see validate/issues.ts. */
export const MARK = {
  date: 'lnhs:date',
  time: 'lnhs:time',
  due: 'lnhs:due',
  year: 'lnhs:year',
  boardId: 'lnhs:board-id',
  itemId: 'lnhs:item-id',
  email: 'lnhs:email',
} as const;

/** Finnish and English text of each description, for `markdownDescription` in the JSON Schema. */
export const DESCRIPTIONS = new Map<string, { fi: string; en: string }>();

/** `{ description: 'Suomeksi. — In English.' }`, remembered for the JSON Schema. */
function d(fi: string, en: string): { description: string } {
  const description = `${fi} — ${en}`;
  DESCRIPTIONS.set(description, { fi, en });
  return { description };
}

// ---- building blocks --------------------------------------------------------------------------

export const BOARD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const YEAR_PATTERN = /^\d{4}$/;

const text = () => z.string();
const nonEmptyText = () => z.string().trim().min(1);

/** `YYYY-MM-DD`, a real calendar date (2026-02-30 is not). YAML's core schema keeps it a string. */
const isoDate = () => z.iso.date({ error: MARK.date });

/** `"HH:MM"`. Unquoted 17:00 is the string "17:00" in YAML 1.2, so both forms are accepted. */
const clockTime = () => z.iso.time({ precision: -1, error: MARK.time });

const year = () => z.int({ error: MARK.year }).min(1900, { error: MARK.year }).max(2200, { error: MARK.year });

const boardId = () => z.string({ error: MARK.boardId }).regex(BOARD_ID_PATTERN, { error: MARK.boardId });
const itemId = () => z.string({ error: MARK.itemId }).regex(ITEM_ID_PATTERN, { error: MARK.itemId });

/** A year (`2027` or `"2027"`) or a date. */
const due = () =>
  z.union([z.int().min(1900).max(2200), z.string().regex(YEAR_PATTERN), z.iso.date()], { error: MARK.due });

// ---- plan.yaml (SPEC 2.1) ---------------------------------------------------------------------

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

// ---- boards/<id>.yaml (SPEC 2.2) --------------------------------------------------------------

const swotItemObject = z.strictObject({
  text: nonEmptyText().meta(d('Kohdan teksti.', 'Text of the item.')),
  id: itemId()
    .optional()
    .meta(
      d(
        'Tunnus; sama tunnus eri lautakunnilla tarkoittaa samaa kohtaa.',
        'Id; equal ids across boards mean the same item.',
      ),
    ),
  theme: itemId().optional().meta(d('Teeman tunnus plan.yaml-tiedoston kohdasta themes.', 'Theme id from plan.yaml themes.')),
  note: text().optional().meta(d('Lisätieto tai perustelu.', 'A note or justification.')),
});

const swotItem = z
  .union([nonEmptyText(), swotItemObject])
  .meta(d('SWOT-kohta: teksti tai {text, id, theme, note}.', 'A SWOT item: text or {text, id, theme, note}.'));

const quadrant = (fi: string, en: string) => z.array(swotItem).optional().meta(d(fi, en));

const action = z
  .strictObject({
    text: nonEmptyText().meta(d('Toimenpide.', 'The action.')),
    responsible: text().optional().meta(d('Vastuutaho.', 'Who is responsible.')),
    due: due()
      .optional()
      .meta(d('Aikataulu: vuosi (2027) tai päivämäärä (VVVV-KK-PP).', 'When: a year (2027) or a date (YYYY-MM-DD).')),
    indicator: text().optional().meta(d('Arviointimittari.', 'Indicator used to follow the action.')),
    resources: text().optional().meta(d('Resurssit.', 'Resources.')),
  })
  .meta(d('Toimenpide-ehdotus.', 'A proposed action.'));

const goal = z
  .strictObject({
    id: itemId()
      .optional()
      .meta(
        d(
          'Tunnus; saman tunnuksen tavoitteet yhdistetään.',
          'Id; goals with equal ids are merged.',
        ),
      ),
    title: nonEmptyText().meta(d('Tavoite.', 'The goal.')),
    theme: itemId().optional().meta(d('Teeman tunnus plan.yaml-tiedoston kohdasta themes.', 'Theme id from plan.yaml themes.')),
    actions: z.array(action).meta(d('Toimenpiteet tavoitteen saavuttamiseksi.', 'Actions to reach the goal.')),
  })
  .meta(d('Tavoite-ehdotus toimenpiteineen.', 'A proposed goal with its actions.'));

export const boardSchema = z
  .strictObject({
    board: z
      .strictObject({
        id: boardId().meta(
          d(
            'Lautakunnan tunnus (pienet kirjaimet a–z, numerot ja väliviivat); sama kuin tiedoston nimi.',
            'Board id (lowercase letters a–z, digits and hyphens); same as the file name.',
          ),
        ),
        name: nonEmptyText().meta(d('Lautakunnan nimi, esim. "Perusturvalautakunta".', 'Name of the board, e.g. "Perusturvalautakunta".')),
        municipality: text()
          .optional()
          .meta(d('Kunta; yksi plan.yaml-tiedoston kunnista.', 'Municipality; one of the municipalities in plan.yaml.')),
      })
      .meta(d('Lautakunta.', 'The board.')),
    contact: z
      .strictObject({
        role: nonEmptyText().meta(d('Yhteyshenkilön rooli, esim. "sihteeri".', 'Role of the contact, e.g. "secretary".')),
        name: text().optional().meta(d('Yhteyshenkilön nimi.', 'Name of the contact.')),
        email: z
          .email({ error: MARK.email })
          .optional()
          .meta(d('Yhteyshenkilön sähköpostiosoite.', 'E-mail address of the contact.')),
      })
      .optional()
      .meta(d('Yhteyshenkilö.', 'Contact person.')),
    submitted: isoDate()
      .optional()
      .meta(
        d(
          'Toimituspäivä (VVVV-KK-PP); puuttuu, jos lautakunta ei ole vielä toimittanut aineistoaan.',
          'Date of submission (YYYY-MM-DD); missing while the board has not submitted yet.',
        ),
      ),
    swot: z
      .strictObject({
        strengths: quadrant('Vahvuudet.', 'Strengths.'),
        weaknesses: quadrant('Heikkoudet.', 'Weaknesses.'),
        opportunities: quadrant('Mahdollisuudet.', 'Opportunities.'),
        threats: quadrant('Uhat.', 'Threats.'),
      })
      .optional()
      .meta(
        d(
          'Lasten, nuorten ja perheiden palvelujen SWOT-analyysi.',
          'SWOT analysis of the services for children, young people and families.',
        ),
      ),
    vision: z
      .union([nonEmptyText(), z.array(nonEmptyText().meta(d('Visioehdotus.', 'A vision proposal.')))])
      .optional()
      .meta(d('Lautakunnan visioehdotus tai -ehdotukset.', 'The board\'s vision proposal or proposals.')),
    goals: z
      .array(goal)
      .optional()
      .meta(d('Tavoite- ja toimenpide-ehdotukset.', 'Proposed goals and actions.')),
  })
  .meta(d('Lautakunnan aineisto (boards/<tunnus>.yaml).', 'A board\'s input (boards/<id>.yaml).'));

// ---- meeting.yaml (SPEC 2.3) ------------------------------------------------------------------

const meetingItem = z
  .strictObject({
    title: nonEmptyText().meta(d('Asian otsikko.', 'Title of the item.')),
    preparer: text().optional().meta(d('Valmistelija.', 'Who prepared the item.')),
    presenter: text().optional().meta(d('Esittelijä.', 'Who presents the item.')),
    description: text().optional().meta(d('Asian kuvaus (Markdown).', 'Description of the item (Markdown).')),
    proposal: text().optional().meta(d('Päätösehdotus.', 'Proposal for a decision.')),
    boards: z
      .array(boardId())
      .optional()
      .meta(
        d(
          'Asiaa käsittelevät lautakunnat; oletus kaikki kokouksen lautakunnat.',
          'Boards that handle the item; default all attending boards.',
        ),
      ),
    duration: z
      .int()
      .min(1)
      .optional()
      .meta(d('Arvioitu kesto minuutteina.', 'Estimated duration in minutes.')),
  })
  .meta(d('Lisäasia esityslistalle.', 'An extra item for the agenda.'));

export const meetingSchema = z
  .strictObject({
    title: text()
      .optional()
      .meta(
        d(
          'Kokouksen otsikko; oletus luettelee lautakunnat.',
          'Title of the meeting; the default lists the boards.',
        ),
      ),
    date: isoDate().meta(d('Kokouspäivä (VVVV-KK-PP).', 'Date of the meeting (YYYY-MM-DD).')),
    start: clockTime().meta(d('Alkamisaika "HH:MM".', 'Start time "HH:MM".')),
    end: clockTime()
      .optional()
      .meta(d('Päättymisaika "HH:MM"; alkamisajan jälkeen.', 'End time "HH:MM"; after the start.')),
    place: nonEmptyText().meta(d('Kokouspaikka.', 'Place of the meeting.')),
    boards: z
      .array(boardId())
      .optional()
      .meta(
        d(
          'Kokoukseen osallistuvat lautakunnat (tunnukset); oletus kaikki.',
          'Attending boards (ids); default all boards.',
        ),
      ),
    sections: z
      .record(boardId(), z.int().min(1).meta(d('Ensimmäinen pykälänumero.', 'First section (§) number.')))
      .optional()
      .meta(
        d(
          'Lautakunnan tunnus → kokouksen ensimmäinen pykälänumero (§); kukin lautakunta numeroi omat asiansa.',
          'Board id → first section (§) number of this meeting; each board numbers its own items.',
        ),
      ),
    chair: text().optional().meta(d('Puheenjohtaja.', 'Chair of the meeting.')),
    secretary: text().optional().meta(d('Sihteeri.', 'Secretary of the meeting.')),
    items: z
      .array(meetingItem)
      .optional()
      .meta(d('Lisäasiat, suunnitelma-asioiden jälkeen.', 'Extra items, placed after the plan items.')),
  })
  .meta(d('Lautakuntien yhteinen kokous (meeting.yaml).', 'The joint board meeting (meeting.yaml).'));

// ---- indicators.yaml (SPEC 2.4) ---------------------------------------------------------------

const indicator = z
  .strictObject({
    id: itemId().meta(d('Indikaattorin tunnus.', 'Indicator id.')),
    title: nonEmptyText().meta(d('Indikaattorin nimi.', 'Name of the indicator.')),
    unit: text().optional().meta(d('Yksikkö, esim. "%".', 'Unit, e.g. "%".')),
    source: text().optional().meta(d('Tietolähde, esim. "Sotkanet".', 'Source, e.g. "Sotkanet".')),
    region: text().optional().meta(d('Alue.', 'Region.')),
    values: z
      .record(
        z.string().regex(YEAR_PATTERN, { error: MARK.year }).meta(d('Vuosi.', 'Year.')),
        z.number().meta(d('Arvo.', 'Value.')),
      )
      .meta(d('Arvot vuosittain: vuosi → arvo.', 'Values by year: year → value.')),
  })
  .meta(d('Hyvinvointi-indikaattori.', 'A wellbeing indicator.'));

export const indicatorsSchema = z
  .strictObject({
    indicators: z.array(indicator).meta(d('Hyvinvointi-indikaattorit.', 'Wellbeing indicators.')),
  })
  .meta(d('Hyvinvointi-indikaattorit (indicators.yaml).', 'Wellbeing indicators (indicators.yaml).'));

export type PlanInput = z.output<typeof planSchema>;
export type BoardInput = z.output<typeof boardSchema>;
export type MeetingInput = z.output<typeof meetingSchema>;
export type IndicatorsInput = z.output<typeof indicatorsSchema>;

/** The checked data of each kind of input file. */
export interface Inputs {
  plan: PlanInput;
  board: BoardInput;
  meeting: MeetingInput;
  indicators: IndicatorsInput;
}

export const SCHEMAS = {
  plan: planSchema,
  board: boardSchema,
  meeting: meetingSchema,
  indicators: indicatorsSchema,
} as const;
