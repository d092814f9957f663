// The validate stage: the schema of each file (with positions), then the cross-file rules and
// legal completeness, then the typed model. Every file is checked even when another is broken;
// the model is given whenever nothing is an error (warnings allowed).
//
// The schema check is zod's (validate/schema-check.ts), loaded through lazy/zod.ts on the
// first file checked, so that commands that validate nothing (`--help`, `init`) never load zod
// (SPEC 9). Nothing reached from here may import zod or model/schema.ts other than as types.
// (A generated zod-free fast path saved about 10 ms of a cold `validate` and read zod's private
// internals; issue 17 removed it, docs/performance.md has the figures.)
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { load as zod } from '../lazy/zod.js';
import type { Inputs } from '../model/schema.js';
import type { Board, Indicator, Meeting, Monitoring, Plan, WorkspaceModel } from '../model/types.js';
import type { InputKind, LoadedWorkspace, SourceFile } from '../workspace/types.js';
import { looseMonitoring, toBoard, toIndicators, toMeeting, toMonitoring, toPlan } from './convert.js';
import { fileStem, RULES, type Rule, type RuleContext } from './rules.js';

export { normalizeText } from '../model/normalize.js';
export { FILE_RULES, RULES } from './rules.js';
export type { Rule, RuleContext } from './rules.js';

export interface Validated {
  /** present when no diagnostic is an error */
  model?: WorkspaceModel;
  /**
   * What passed the schema, even when something else did not: `lnhs status` shows the boards
   * whose files are fine beside those with errors (issue 13 item 5).
   */
  partial: PartialModel;
  diagnostics: Diagnostic[];
}

export interface PartialModel {
  plan?: Plan;
  boards: Board[];
  meeting?: Meeting;
  indicators: Indicator[];
  /** the monitoring files that passed the schema, in year order (issue 16) */
  monitoring: Monitoring[];
}

export interface ValidateOptions {
  /** the cross-file rules to apply; default all. A file checked alone gets FILE_RULES (issue 13). */
  rules?: readonly Rule[];
}

export function validate(loaded: LoadedWorkspace, options: ValidateOptions = {}): Validated {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];

  /**
   * The file's data checked against the schema of `kind`. When it does not fit, the diagnostics
   * are reported and what can be salvaged is still returned for the cross-file rules (the result
   * then never becomes the model, because an error was reported).
   */
  function check<K extends InputKind>(src: SourceFile | undefined, kind: K): { value?: Inputs[K]; ok: boolean } {
    if (!src || src.data === undefined) return { ok: false };
    return zod().checkWithZod(src, kind, diagnostics);
  }

  const ctx: RuleContext = { boards: [], boardIds: [], monitoring: [], diagnostics };

  let complete = true;
  const planInput = check(loaded.plan, 'plan');
  complete &&= planInput.ok;
  let boardsOk = true;
  if (loaded.plan && planInput.value) ctx.plan = { src: loaded.plan, model: toPlan(loaded.plan, planInput.value) };
  const planFile = loaded.plan?.file;
  if (planFile !== undefined && (!planInput.ok || loaded.diagnostics.some((d) => d.severity === 'error' && d.file === planFile))) ctx.planBroken = true;

  for (const src of loaded.boards) {
    const input = check(src, 'board');
    complete &&= input.ok;
    boardsOk &&= input.ok;
    if (input.value) {
      const board = { src, model: toBoard(src, input.value) };
      ctx.boards.push(board);
      if (!ctx.boardIds.includes(board.model.id)) ctx.boardIds.push(board.model.id);
    } else {
      // unreadable or invalid: still a board as far as meeting.yaml is concerned
      const stem = fileStem(src);
      if (!ctx.boardIds.includes(stem)) ctx.boardIds.push(stem);
    }
  }

  const meetingInput = check(loaded.meeting, 'meeting');
  if (loaded.meeting) complete &&= meetingInput.ok;
  if (loaded.meeting && meetingInput.value) {
    ctx.meeting = {
      src: loaded.meeting,
      model: toMeeting(loaded.meeting, meetingInput.value, ctx.boards.map((b) => b.model.id)),
      boardsGiven: meetingInput.value.boards !== undefined,
    };
  }

  const indicatorsInput = check(loaded.indicators, 'indicators');
  if (loaded.indicators) complete &&= indicatorsInput.ok;
  if (loaded.indicators && indicatorsInput.value) {
    ctx.indicators = { src: loaded.indicators, model: toIndicators(loaded.indicators, indicatorsInput.value) };
  }
  if (loaded.indicators && !indicatorsInput.ok) ctx.indicatorsBroken = true;

  // the yearly follow-up (issue 16): a file with errors fails validation like any other input
  const checkedMonitoring: Monitoring[] = [];
  for (const src of loaded.monitoring ?? []) {
    const input = check(src, 'monitoring');
    complete &&= input.ok;
    if (input.value) {
      const model = toMonitoring(src, input.value);
      ctx.monitoring.push({ src, model });
      checkedMonitoring.push(model);
    } else if (src.data !== undefined) {
      // only for the rules: a mistyped goal beside a mistyped status (convert.ts looseMonitoring)
      const loose = looseMonitoring(src);
      if (loose) ctx.monitoring.push({ src, model: loose });
    }
  }
  ctx.monitoring.sort((a, b) => a.model.year - b.model.year);
  ctx.planAndBoardsValid = planInput.ok && boardsOk && loaded.boards.length > 0;

  for (const rule of options.rules ?? RULES) rule(ctx);

  complete &&= ctx.plan !== undefined && ctx.boards.length > 0;
  const partial: PartialModel = {
    boards: ctx.boards.map((b) => b.model),
    indicators: ctx.indicators?.model ?? [],
    monitoring: checkedMonitoring.sort((a, b) => a.year - b.year),
  };
  if (ctx.plan) partial.plan = ctx.plan.model;
  if (ctx.meeting) partial.meeting = ctx.meeting.model;
  if (!complete || hasErrors(diagnostics)) return { partial, diagnostics };

  const model: WorkspaceModel = {
    dir: loaded.dir,
    plan: ctx.plan!.model,
    boards: ctx.boards.map((b) => b.model),
    indicators: ctx.indicators?.model ?? [],
  };
  if (ctx.meeting) model.meeting = ctx.meeting.model;
  if (ctx.monitoring.length > 0) model.monitoring = ctx.monitoring.map((m) => m.model);
  if (loaded.templatesDir) model.templatesDir = loaded.templatesDir;
  return { model, partial, diagnostics };
}
