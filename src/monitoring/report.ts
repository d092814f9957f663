// The yearly monitoring report as plain data (SPEC 2.5, issue 16 item 2): from the merged plan
// and one year's monitoring file, what the council is told. Child Welfare Act 12 § requires that
// the plan's implementation be monitored; this is the part that counts, compares and judges.
// No words here (render/report-view.ts turns this into text) and no clock: "overdue" is judged at
// the report's own date, so the same inputs give the same report on any day.
import { ACTION_STATUSES, type ActionStatus, type Monitoring, type MonitoringEntry } from '../model/monitoring-types.js';
import type { Indicator, MergedAction, MergedPlan, YearValue } from '../model/types.js';
import { resolveEntry } from './resolve.js';

/** An action's status in a year; `unreported` when that year's file does not name it. */
export type ReportStatus = ActionStatus | 'unreported';
export const REPORT_STATUSES: readonly ReportStatus[] = [...ACTION_STATUSES, 'unreported'];

export interface ReportAction {
  goalId: string | null;
  goalTitle: string;
  text: string;
  responsible: string | null;
  /** as written: a year or an ISO date */
  due: string | null;
  status: ReportStatus;
  /** 0–100 as reported, or null */
  progress: number | null;
  note: string | null;
  /** the role that reported */
  reporter: string | null;
  /** the boards that proposed the action (board ids, board order): its reporting boards */
  boards: string[];
  /** the due date passed at the report's date and the action is neither done nor dropped */
  overdue: boolean;
}

export interface ReportGoal {
  id: string | null;
  title: string;
  theme: string | null;
  actions: ReportAction[];
  /** the goal's progress 0–100 (see goalProgress), null when no action counts */
  progress: number | null;
}

/** How an indicator's latest figure stands against its baseline and target. */
export type IndicatorJudgement =
  /** the latest figure meets the target */
  | 'reached'
  /** it moved in the intended direction from the reference figure */
  | 'better'
  | 'worse'
  | 'unchanged'
  /** no figure after the reference figure (or none at all) */
  | 'noData'
  /** no intended direction in indicators.yaml */
  | 'noDirection';

export interface ReportIndicator {
  id: string;
  title: string;
  unit: string | null;
  source: string | null;
  /** the figures up to the report's year, in year order */
  values: YearValue[];
  latest: YearValue | null;
  baseline: YearValue | null;
  target: YearValue | null;
  direction: 'up' | 'down' | null;
  /** what the latest figure is compared with: the baseline, or without one the first figure */
  reference: YearValue | null;
  judgement: IndicatorJudgement;
}

export interface StatusChange {
  action: ReportAction;
  from: ReportStatus;
  to: ReportStatus;
}

export interface ReportChanges {
  previousYear: number;
  /** reported both years, with a different status */
  statusChanged: StatusChange[];
  /** not in the previous year's file, in this one */
  newlyReported: StatusChange[];
  /** done now, not done the previous year */
  newlyDone: ReportAction[];
}

export interface MonitoringReport {
  year: number;
  /** the report's date as written in the file, or null */
  reported: string | null;
  /** the date the report speaks of: `reported`, or 31.12. of its year */
  asOf: string;
  file: string;
  /** actions of the plan by status; `unreported` for those the file does not name */
  counts: Record<ReportStatus, number>;
  total: number;
  goals: ReportGoal[];
  overdue: ReportAction[];
  unreported: ReportAction[];
  indicators: ReportIndicator[];
  /** against the latest earlier monitoring file, or null when there is none */
  changes: ReportChanges | null;
  /** entries that name no action of the plan (validation reports them; the report leaves them out) */
  ignored: number;
}

/** The monitoring file of `year`, if there is one. */
export function monitoringOf(merged: MergedPlan, year: number): Monitoring | undefined {
  return merged.monitoring?.find((m) => m.year === year);
}

/** The latest monitoring year (the report's default), or undefined without monitoring files. */
export function latestMonitoringYear(merged: MergedPlan): number | undefined {
  let latest: number | undefined;
  for (const m of merged.monitoring ?? []) if (latest === undefined || m.year > latest) latest = m.year;
  return latest;
}

/** The last day a `due` value allows: a year YYYY means 31.12.YYYY (issue 16); null when unreadable. */
export function dueDate(due: string): string | null {
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  return null;
}

/**
 * A goal's progress: the mean over its actions, where an action counts its reported `progress`,
 * a done action 100 and any other action without a figure (not reported too) 0; dropped actions
 * are left out. Rounded to a whole percent; null when no action counts.
 */
export function goalProgress(actions: readonly Pick<ReportAction, 'status' | 'progress'>[]): number | null {
  let sum = 0;
  let n = 0;
  for (const a of actions) {
    if (a.status === 'dropped') continue;
    sum += a.status === 'done' ? 100 : (a.progress ?? 0);
    n++;
  }
  return n === 0 ? null : Math.round(sum / n);
}

