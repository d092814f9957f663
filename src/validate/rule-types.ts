// The shapes the cross-file rules share (rules.ts, limits.ts).
import type { Diagnostic } from '../diagnostics.js';
import type { Board, Indicator, Meeting, Monitoring, Plan } from '../model/types.js';
import type { SourceFile } from '../workspace/types.js';

export interface Checked<T> {
  src: SourceFile;
  model: T;
}

export interface RuleContext {
  plan?: Checked<Plan>;
  /** boards that passed the schema, in file-name order */
  boards: Checked<Board>[];
  /** every board id there is: of the checked boards, and the file names of the broken ones */
  boardIds: string[];
  meeting?: Checked<Meeting> & { boardsGiven: boolean };
  indicators?: Checked<Indicator[]>;
  /**
   * plan.yaml has an error of its own (its YAML or its schema): what seems missing from it (themes,
   * municipalities, sections, vision) may be what the error hid, e.g. a second YAML document
   */
  planBroken?: boolean;
  /** indicators.yaml is there but did not pass its schema */
  indicatorsBroken?: boolean;
  /** monitoring/<year>.yaml that passed the schema (or were salvaged), in year order (issue 16) */
  monitoring: Checked<Monitoring>[];
  /**
   * plan.yaml and every board file passed their schema: only then are monitoring entries compared
   * with the plan's goals and actions (else one broken board cascades into false errors)
   */
  planAndBoardsValid?: boolean;
  diagnostics: Diagnostic[];
}

export type Rule = (ctx: RuleContext) => void;
