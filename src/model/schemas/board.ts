// boards/<id>.yaml (SPEC 2.2): one board's SWOT, vision proposals and goals.
import * as z from 'zod';
import { boardId, d, due, isoDate, itemId, MARK, nonEmptyText, text } from './common.js';

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
    id: itemId()
      .optional()
      .meta(
        d(
          'Toimenpiteen tunnus, jolla vuosiseuranta (monitoring/<vuosi>.yaml) viittaa siihen; ei näy suunnitelmassa.',
          'Id by which the yearly follow-up (monitoring/<year>.yaml) names the action; not shown in the plan.',
        ),
      ),
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

