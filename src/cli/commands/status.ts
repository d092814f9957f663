// `lnhs status [dir]` (issue 4 item 2): where the preparation stands. Which boards have
// submitted, how many items each wrote per quadrant, vision proposals and goals; the items
// several boards raised; the legal sections still without text; days to the joint meeting.
// The report is plain data (`statusReport`), printed as an aligned table or as JSON.
//
// Issue 13 item 5: one board's typo no longer stops the report for everyone. A file with errors
// shows as "has errors (N)" with the first one, the others as usual; each board's contact is
// shown so that the coordinator can remind them; and meeting data that `init` wrote as an
// example (date, time, place) is pointed out.
import path from 'node:path';
import type { CommandContext } from '../context.js';
import type { Diagnostic } from '../../diagnostics.js';
import { formatSummary, localize, sortDiagnostics, summarize } from '../../diagnostics.js';
import { meetingDate, PLACEHOLDER_PLACE, PLACEHOLDER_START } from '../../model/meeting-placeholders.js';
import type { Locale } from '../../messages/index.js';
import { merge } from '../../merge/index.js';
import { monitoringStatus } from '../../monitoring/status.js';
import { QUADRANTS, REQUIRED_SECTIONS, type Board, type MergedPlan } from '../../model/types.js';
import { validate } from '../../validate/index.js';
import { loadWorkspace } from '../../workspace/load.js';
import type { LoadedWorkspace, SourceFile } from '../../workspace/types.js';

export interface StatusOptions {
  format?: 'text' | 'json';
}

import type { BoardStatus, Contact, FileErrors, QuadrantCounts, StatusReport } from '../status-types.js';
import { formatStatusText, label } from '../status-text.js';

export type { BoardStatus, Contact, FileErrors, QuadrantCounts, StatusReport } from '../status-types.js';
export { finnishDate, formatStatusText, relativeDays } from '../status-text.js';

export async function statusCommand(
  dir: string | undefined,
  options: StatusOptions,
  ctx: CommandContext,
  now: Date = new Date(),
): Promise<number> {
  const shown = dir ?? '.';
  const loaded = await loadWorkspace(ctx.resolve(shown), { label: shown });
  const { model, partial, diagnostics } = validate(loaded);
  const errors = errorsByFile(diagnostics, ctx.locale, ctx.io.cwd);
  // a workspace that cannot be read at all (no folder, no plan.yaml, no boards) has no status
  const fatal = diagnostics.find((d) => d.code === 'no-workspace' || d.code === 'no-plan' || d.code === 'no-boards');
  if (fatal) {
    ctx.err(label(ctx.locale, 'errors', { summary: formatSummary(summarize(diagnostics), ctx.locale), dir: shown }));
    return 1;
  }
  // the boards whose files are fine are merged as usual; the others are shown with their errors
  const good = partial.boards.filter((b) => !errors.has(path.resolve(b.file)));
  const merged = model
    ? merge(model)
    : partial.plan
      ? merge({
          dir: loaded.dir,
          plan: partial.plan,
          boards: good,
          indicators: partial.indicators,
          ...(partial.meeting ? { meeting: partial.meeting } : {}),
          ...(partial.monitoring.length > 0 ? { monitoring: partial.monitoring } : {}),
        })
      : undefined;
  const report = statusReport(merged, now, { loaded, boards: partial.boards, errors, problems: summarize(diagnostics) });
  if (options.format === 'json') ctx.out(JSON.stringify(report, null, 2));
  else ctx.out(formatStatusText(report, ctx.locale, ctx.paint));
  if (report.problems.errors > 0) {
    ctx.err(label(ctx.locale, 'someErrors', { summary: formatSummary(report.problems, ctx.locale), dir: shown }));
    return 1;
  }
  return 0;
}

/** The errors of each file (by absolute path), first one first. */
function errorsByFile(diagnostics: readonly Diagnostic[], locale: Locale, cwd: string): Map<string, FileErrors> {
  const out = new Map<string, FileErrors>();
  for (const raw of sortDiagnostics(diagnostics)) {
    if (raw.severity !== 'error') continue;
    const key = path.resolve(cwd, raw.file);
    const seen = out.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const d = localize(raw, locale);
    const rel = path.relative(cwd, key);
    out.set(key, {
      file: (rel && !rel.startsWith('..') ? rel : key).split(path.sep).join('/'),
      count: 1,
      first: { line: d.line, column: d.column, code: d.code, message: d.message },
    });
  }
  return out;
}

function emptyCounts(): QuadrantCounts {
  return { strengths: 0, weaknesses: 0, opportunities: 0, threats: 0 };
}

interface StatusContext {
  loaded: LoadedWorkspace;
  /** the boards that passed the schema */
  boards: Board[];
  errors: Map<string, FileErrors>;
  problems: { errors: number; warnings: number };
}

