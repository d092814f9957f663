// The validate stage: the schema of each file (with positions), then the cross-file rules and
// legal completeness, then the typed model. Every file is checked even when another is broken;
// the model is given whenever nothing is an error (warnings allowed).
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { WorkspaceModel } from '../model/types.js';
import { boardSchema, indicatorsSchema, meetingSchema, planSchema } from '../model/schema.js';
import type { LoadedWorkspace, SourceFile } from '../workspace/types.js';
import type { z } from 'zod';
import { toBoard, toIndicators, toMeeting, toPlan } from './convert.js';
import { issuesToDiagnostics } from './issues.js';
import { fileStem, RULES, type RuleContext } from './rules.js';

export { normalizeText } from '../model/normalize.js';
export type { Rule, RuleContext } from './rules.js';

export interface Validated {
  /** present when no diagnostic is an error */
  model?: WorkspaceModel;
  diagnostics: Diagnostic[];
}

export function validate(loaded: LoadedWorkspace): Validated {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];

  /**
   * The file's data checked against `schema`. When it does not fit, the diagnostics are
   * reported and what can be salvaged is still returned for the cross-file rules (the result
   * then never becomes the model, because an error was reported).
   */
  function check<S extends z.ZodType>(src: SourceFile | undefined, schema: S): { value?: z.output<S>; ok: boolean } {
    if (!src || src.data === undefined) return { ok: false };
    // jitless: zod's compiled fast path costs more to generate than it saves on one pass (issue 7)
    const result = schema.safeParse(src.data, { jitless: true });
    if (result.success) return { value: result.data, ok: true };
    // one by one: `push(...list)` overflows the stack for a file with 200 000 unknown keys (issue 5)
    for (const d of issuesToDiagnostics(src, schema, result.error.issues)) diagnostics.push(d);
    const value = salvage(schema, src.data, result.error.issues);
    return value === undefined ? { ok: false } : { value, ok: false };
  }

  const ctx: RuleContext = { boards: [], boardIds: [], diagnostics };

  let complete = true;
  const planInput = check(loaded.plan, planSchema);
  complete &&= planInput.ok;
  if (loaded.plan && planInput.value) ctx.plan = { src: loaded.plan, model: toPlan(loaded.plan, planInput.value) };

  for (const src of loaded.boards) {
    const input = check(src, boardSchema);
    complete &&= input.ok;
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

  const meetingInput = check(loaded.meeting, meetingSchema);
  if (loaded.meeting) complete &&= meetingInput.ok;
  if (loaded.meeting && meetingInput.value) {
    ctx.meeting = {
      src: loaded.meeting,
      model: toMeeting(loaded.meeting, meetingInput.value, ctx.boards.map((b) => b.model.id)),
      boardsGiven: meetingInput.value.boards !== undefined,
    };
  }

  const indicatorsInput = check(loaded.indicators, indicatorsSchema);
  if (loaded.indicators) complete &&= indicatorsInput.ok;
  if (loaded.indicators && indicatorsInput.value) {
    ctx.indicators = { src: loaded.indicators, model: toIndicators(loaded.indicators, indicatorsInput.value) };
  }

  for (const rule of RULES) rule(ctx);

  complete &&= ctx.plan !== undefined && ctx.boards.length > 0;
  if (!complete || hasErrors(diagnostics)) return { diagnostics };

  const model: WorkspaceModel = {
    dir: loaded.dir,
    plan: ctx.plan!.model,
    boards: ctx.boards.map((b) => b.model),
    indicators: ctx.indicators?.model ?? [],
  };
  if (ctx.meeting) model.meeting = ctx.meeting.model;
  if (loaded.templatesDir) model.templatesDir = loaded.templatesDir;
  return { model, diagnostics };
}

type Issue = z.core.$ZodIssue;

/**
 * The data with the offending keys removed, if that makes it fit the schema: an unknown key or
 * a wrong optional value must not hide the cross-file problems of the rest of the file. List
 * entries are never removed, so the positions of the remaining ones stay right.
 */
function salvage<S extends z.ZodType>(schema: S, data: unknown, issues: readonly Issue[]): z.output<S> | undefined {
  let current: unknown;
  try {
    current = structuredClone(data);
  } catch {
    return undefined;
  }
  let pending = issues;
  for (let round = 0; round < 3; round++) {
    for (const issue of pending) if (!removeOffending(current, issue)) return undefined;
    const result = schema.safeParse(current);
    if (result.success) return result.data;
    pending = result.error.issues;
  }
  return undefined;
}

function removeOffending(data: unknown, issue: Issue): boolean {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const target = walk(data, path);
    if (!isRecord(target)) return false;
    for (const key of issue.keys) delete target[key];
    return true;
  }
  const last = path[path.length - 1];
  if (last === undefined || typeof last === 'number') return false;
  const parent = walk(data, path.slice(0, -1));
  if (!isRecord(parent) || !Object.hasOwn(parent, String(last))) return false;
  delete parent[String(last)];
  return true;
}

function walk(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && Object.hasOwn(node, String(segment))) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
