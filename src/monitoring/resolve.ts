// Which action of the plan a monitoring entry names (SPEC 2.5, issue 16): the goal by its id,
// the action by its id or else by its text, compared as merge compares texts (SPEC 3), so that
// an entry written from the plan's wording finds the action whatever its case or punctuation.
import { normalizeText } from '../model/normalize.js';
import type { MergedAction, MergedGoal } from '../model/types.js';

export interface Resolved {
  goal: MergedGoal;
  action: MergedAction;
}

/** The goal with this id, or undefined. */
export function findGoal(goals: readonly MergedGoal[], goalId: string): MergedGoal | undefined {
  return goals.find((g) => g.id === goalId);
}

/** The action of `goal` that `ref` names: by id first, then by normalized text. */
export function findAction(goal: MergedGoal, ref: string): MergedAction | undefined {
  const byId = goal.actions.find((a) => a.id !== undefined && a.id === ref);
  if (byId) return byId;
  const norm = normalizeText(ref);
  return goal.actions.find((a) => normalizeText(a.text) === norm);
}

/** The goal and action an entry names, or undefined when either is not in the plan. */
export function resolveEntry(goals: readonly MergedGoal[], entry: { goal: string; action: string }): Resolved | undefined {
  const goal = findGoal(goals, entry.goal);
  if (!goal) return undefined;
  const action = findAction(goal, entry.action);
  return action ? { goal, action } : undefined;
}

/** How an action is named in a monitoring file: its id when it has one, else its text. */
export function actionRef(action: MergedAction): string {
  return action.id ?? action.text;
}
