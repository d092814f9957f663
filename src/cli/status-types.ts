// The shape of `lnhs status`'s report (split from commands/status.ts: the text formatting and the
// report share it, issue 17's 400-line limit and no import cycle).
import type { Quadrant, SectionId } from '../model/types.js';
import type { MonitoringStatus } from '../monitoring/status.js';

export type QuadrantCounts = Record<Quadrant, number>;

export interface Contact {
  role: string;
  name?: string;
  email?: string;
}

/** The errors of one file: how many, and the first (in file order), in the CLI's language. */
export interface FileErrors {
  file: string;
  count: number;
  first: { line: number; column: number; code: string; message: string };
}

export interface BoardStatus {
  id: string;
  name: string;
  /** ISO date, or null when the board has not submitted */
  submitted: string | null;
  counts: QuadrantCounts;
  visions: number;
  goals: number;
  /** the board's `contact`, so the coordinator knows whom to remind; null when none is given */
  contact: Contact | null;
  /** present when the board's file has errors; its counts are then 0 */
  errors?: FileErrors;
}

export interface StatusReport {
  /** null when plan.yaml is missing or has errors (see `fileErrors`) */
  plan: { title: string | null; kind: string; municipalities: string[]; period: { start: number; end: number } } | null;
  boards: BoardStatus[];
  totals: { boards: number; submitted: number; counts: QuadrantCounts; visions: number; goals: number };
  /** items after merging: equal ids and equal texts count once */
  merged: { counts: QuadrantCounts; total: number };
  /** items raised by more than one board, per quadrant in merge order */
  sharedItems: { quadrant: Quadrant; id?: string; text: string; boards: string[] }[];
  /** required sections (SPEC 4, by plan kind) with no text in plan.yaml */
  missingSections: SectionId[];
  /** null without meeting.yaml; daysUntil < 0 when the meeting was held */
  meeting: { date: string; daysUntil: number } | null;
  /** meeting.yaml's fields that still hold the example values `lnhs init` wrote */
  placeholders: ('date' | 'start' | 'place')[];
  /** plan.yaml, meeting.yaml and indicators.yaml when they have errors (boards: in `boards`) */
  fileErrors: FileErrors[];
  /** every diagnostic of the workspace */
  problems: { errors: number; warnings: number };
  /** the current year's monitoring (issue 16); null without monitoring files */
  monitoring: MonitoringStatus | null;
}
