// The rules of monitoring/<year>.yaml and of the action ids and indicator references it relies on
// (SPEC 2.5, issue 16). Every diagnostic points at the offending value, so that a mistyped goal id
// or action is reported on its own line.
//
// The rules that compare a monitoring file with the plan (unknown goal or action, a year outside
// the period) run only when plan.yaml and every board file passed their schema: the goals and
// actions of a broken board are not known, and comparing with what is left made one typo in a
// board into a dozen false "unknown action" errors in the monitoring files (issue 16).
import path from 'node:path';
import { mergeGoals } from '../merge/index.js';
import { normalizeText } from '../model/normalize.js';
import type { Action, Board, MergedAction, MergedGoal, Monitoring } from '../model/types.js';
import { findAction, findGoal } from '../monitoring/resolve.js';
import { editDistance, suggest } from './did-you-mean.js';
import { list, report } from './rule-kit.js';
import type { Checked, Rule, RuleContext } from './rule-types.js';

/** `monitoring/2027.yaml` holds `year: 2027`: the file name is how the year is found. */
export const monitoringYearRule: Rule = (ctx) => {
  for (const { src, model } of ctx.monitoring) {
    const stem = path.posix.basename(src.rel).replace(/\.ya?ml$/i, '');
    if (!/^\d{4}$/.test(stem) || Number(stem) === model.year) continue;
    report(ctx, src, ['year'], 'value', {
      code: 'year-mismatch',
      id: 'monitoring.yearMismatch',
      args: { year: model.year, file: path.posix.basename(src.rel) },
      hintId: 'monitoring.yearMismatch.hint',
      hintArgs: { year: model.year, stem },
    });
  }
};

/** A year of the plan period only (Child Welfare Act 12 §: the plan is followed up during its period). */
export const monitoringPeriodRule: Rule = (ctx) => {
  if (!ctx.plan || !ctx.planAndBoardsValid) return;
  const { start, end } = ctx.plan.model.period;
  for (const { src, model } of ctx.monitoring) {
    if (model.year >= start && model.year <= end) continue;
    report(ctx, src, ['year'], 'value', {
      code: 'year-outside-period',
      id: 'monitoring.yearOutside',
      args: { year: model.year, start, end },
      hintId: 'monitoring.yearOutside.hint',
    });
  }
};

/**
 * Each entry names a goal by its id and an action of that goal by its id or text; the same action
 * reported twice in one file is an error at the second, naming the first. Without a valid plan
 * only the repeats are checked, by what is written.
 */
export const monitoringEntriesRule: Rule = (ctx) => {
  if (ctx.monitoring.length === 0) return;
  // the goals and actions as merging makes them: the ones a monitoring entry names
  const goals = ctx.plan && ctx.planAndBoardsValid ? mergeGoals({ boards: ctx.boards.map((b) => b.model) }) : undefined;
  for (const file of ctx.monitoring) {
    const seen = new Map<unknown, number>();
    file.model.actions.forEach((entry, i) => {
      let key: unknown = `${entry.goal}\u0000${normalizeText(entry.action)}`;
      if (goals) {
        const goal = findGoal(goals, entry.goal);
        if (!goal) return unknownGoal(ctx, file, i, entry.goal, goals);
        const action = findAction(goal, entry.action);
        if (!action) return unknownAction(ctx, file, i, entry.action, goal);
        key = action;
      }
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, entry.pos.line);
        return;
      }
      report(ctx, file.src, ['actions', i, 'action'], 'value', {
        code: 'duplicate-report',
        id: 'monitoring.duplicate',
        args: { line: first },
        hintId: 'monitoring.duplicate.hint',
      });
    });
  }
};

function unknownGoal(ctx: RuleContext, file: Checked<Monitoring>, i: number, written: string, goals: MergedGoal[]): void {
  const ids = goals.flatMap((g) => (g.id !== undefined ? [g.id] : []));
  // a title written where the id belongs: name the id, or say that the goal has none
  const byTitle = goals.find((g) => normalizeText(g.title) === normalizeText(written));
  const suggestion = byTitle?.id ?? suggest(written, ids);
  report(ctx, file.src, ['actions', i, 'goal'], 'value', {
    code: 'unknown-goal',
    id: 'monitoring.unknownGoal',
    args: { value: written },
    ...(suggestion !== undefined
      ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
      : byTitle
        ? { hintId: 'monitoring.unknownGoal.hint.noId' }
        : ids.length > 0
          ? { hintId: 'monitoring.unknownGoal.hint', hintArgs: { allowed: list(ids) } }
          : { hintId: 'monitoring.unknownGoal.hint.none' }),
  });
}

function unknownAction(ctx: RuleContext, file: Checked<Monitoring>, i: number, written: string, goal: MergedGoal): void {
  const suggestion = closestAction(written, goal.actions);
  report(ctx, file.src, ['actions', i, 'action'], 'value', {
    code: 'unknown-action',
    id: 'monitoring.unknownAction',
    args: { value: written, goal: goal.id ?? goal.title },
    ...(suggestion !== undefined
      ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
      : { hintId: 'monitoring.unknownAction.hint', hintArgs: { allowed: list(goal.actions.map((a) => a.id ?? a.text)) } }),
  });
}

