// The shapes the cross-file rules share (rules.ts, limits.ts).
import type { Diagnostic } from '../diagnostics.js';
import type { Board, Indicator, Meeting, Plan } from '../model/types.js';
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
  diagnostics: Diagnostic[];
}

export type Rule = (ctx: RuleContext) => void;
