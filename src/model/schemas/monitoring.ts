// monitoring/<year>.yaml (SPEC 2.5, issue 16): the yearly follow-up of the plan's actions, which
// Child Welfare Act 12 § requires. One file per year of the plan period; each entry names an
// action of the plan by its goal's id and the action's id (or text) and says how it stands.
import * as z from 'zod';
import { ACTION_STATUSES } from '../monitoring-types.js';
import { d, isoDate, MARK, nonEmptyText, text, year } from './common.js';

const entry = z
  .strictObject({
    goal: nonEmptyText().meta(
      d(
        'Tavoitteen tunnus (lautakuntien tiedostojen goals: id); tunnuksettomasta tavoitteesta ei voi raportoida.',
        'The goal\'s id (goals: id in the board files); a goal without an id cannot be reported on.',
      ),
    ),
    action: nonEmptyText().meta(
      d(
        'Toimenpiteen tunnus (actions: id) tai, jos tunnusta ei ole, toimenpiteen teksti sellaisenaan.',
        'The action\'s id (actions: id) or, when it has none, the action\'s text as written.',
      ),
    ),
    status: z
      .enum(ACTION_STATUSES, { error: MARK.status })
      .meta(
        d(
          'Tila: not_started (ei aloitettu), in_progress (käynnissä), done (toteutunut), delayed (viivästynyt) tai dropped (luovuttu).',
          'Status: not_started, in_progress, done, delayed or dropped.',
        ),
      ),
    progress: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta(d('Edistyminen prosentteina 0–100.', 'Progress as a percentage, 0–100.')),
    note: text().optional().meta(d('Selvitys: mitä on tehty, mikä on kesken ja miksi.', 'A note: what was done, what is pending and why.')),
    reporter: text()
      .optional()
      .meta(d('Raportoijan rooli, esim. "sivistysjohtaja" (ei henkilön nimeä).', 'The reporter\'s role, e.g. "director of education" (not a person\'s name).')),
  })
  .meta(d('Yhden toimenpiteen seurantatieto.', 'The follow-up of one action.'));

export const monitoringSchema = z
  .strictObject({
    year: year().meta(d('Seurantavuosi; sama kuin tiedoston nimi.', 'The year followed up; the same as the file name.')),
    reported: isoDate()
      .optional()
      .meta(
        d(
          'Raportin päivämäärä (VVVV-KK-PP); puuttuu, kun raportointi on kesken.',
          'Date of the report (YYYY-MM-DD); missing while reporting is under way.',
        ),
      ),
    actions: z
      .array(entry)
      .default([])
      .meta(d('Toimenpiteiden tilat tänä vuonna.', 'The status of the actions this year.')),
  })
  .meta(d('Suunnitelman vuosiseuranta (monitoring/<vuosi>.yaml).', 'The plan\'s yearly follow-up (monitoring/<year>.yaml).'));