/** Each action of the plan with the entry of `monitoring` that names it (the first, if twice). */
function entriesByAction(merged: MergedPlan, monitoring: Monitoring): { byAction: Map<MergedAction, MonitoringEntry>; ignored: number } {
  const byAction = new Map<MergedAction, MonitoringEntry>();
  let ignored = 0;
  for (const entry of monitoring.actions) {
    const resolved = resolveEntry(merged.goals, entry);
    if (!resolved) {
      ignored++;
      continue;
    }
    if (!byAction.has(resolved.action)) byAction.set(resolved.action, entry);
  }
  return { byAction, ignored };
}

export function buildReport(merged: MergedPlan, year: number): MonitoringReport | undefined {
  const monitoring = monitoringOf(merged, year);
  if (!monitoring) return undefined;
  const asOf = monitoring.reported ?? `${year}-12-31`;
  const { byAction, ignored } = entriesByAction(merged, monitoring);

  // the latest file before this one: usually last year's, but a year may have been skipped
  const previous = (merged.monitoring ?? []).filter((m) => m.year < year).sort((a, b) => b.year - a.year)[0];
  const before = previous ? entriesByAction(merged, previous).byAction : undefined;

  const counts = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>;
  const goals: ReportGoal[] = [];
  const all: { action: ReportAction; source: MergedAction }[] = [];
  for (const goal of merged.goals) {
    const actions = goal.actions.map((a): ReportAction => {
      const entry = byAction.get(a);
      const status: ReportStatus = entry?.status ?? 'unreported';
      const due = a.due !== undefined ? dueDate(a.due) : null;
      const view: ReportAction = {
        goalId: goal.id ?? null,
        goalTitle: goal.title,
        text: a.text,
        responsible: a.responsible ?? null,
        due: a.due ?? null,
        status,
        progress: entry?.progress ?? null,
        note: entry?.note ?? null,
        reporter: entry?.reporter ?? null,
        boards: a.boards,
        // a due date passed before the report's date: 31.12.2028 is not passed on 31.12.2028
        overdue: due !== null && due < asOf && status !== 'done' && status !== 'dropped',
      };
      counts[status]++;
      all.push({ action: view, source: a });
      return view;
    });
    goals.push({ id: goal.id ?? null, title: goal.title, theme: goal.theme ?? null, actions, progress: goalProgress(actions) });
  }

  let changes: ReportChanges | null = null;
  if (previous && before) {
    const statusChanged: StatusChange[] = [];
    const newlyReported: StatusChange[] = [];
    const newlyDone: ReportAction[] = [];
    for (const { action, source } of all) {
      const from: ReportStatus = before.get(source)?.status ?? 'unreported';
      const to = action.status;
      if (from === 'unreported' && to !== 'unreported') newlyReported.push({ action, from, to });
      else if (from !== 'unreported' && to !== 'unreported' && from !== to) statusChanged.push({ action, from, to });
      if (to === 'done' && from !== 'done') newlyDone.push(action);
    }
    changes = { previousYear: previous.year, statusChanged, newlyReported, newlyDone };
  }

  return {
    year,
    reported: monitoring.reported ?? null,
    asOf,
    file: monitoring.file,
    counts,
    total: all.length,
    goals,
    overdue: all.map((x) => x.action).filter((a) => a.overdue),
    unreported: all.map((x) => x.action).filter((a) => a.status === 'unreported'),
    indicators: merged.indicators.map((i) => reportIndicator(i, year)),
    changes,
    ignored,
  };
}

/**
 * An indicator as the report of `year` sees it: only the figures of that year and before, so that
 * a report regenerated after indicators.yaml gained newer figures still says what it said.
 */
export function reportIndicator(indicator: Indicator, year: number): ReportIndicator {
  const values = Object.keys(indicator.values)
    .filter((y) => Number(y) <= year)
    .sort((a, b) => Number(a) - Number(b))
    .map((y) => ({ year: Number(y), value: indicator.values[y]! }));
  const latest = values.length > 0 ? values[values.length - 1]! : null;
  const baseline = indicator.baseline ?? null;
  const target = indicator.target ?? null;
  const direction = indicator.direction ?? null;
  const reference = baseline ?? values[0] ?? null;
  return {
    id: indicator.id,
    title: indicator.title,
    unit: indicator.unit ?? null,
    source: indicator.source ?? null,
    values,
    latest,
    baseline,
    target,
    direction,
    reference,
    judgement: judge(latest, reference, target, direction),
  };
}

function judge(
  latest: YearValue | null,
  reference: YearValue | null,
  target: YearValue | null,
  direction: 'up' | 'down' | null,
): IndicatorJudgement {
  if (direction === null) return 'noDirection';
  if (latest === null) return 'noData';
  const sign = direction === 'up' ? 1 : -1;
  if (target !== null && sign * (latest.value - target.value) >= 0) return 'reached';
  if (reference === null || latest.year <= reference.year) return 'noData';
  const moved = sign * (latest.value - reference.value);
  return moved > 0 ? 'better' : moved < 0 ? 'worse' : 'unchanged';
}
