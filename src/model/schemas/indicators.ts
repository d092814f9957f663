// indicators.yaml (SPEC 2.4): wellbeing indicators.
import * as z from 'zod';
import { d, itemId, MARK, nonEmptyText, text, YEAR_PATTERN } from './common.js';

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