export function statusReport(merged: MergedPlan | undefined, now: Date, context?: StatusContext): StatusReport {
  const plan = merged?.plan;
  const modelByFile = new Map((context?.boards ?? merged?.boards ?? []).map((b) => [path.resolve(b.file), b]));
  const sources = context?.loaded.boards ?? [];
  const boardStatus = (b: Board): BoardStatus => {
    const counts = emptyCounts();
    for (const q of QUADRANTS) counts[q] = b.swot[q].length;
    return {
      id: b.id,
      name: b.name,
      submitted: b.submitted ?? null,
      counts,
      visions: b.vision.length,
      goals: b.goals.length,
      contact: b.contact ? { ...b.contact } : null,
    };
  };
  const boards: BoardStatus[] = context
    ? sources.map((src) => {
        const errors = context.errors.get(path.resolve(src.file));
        const model = modelByFile.get(path.resolve(src.file));
        if (model && !errors) return boardStatus(model);
        return { ...salvage(src), ...(errors ? { errors } : {}) };
      })
    : (merged?.boards ?? []).map(boardStatus);
  const totals = { boards: boards.length, submitted: 0, counts: emptyCounts(), visions: 0, goals: 0 };
  for (const b of boards) {
    if (b.submitted) totals.submitted++;
    for (const q of QUADRANTS) totals.counts[q] += b.counts[q];
    totals.visions += b.visions;
    totals.goals += b.goals;
  }
  const mergedCounts = emptyCounts();
  const sharedItems: StatusReport['sharedItems'] = [];
  for (const q of QUADRANTS) {
    mergedCounts[q] = merged?.swot[q].length ?? 0;
    for (const item of merged?.swot[q] ?? []) {
      if (item.boards.length < 2) continue;
      sharedItems.push({ quadrant: q, ...(item.id ? { id: item.id } : {}), text: item.text, boards: [...item.boards] });
    }
  }
  const missingSections = plan ? REQUIRED_SECTIONS[plan.kind].filter((id) => !plan.sections[id]?.trim()) : [];
  const meeting = merged?.meeting;
  const fileErrors = context
    ? [context.loaded.plan, context.loaded.meeting, context.loaded.indicators, ...(context.loaded.monitoring ?? [])]
        .map((src) => (src ? context.errors.get(path.resolve(src.file)) : undefined))
        .filter((e): e is FileErrors => e !== undefined)
    : [];
  return {
    plan: plan ? { title: plan.title ?? null, kind: plan.kind, municipalities: plan.municipalities, period: plan.period } : null,
    boards,
    totals,
    merged: { counts: mergedCounts, total: QUADRANTS.reduce((sum, q) => sum + mergedCounts[q], 0) },
    sharedItems,
    missingSections,
    meeting: meeting ? { date: meeting.date, daysUntil: daysBetween(now, meeting.date) } : null,
    placeholders: meeting && plan ? placeholders(meeting, plan.period) : [],
    fileErrors,
    problems: context?.problems ?? { errors: 0, warnings: 0 },
    monitoring: merged?.monitoring ? monitoringStatus(merged.goals, merged.monitoring, now) : null,
  };
}

/**
 * The example values `lnhs init` writes into meeting.yaml (a date before the period, 17:00, the
 * council hall), still there. The time alone is a common real time, so it counts only beside
 * another example value.
 */
export function placeholders(
  meeting: { date: string; start: string; place: string },
  period: { start: number; end: number },
): ('date' | 'start' | 'place')[] {
  const date = meeting.date === meetingDate({ period });
  const place = meeting.place === PLACEHOLDER_PLACE;
  if (!date && !place) return [];
  return [...(date ? (['date'] as const) : []), ...(meeting.start === PLACEHOLDER_START ? (['start'] as const) : []), ...(place ? (['place'] as const) : [])];
}

/** What can be read of a board file that did not pass the schema: its id, name and contact. */
function salvage(src: SourceFile): BoardStatus {
  const data = (typeof src.data === 'object' && src.data !== null ? src.data : {}) as Record<string, unknown>;
  const board = (typeof data.board === 'object' && data.board !== null ? data.board : {}) as Record<string, unknown>;
  const stem = path.posix.basename(src.rel).replace(/\.ya?ml$/i, '');
  const contact = typeof data.contact === 'object' && data.contact !== null ? (data.contact as Record<string, unknown>) : undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const role = str(contact?.role);
  return {
    id: str(board.id) ?? stem,
    name: str(board.name) ?? stem,
    submitted: null,
    counts: emptyCounts(),
    visions: 0,
    goals: 0,
    contact: role
      ? { role, ...(str(contact?.name) ? { name: str(contact?.name)! } : {}), ...(str(contact?.email) ? { email: str(contact?.email)! } : {}) }
      : null,
  };
}

/** Calendar days from `now`'s local date to `date` (`YYYY-MM-DD`); negative when it has passed. */
export function daysBetween(now: Date, date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - today) / 86_400_000);
}
