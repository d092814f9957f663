// meeting.yaml (SPEC 2.3): the joint board meeting, with what a real agenda item carries (issue 11
// point 4: Dno, preparer and contact, a presenter per board, attachments) and what the appeal
// notices need (issue 11 point 3: the date the minutes go online, the review authority).
import * as z from 'zod';
import { boardId, clockTime, d, isoDate, MARK, nonEmptyText, text } from './common.js';

/** Valmistelija / lisätiedot: a title and a phone number or e-mail, as agendas print them. */
const contact = z
  .strictObject({
    title: nonEmptyText().meta(d('Nimike, esim. "hyvinvointikoordinaattori".', 'Job title, e.g. "wellbeing coordinator".')),
    name: text().optional().meta(d('Nimi.', 'Name.')),
    phone: text().optional().meta(d('Puhelinnumero.', 'Phone number.')),
    email: z
      .email({ error: MARK.email })
      .optional()
      .meta(d('Sähköpostiosoite.', 'E-mail address.')),
  })
  .meta(d('Valmistelija ja lisätiedot: nimike, nimi ja yhteystieto.', 'Preparer and further information: title, name and contact.'));

const preparer = z
  .union([nonEmptyText(), contact])
  .meta(
    d(
      'Valmistelija ja lisätietojen antaja: teksti tai {title, name, phone, email}.',
      'Who prepared the item and gives further information: a text or {title, name, phone, email}.',
    ),
  );

const attachment = z
  .union([
    nonEmptyText(),
    z.strictObject({
      title: nonEmptyText().meta(d('Liitteen nimi.', 'Title of the attachment.')),
      file: text().optional().meta(d('Liitetiedoston nimi, esim. "sopimus.pdf".', 'File name of the attachment, e.g. "agreement.pdf".')),
    }),
  ])
  .meta(d('Liite: nimi tai {title, file}.', 'An attachment: a title or {title, file}.'));

const attachments = () =>
  z
    .array(attachment)
    .optional()
    .meta(d('Asian liitteet, numeroidaan Liite 1, 2, …', 'The item\'s attachments, numbered Liite 1, 2, …'));

const dno = () =>
  text()
    .optional()
    .meta(d('Diaarinumero (Dno), esim. "JÄR/412/12.00.00/2026".', 'Diary number (Dno), e.g. "JÄR/412/12.00.00/2026".'));

const meetingItem = z
  .strictObject({
    title: nonEmptyText().meta(d('Asian otsikko.', 'Title of the item.')),
    dno: dno(),
    preparer: preparer.optional(),
    presenter: text()
      .optional()
      .meta(
        d(
          'Esittelijä kaikille asian käsitteleville lautakunnille; oletus lautakuntien omat esittelijät (presenters). Esittelijä on viranhaltija (kuntalaki 90 §).',
          'Presenter for every board that handles the item; default each board\'s own presenter (presenters). A presenter is an official (Local Government Act 90 §).',
        ),
      ),
    description: text().optional().meta(d('Selostus (Markdown).', 'Description of the item (Markdown).')),
    proposal: text().optional().meta(d('Päätösehdotus.', 'Proposal for a decision.')),
    attachments: attachments(),
    preparatory: z
      .boolean()
      .optional()
      .meta(
        d(
          'true: päätös koskee vain valmistelua tai täytäntöönpanoa, joten siitä ei saa hakea muutosta (kuntalaki 136 §); oletus false.',
          'true: the decision only concerns preparation or implementation, so it cannot be appealed (Local Government Act 136 §); default false.',
        ),
      ),
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
      // a day at most (issue 12: huge durations gave DTEND:NaN… in agenda.ics)
      .max(24 * 60)
      .optional()
      .meta(d('Arvioitu kesto minuutteina.', 'Estimated duration in minutes.')),
  })
  .meta(d('Lisäasia esityslistalle.', 'An extra item for the agenda.'));

/** What meeting.yaml may change in one of the tool's own items. */
const standardItem = (fi: string, en: string) =>
  z
    .strictObject({
      dno: dno(),
      preparer: preparer.optional(),
      description: text()
        .optional()
        .meta(d('Selostus (Markdown); korvaa vakiotekstin.', 'Description (Markdown); replaces the standard text.')),
      proposal: text()
        .optional()
        .meta(d('Päätösehdotus; korvaa vakioehdotuksen.', 'Proposal; replaces the standard proposal.')),
      attachments: attachments(),
    })
    .optional()
    .meta(d(fi, en));

