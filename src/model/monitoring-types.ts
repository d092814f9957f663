// The yearly follow-up of the plan (SPEC 2.5, issue 16): Child Welfare Act 12 § requires that
// the plan's implementation be monitored, and municipalities report on it every year. One
// monitoring/<year>.yaml per year of the plan period, each entry naming an action of the plan.
import type { IsoDate, Pos } from './types.js';

/** The statuses an action can be reported in, in the order reports list them. */
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'delayed', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One reported action of one year. */
export interface MonitoringEntry {
  /** the goal's id (a goal without an id cannot be monitored) */
  goal: string;
  /** the action's `id`, or, without one, its text (compared as merge compares texts, SPEC 3) */
  action: string;
  status: ActionStatus;
  /** 0–100 */
  progress?: number;
  note?: string;
  /** the reporter's role, never a person's name */
  reporter?: string;
  pos: Pos;
}

/** monitoring/<year>.yaml */
export interface Monitoring {
  year: number;
  /** the date of the report; missing = not yet reported */
  reported?: IsoDate;
  actions: MonitoringEntry[];
  /** the path as shown to the user */
  file: string;
}
