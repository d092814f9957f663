// The input schemas (SPEC 2.1–2.5): one source for validation and for the JSON Schemas that
// editors use (`lnhs schema`, schema/*.json). Every field carries a Finnish and an English
// description, because board secretaries edit these files with the YAML language server's help.
//
// Objects are strict: an unknown key is an error (usually a typo). Checks whose failures need a
// message of our own carry a marker as their zod error (`lnhs:date`, …); validate/issues.ts turns
// each marker into a diagnostic code and a message in both languages.
//
// One file per input under schemas/, with the shared building blocks in schemas/common.ts.
import { boardSchema } from './schemas/board.js';
import { indicatorsSchema } from './schemas/indicators.js';
import { meetingSchema } from './schemas/meeting.js';
import { monitoringSchema } from './schemas/monitoring.js';
import { planSchema } from './schemas/plan.js';
import type * as z from 'zod';

export { BOARD_ID_PATTERN, DESCRIPTIONS, ITEM_ID_PATTERN, MARK } from './schemas/common.js';
export { boardSchema, indicatorsSchema, meetingSchema, monitoringSchema, planSchema };

export type PlanInput = z.output<typeof planSchema>;
export type BoardInput = z.output<typeof boardSchema>;
export type MeetingInput = z.output<typeof meetingSchema>;
export type IndicatorsInput = z.output<typeof indicatorsSchema>;
export type MonitoringInput = z.output<typeof monitoringSchema>;

/** The checked data of each kind of input file. */
export interface Inputs {
  plan: PlanInput;
  board: BoardInput;
  meeting: MeetingInput;
  indicators: IndicatorsInput;
  monitoring: MonitoringInput;
}

export const SCHEMAS = {
  plan: planSchema,
  board: boardSchema,
  meeting: meetingSchema,
  indicators: indicatorsSchema,
  monitoring: monitoringSchema,
} as const;
