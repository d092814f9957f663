// indicators.yaml (SPEC 2.4, 2.5): wellbeing indicators, with the baseline, target and desired
// direction that the plan and the yearly monitoring report (issue 16) compare against, and the
// figures of comparison regions (county, whole country) where the data has them (issue 11).
import * as z from 'zod';
import { d, itemId, MARK, nonEmptyText, text, year, YEAR_PATTERN } from './common.js';

const yearValues = () =>
  z.record(
    z.string().regex(YEAR_PATTERN, { error: MARK.year }).meta(d('Vuosi.', 'Year.')),
    z.number().meta(d('Arvo.', 'Value.')),
  );

/** `{year, value}`: one figure of one year, the form of both `baseline` and `target` (SPEC 2.5). */
const yearValue = (fi: string, en: string) =>
  z
    .strictObject({
      year: year().meta(d('Vuosi.', 'Year.')),
      value: z.number().meta(d('Arvo.', 'Value.')),
    })
    .meta(d(fi, en));

const comparison = z
  .strictObject({
    region: nonEmptyText().meta(
      d('Vertailualue, esim. "Järvi-Suomen hyvinvointialue" tai "Koko maa".', 'Comparison region, e.g. the county or "Whole country".'),
    ),
    values: yearValues().meta(d('Vertailualueen arvot vuosittain: vuosi → arvo.', 'The region\'s values by year: year → value.')),
  })
  .meta(d('Vertailualueen luvut.', 'Figures of a comparison region.'));

const indicator = z
  .strictObject({
    id: itemId().meta(d('Indikaattorin tunnus.', 'Indicator id.')),
    title: nonEmptyText().meta(d('Indikaattorin nimi.', 'Name of the indicator.')),
    unit: text().optional().meta(d('Yksikkö, esim. "%".', 'Unit, e.g. "%".')),
    source: text()
      .optional()
      .meta(
        d(
          'Tietolähde julkaisijan antamassa muodossa, esim. "THL, Kouluterveyskysely (Sotkanet)".',
          'Source as its publisher names it, e.g. "THL, Kouluterveyskysely (Sotkanet)".',
        ),
      ),
    region: text().optional().meta(d('Alue, jota arvot koskevat, esim. kunta.', 'Region the values are for, e.g. the municipality.')),
    values: yearValues().meta(d('Arvot vuosittain: vuosi → arvo.', 'Values by year: year → value.')),
    baseline: yearValue(
      'Lähtötaso: vuosi ja arvo, johon tavoitetta verrataan.',
      'Baseline: the year and value the target is compared with.',
    ).optional(),
    target: yearValue('Tavoitetaso: vuosi ja arvo, johon pyritään.', 'Target: the year and the value aimed at.').optional(),
    direction: z
      .enum(['up', 'down'])
      .optional()
      .meta(
        d(
          'Toivottu suunta: up (suurempi on parempi) tai down (pienempi on parempi).',
          'Desired direction: up (higher is better) or down (lower is better).',
        ),
      ),
    comparison: z
      .array(comparison)
      .optional()
      .meta(
        d(
          'Vertailualueiden luvut (hyvinvointialue, koko maa), kun aineistossa on niitä.',
          'Figures of comparison regions (county, whole country) when the data has them.',
        ),
      ),
  })
  .meta(d('Hyvinvointi-indikaattori.', 'A wellbeing indicator.'));

export const indicatorsSchema = z
  .strictObject({
    indicators: z.array(indicator).meta(d('Hyvinvointi-indikaattorit.', 'Wellbeing indicators.')),
  })
  .meta(d('Hyvinvointi-indikaattorit (indicators.yaml).', 'Wellbeing indicators (indicators.yaml).'));