const review = z
  .strictObject({
    authority: text()
      .optional()
      .meta(d('Oikaisuvaatimusviranomainen; oletus lautakunnan nimi.', 'Authority receiving the request; default the board\'s name.')),
    address: nonEmptyText().meta(d('Postiosoite, esim. "PL 10, 99100 Järvilahti".', 'Postal address, e.g. "PL 10, 99100 Järvilahti".')),
    email: z
      .email({ error: MARK.email })
      .optional()
      .meta(d('Sähköpostiosoite, esim. kirjaamon.', 'E-mail address, e.g. the registry\'s.')),
  })
  .meta(d('Minne oikaisuvaatimus tehdään (kuntalaki 134 §).', 'Where a request for a review is sent (Local Government Act 134 §).'));

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
      .record(boardId(), z.int().min(1).max(999_999).meta(d('Ensimmäinen pykälänumero.', 'First section (§) number.')))
      .optional()
      .meta(
        d(
          'Lautakunnan tunnus → kokouksen ensimmäinen pykälänumero (§); kukin lautakunta numeroi omat asiansa.',
          'Board id → first section (§) number of this meeting; each board numbers its own items.',
        ),
      ),
    presenters: z
      .record(boardId(), nonEmptyText().meta(d('Esittelijä, esim. "sivistysjohtaja".', 'Presenter, e.g. "sivistysjohtaja".')))
      .optional()
      .meta(
        d(
          'Lautakunnan tunnus → lautakunnan esittelijä, tavallisesti toimialajohtaja; esittelijä on viranhaltija (kuntalaki 90 §).',
          'Board id → the board\'s presenter, normally the sector director; a presenter is an official (Local Government Act 90 §).',
        ),
      ),
    review: z
      .record(boardId(), review)
      .optional()
      .meta(
        d(
          'Lautakunnan tunnus → oikaisuvaatimusviranomainen ja sen osoitteet muutoksenhakuohjeeseen.',
          'Board id → the authority receiving a request for a review, and its addresses, for the appeal notice.',
        ),
      ),
    minutes_online: isoDate()
      .optional()
      .meta(
        d(
          'Päivä, jona pöytäkirja on nähtävänä yleisessä tietoverkossa (VVVV-KK-PP); kunnan jäsen saa päätöksestä tiedon seitsemän päivän kuluttua (kuntalaki 140 §).',
          'Date the minutes go online (YYYY-MM-DD); a member of the municipality is deemed notified seven days later (Local Government Act 140 §).',
        ),
      ),
    chair: text().optional().meta(d('Puheenjohtaja.', 'Chair of the meeting.')),
    secretary: text().optional().meta(d('Sihteeri.', 'Secretary of the meeting.')),
    standard_items: z
      .strictObject({
        opening: standardItem('Kokouksen avaus, laillisuus ja päätösvaltaisuus.', 'Opening, lawfulness and quorum.'),
        minutes: standardItem('Pöytäkirjan tarkastus ja nähtävilläolo.', 'Checking the minutes and putting them on display.'),
        order: standardItem('Työjärjestyksen hyväksyminen.', 'Approval of the order of business.'),
        swot: standardItem('Yhdistetty SWOT-analyysi.', 'The merged SWOT analysis.'),
        vision: standardItem('Yhteinen visio.', 'The shared vision.'),
        plan: standardItem(
          'Suunnitelman hyväksyminen; suunnitelma on asian Liite 1.',
          'Approval of the plan; the plan is the item\'s Liite 1 (attachment 1).',
        ),
        closing: standardItem('Kokouksen päättäminen.', 'Closing of the meeting.'),
      })
      .optional()
      .meta(
        d(
          'Esityslistan vakioasioiden Dno, valmistelija, liitteet ja korvaavat tekstit.',
          'Dno, preparer, attachments and replacement texts of the agenda\'s standard items.',
        ),
      ),
    items: z
      .array(meetingItem)
      .optional()
      .meta(d('Lisäasiat, suunnitelma-asioiden jälkeen.', 'Extra items, placed after the plan items.')),
  })
  .meta(d('Lautakuntien yhteinen kokous (meeting.yaml).', 'The joint board meeting (meeting.yaml).'));
