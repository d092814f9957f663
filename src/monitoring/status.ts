// The monitoring part of `lnhs status` (issue 16): for the current year's monitoring file, how
// many of the plan's monitored actions are reported, and which responsible parties still owe a
// report — an action not in the file at all, or still `not_started` with no note. Pure data;
// cli/status-text.ts turns it into words.
//
// "Current year": the latest monitoring year not after the calendar year of `now`, else the first
// one (a plan whose period has not begun yet). Without monitoring files there is nothing to say.
import type { MergedGoal, Monitoring } from '../model/types.js';
import { resolveEntry } from './resolve.js';

export interface MonitoringStatus {
  year: number;
  /** the file as the user named it */
  file: string;
  /** the report's date, null while reporting is under way */
  reported: string | null;
  /** actions of goals with an id: those a monitoring file can name */
  actions: number;
  /** of those, how many the file reports on */
  reportedActions: number;
  /** per responsible party (in plan order): actions not reported, and reported as not started without a note */
  pending: { responsible: string | null; unreported: number; notStarted: number }[];
}

/** The monitoring file `lnhs status` speaks of, as of `now`. */
export function currentMonitoring(monitoring: readonly Monitoring[], now: Date): Monitoring | undefined {
  if (monitoring.length === 0) return undefined;
  const sorted = [...monitoring].sort((a, b) => a.year - b.year);
  const thisYear = now.getFullYear();
  return sorted.filter((m) => m.year <= thisYear).pop() ?? sorted[0];
}

export function monitoringStatus(goals: readonly MergedGoal[], monitoring: readonly Monitoring[], now: Date): MonitoringStatus | null {
  const current = currentMonitoring(monitoring, now);
  if (!current) return null;
  const entries = new Map<object, (typeof current.actions)[number]>();
  for (const entry of current.actions) {
    const resolved = resolveEntry(goals, entry);
    if (resolved && !entries.has(resolved.action)) entries.set(resolved.action, entry);
  }
  const pending = new Map<string | null, { responsible: string | null; unreported: number; notStarted: number }>();
  let actions = 0;
  let reportedActions = 0;
  for (const goal of goals) {
    if (goal.id === undefined) continue;
    for (const action of goal.actions) {
      actions++;
      const entry = entries.get(action);
      if (entry) reportedActions++;
      const unreported = entry === undefined;
      const notStarted = entry !== undefined && entry.status === 'not_started' && (entry.note ?? '').trim() === '';
      if (!unreported && !notStarted) continue;
      const key = action.responsible?.trim() || null;
      const row = pending.get(key) ?? { responsible: key, unreported: 0, notStarted: 0 };
      if (unreported) row.unreported++;
      else row.notStarted++;
      pending.set(key, row);
    }
  }
  return {
    year: current.year,
    file: current.file,
    reported: current.reported ?? null,
    actions,
    reportedActions,
    pending: [...pending.values()],
  };
}
