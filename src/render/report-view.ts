// The monitoring report (issue 16) as plain data for templates/report.md.hbs: the report model of
// monitoring/report.ts with board names, label keys and, in HTML, the indicators' trend lines.
// Input strings stay as written; the template passes each through an escaping helper.
import type { MergedPlan } from '../model/types.js';
import type { MonitoringReport, ReportAction, ReportIndicator, ReportStatus } from '../monitoring/report.js';
import { REPORT_STATUSES } from '../monitoring/report.js';
import type { Formatter } from './format.js';
import { fill, type LabelKey } from './labels/index.js';
import { boardNames, planTitle } from './plan-view.js';
import { trendSvg } from './trend.js';

export interface ReportActionView {
  goal: string;
  text: string;
  responsible: string | null;
  due: string | null;
  statusKey: LabelKey;
  progress: number | null;
  note: string | null;
  reporter: string | null;
  boards: string[];
}

export interface ReportIndicatorView {
  title: string;
  unit: string | null;
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  directionKey: LabelKey;
  judgementKey: LabelKey;
  /** index of the trend line among the HTML fragments, or null */
  trend: number | null;
}

export interface ReportView {
  lang: string;
  html: boolean;
  title: string;
  /** "Tilanne 31.1.2029": the report's date, on the title block and the printed header */
  stateLine: string;
  municipalities: string[];
  manyMunicipalities: boolean;
  county: string | null;
  period: string;
  year: number;
  summary: {
    statuses: { key: LabelKey; count: number }[];
    total: number;
    goals: { title: string; actions: number; done: number; progress: number | null }[];
  };
  goals: { title: string; theme: string | null; progress: number | null; actions: ReportActionView[] }[];
  overdue: { date: string; rows: ReportActionView[] };
  unreported: ReportActionView[];
  indicators: { any: boolean; rows: ReportIndicatorView[] };
  changes: {
    previousYear: number;
    statusChanged: { action: ReportActionView; fromKey: LabelKey; toKey: LabelKey }[];
    newlyReported: ReportActionView[];
    newlyDone: ReportActionView[];
  } | null;
}

const statusKey = (s: ReportStatus): LabelKey => `status.${s}`;

/** The report's title: "<plan title>: seurantaraportti 2028". */
export function reportTitle(merged: MergedPlan, report: MonitoringReport, fmt: Formatter): string {
  return fill(fmt.labels['report.title'], { plan: planTitle(merged, fmt), year: report.year });
}

/** "Tilanne 31.1.2029", or the year's end with a note that no reporting date was given. */
export function reportStateLine(report: MonitoringReport, fmt: Formatter): string {
  return fill(fmt.labels[report.reported !== null ? 'report.asOf' : 'report.asOfYearEnd'], { date: fmt.date(report.asOf) });
}

export function buildReportView(
  merged: MergedPlan,
  report: MonitoringReport,
  fmt: Formatter,
  html: boolean,
): { view: ReportView; fragments: string[] } {
  const { plan } = merged;
  const nameOf = boardNames(merged.boards);
  const fragments: string[] = [];
  const action = (a: ReportAction): ReportActionView => ({
    goal: a.goalTitle,
    text: a.text,
    responsible: a.responsible,
    due: a.due,
    statusKey: statusKey(a.status),
    // a done action counts as 100 % in its goal's progress, and says so in its own row
    progress: a.progress ?? (a.status === 'done' ? 100 : null),
    note: a.note,
    reporter: a.reporter,
    boards: a.boards.map(nameOf),
  });

  const view: ReportView = {
    lang: plan.language,
    html,
    title: reportTitle(merged, report, fmt),
    stateLine: reportStateLine(report, fmt),
    municipalities: plan.municipalities,
    manyMunicipalities: plan.municipalities.length > 1,
    county: plan.county ?? null,
    period: `${plan.period.start}–${plan.period.end}`,
    year: report.year,
    summary: {
      statuses: REPORT_STATUSES.map((s) => ({ key: statusKey(s), count: report.counts[s] })),
      total: report.total,
      goals: report.goals.map((g) => ({
        title: g.title,
        actions: g.actions.length,
        done: g.actions.filter((a) => a.status === 'done').length,
        progress: g.progress,
      })),
    },
    goals: report.goals.map((g) => ({
      title: g.title,
      theme: g.theme !== null ? (plan.themes[g.theme] ?? g.theme) : null,
      progress: g.progress,
      actions: g.actions.map(action),
    })),
    overdue: { date: fmt.date(report.asOf), rows: report.overdue.map(action) },
    unreported: report.unreported.map(action),
    indicators: {
      any: report.indicators.length > 0,
      rows: report.indicators.map((i) => indicatorView(i, fmt, html, fragments)),
    },
    changes: report.changes && {
      previousYear: report.changes.previousYear,
      statusChanged: report.changes.statusChanged.map((c) => ({ action: action(c.action), fromKey: statusKey(c.from), toKey: statusKey(c.to) })),
      newlyReported: report.changes.newlyReported.map((c) => action(c.action)),
      newlyDone: report.changes.newlyDone.map(action),
    },
  };
  return { view, fragments };
}

/** One indicator's row; with `html`, its trend line (the figures up to the report's year) is pushed to `fragments`. */
function indicatorView(ind: ReportIndicator, fmt: Formatter, html: boolean, fragments: string[]): ReportIndicatorView {
  let trend: number | null = null;
  if (html && ind.values.length >= 2) {
    const first = ind.values[0]!;
    const last = ind.values[ind.values.length - 1]!;
    const direction: LabelKey = last.value > first.value ? 'indicators.up' : last.value < first.value ? 'indicators.down' : 'indicators.flat';
    const label = fill(fmt.labels['indicators.trendAlt'], {
      title: ind.title,
      direction: fmt.labels[direction],
      firstYear: String(first.year),
      first: fmt.number(first.value),
      lastYear: String(last.year),
      last: fmt.number(last.value),
    });
    trend = fragments.push(trendSvg({ values: ind.values.map((v) => v.value), label })) - 1;
  }
  return {
    title: ind.title,
    unit: ind.unit,
    baseline: ind.baseline,
    latest: ind.latest,
    target: ind.target,
    directionKey: ind.direction === 'up' ? 'direction.up' : ind.direction === 'down' ? 'direction.down' : 'direction.none',
    judgementKey: `judgement.${ind.judgement}`,
    trend,
  };
}
