// meeting.yaml (SPEC 2.3): the joint board meeting.
import * as z from 'zod';
import { boardId, clockTime, d, isoDate, nonEmptyText, text } from './common.js';

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