/**
 * The action most likely meant: an id by the usual did-you-mean, else a text a few edits away
 * from what is written (a typo in a long sentence is beyond `suggest`'s distance of two).
 */
export function closestAction(written: string, actions: readonly MergedAction[]): string | undefined {
  const ids = actions.flatMap((a) => (a.id !== undefined ? [a.id] : []));
  const byId = suggest(written, ids);
  if (byId !== undefined) return byId;
  const norm = normalizeText(written);
  let best: { text: string; d: number } | undefined;
  for (const a of actions) {
    const other = normalizeText(a.text);
    const d = editDistance(norm, other);
    if (d <= Math.max(2, Math.floor(Math.min(norm.length, other.length) / 10)) && (!best || d < best.d)) best = { text: a.id ?? a.text, d };
  }
  return best?.text;
}

/**
 * Issue 16: an action's id names one action of its (merged) goal. Two actions of one goal with
 * the same id but different texts, or the same text under two ids, would make a monitoring entry
 * name either; the later one is reported, naming the first (as id-conflict does for SWOT items).
 */
export const actionIdRule: Rule = (ctx) => {
  if (!ctx.boards.some((b) => b.model.goals.some((g) => g.actions.some((a) => a.id !== undefined)))) return;
  // where each action is written, to find the raw actions of each merged goal
  const at = new Map<string, { board: Checked<Board>; g: number; i: number; action: Action }>();
  for (const board of ctx.boards) {
    board.model.goals.forEach((goal, g) =>
      goal.actions.forEach((action, i) => at.set(placeKey(action.pos.file, action.pos.line, action.pos.column), { board, g, i, action })),
    );
  }
  for (const goal of mergeGoals({ boards: ctx.boards.map((b) => b.model) })) {
    const byId = new Map<string, { norm: string; text: string; where: string }>();
    const idByText = new Map<string, { id: string; where: string }>();
    for (const merged of goal.actions) {
      for (const source of merged.sources) {
        const raw = at.get(placeKey(source.file, source.line, source.column));
        if (!raw || raw.action.id === undefined) continue;
        const { action, board, g, i } = raw;
        const id = action.id!;
        const norm = normalizeText(action.text);
        const where = `${board.src.rel}:${action.pos.line}`;
        const sameId = byId.get(id);
        const sameText = idByText.get(norm);
        if (sameId && sameId.norm !== norm) {
          report(ctx, board.src, ['goals', g, 'actions', i, 'id'], 'value', {
            code: 'action-id-conflict',
            id: 'monitoring.actionIdConflict',
            args: { id, text: action.text, otherText: sameId.text, other: sameId.where },
            hintId: 'monitoring.actionIdConflict.hint',
          });
        } else if (sameText && sameText.id !== id) {
          report(ctx, board.src, ['goals', g, 'actions', i, 'id'], 'value', {
            code: 'action-id-conflict',
            id: 'monitoring.actionIdTwice',
            args: { id, otherId: sameText.id, other: sameText.where },
            hintId: 'monitoring.actionIdTwice.hint',
          });
        }
        if (!sameId) byId.set(id, { norm, text: action.text, where });
        if (!sameText) idByText.set(norm, { id, where });
      }
    }
  }
};

function placeKey(file: string, line: number, column: number): string {
  return `${file}\u0000${line}\u0000${column}`;
}

/**
 * An action's `indicator` written as an id — no spaces, and a hyphen, underscore or digit in it
 * (`kts-yksinaisyys`) — refers to indicators.yaml and must be there (issue 16). Anything else,
 * such as the example's "Oppilaita koulukuraattoria kohden", is free text naming the measure; a
 * single plain word that is an indicator's id is a reference too, and is never an error.
 */
export const INDICATOR_REF = /^(?=[A-Za-z0-9_-]*[-_0-9])[A-Za-z0-9_-]+$/;

export const indicatorRefRule: Rule = (ctx) => {
  // a broken indicators.yaml has ids nobody can see: comparing with it would be noise
  if (ctx.indicatorsBroken) return;
  const ids = (ctx.indicators?.model ?? []).map((ind) => ind.id);
  for (const { src, model } of ctx.boards) {
    model.goals.forEach((goal, g) =>
      goal.actions.forEach((action, i) => {
        const value = action.indicator;
        if (value === undefined || !INDICATOR_REF.test(value) || ids.includes(value)) return;
        const suggestion = suggest(value, ids);
        report(ctx, src, ['goals', g, 'actions', i, 'indicator'], 'value', {
          code: 'unknown-indicator',
          id: 'monitoring.unknownIndicator',
          args: { value },
          ...(suggestion !== undefined
            ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
            : ids.length > 0
              ? { hintId: 'monitoring.unknownIndicator.hint', hintArgs: { allowed: list(ids) } }
              : { hintId: 'monitoring.unknownIndicator.hint.none' }),
        });
      }),
    );
  }
};
