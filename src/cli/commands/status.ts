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
import type { Diagnostic, Painter } from '../../diagnostics.js';
import { formatSummary, localize, sortDiagnostics, summarize } from '../../diagnostics.js';
import { meetingDate, PLACEHOLDER_PLACE, PLACEHOLDER_START } from '../../model/meeting-placeholders.js';
import { SECTION_HEADINGS } from '../../model/legal.js';
import type { Locale } from '../../messages/index.js';
import { merge } from '../../merge/index.js';
import { QUADRANTS, REQUIRED_SECTIONS, type Board, type MergedPlan, type Quadrant, type SectionId } from '../../model/types.js';
import { validate } from '../../validate/index.js';
import { loadWorkspace } from '../../workspace/load.js';
import type { LoadedWorkspace, SourceFile } from '../../workspace/types.js';

export interface StatusOptions {
  format?: 'text' | 'json';
}

export type QuadrantCounts = Record<Quadrant, number>;

export interface Contact {
  role: string;
  name?: string;
  email?: string;
}

/** The errors of one file: how many, and the first (in file order), in the CLI's language. */
export interface FileErrors {
  file: string;
  count: number;
  first: { line: number; column: number; code: string; message: string };
}

export interface BoardStatus {
  id: string;
  name: string;
  /** ISO date, or null when the board has not submitted */
  submitted: string | null;
  counts: QuadrantCounts;
  visions: number;
  goals: number;
  /** the board's `contact`, so the coordinator knows whom to remind; null when none is given */
  contact: Contact | null;
  /** present when the board's file has errors; its counts are then 0 */
  errors?: FileErrors;
}

export interface StatusReport {
  /** null when plan.yaml is missing or has errors (see `fileErrors`) */
  plan: { title: string | null; kind: string; municipalities: string[]; period: { start: number; end: number } } | null;
  boards: BoardStatus[];
  totals: { boards: number; submitted: number; counts: QuadrantCounts; visions: number; goals: number };
  /** items after merging: equal ids and equal texts count once */
  merged: { counts: QuadrantCounts; total: number };
  /** items raised by more than one board, per quadrant in merge order */
  sharedItems: { quadrant: Quadrant; id?: string; text: string; boards: string[] }[];
  /** required sections (SPEC 4, by plan kind) with no text in plan.yaml */
  missingSections: SectionId[];
  /** null without meeting.yaml; daysUntil < 0 when the meeting was held */
  meeting: { date: string; daysUntil: number } | null;
  /** meeting.yaml's fields that still hold the example values `lnhs init` wrote */
  placeholders: ('date' | 'start' | 'place')[];
  /** plan.yaml, meeting.yaml and indicators.yaml when they have errors (boards: in `boards`) */
  fileErrors: FileErrors[];
  /** every diagnostic of the workspace */
  problems: { errors: number; warnings: number };
}

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
      ? merge({ dir: loaded.dir, plan: partial.plan, boards: good, indicators: partial.indicators, ...(partial.meeting ? { meeting: partial.meeting } : {}) })
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
    ? [context.loaded.plan, context.loaded.meeting, context.loaded.indicators]
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

/** `2026-10-14` → `14.10.2026`, the Finnish way (SPEC 5). */
export function finnishDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

// ---- text -------------------------------------------------------------------------------

const LABELS = {
  en: {
    board: 'Board',
    submitted: 'Submitted',
    notSubmitted: 'not submitted',
    quadrants: 'S W O T',
    visions: 'Visions',
    goals: 'Goals',
    total: 'Total',
    merged: 'Merged items: {total} ({detail})',
    shared: 'Raised by several boards ({count}):',
    sharedNone: 'Raised by several boards: none',
    missing: 'Legal sections without text ({count}):',
    missingNone: 'Legal sections without text: none',
    meeting: 'Joint meeting: {date}, {when}',
    noMeeting: 'Joint meeting: no meeting.yaml',
    today: 'today',
    tomorrow: 'tomorrow',
    inDays: 'in {n} days',
    heldAgo: 'held {n} days ago',
    heldYesterday: 'held yesterday',
    kind: { municipality: 'municipality plan', county: 'county plan', joint: 'joint plan' },
    errors: 'lnhs status: the inputs have problems ({summary}); run `lnhs validate {dir}` to see them.',
    someErrors: 'lnhs status: some inputs have problems ({summary}); run `lnhs validate {dir}` to see them all.',
    hasErrors: 'has errors ({count}): line {line}: {message}',
    fileHasErrors: '{file} has errors ({count}): line {line}: {message}',
    noPlan: 'plan.yaml cannot be read: no title, period or legal sections to show.',
    contacts: 'Contacts:',
    noContact: 'no contact in the file (add `contact:` with `role:` and `email:`)',
    placeholders: 'meeting.yaml still has the example {fields} that lnhs init wrote: check them.',
    and: 'and',
    field: { date: 'date', start: 'start time', place: 'place' },
  },
  fi: {
    board: 'Lautakunta',
    submitted: 'Toimitettu',
    notSubmitted: 'ei toimitettu',
    quadrants: 'V H M U',
    visions: 'Visiot',
    goals: 'Tavoitteet',
    total: 'Yhteensä',
    merged: 'Kohtia yhdistettynä: {total} ({detail})',
    shared: 'Useamman lautakunnan nostamat ({count}):',
    sharedNone: 'Useamman lautakunnan nostamat: ei yhtään',
    missing: 'Lakisääteiset osiot ilman tekstiä ({count}):',
    missingNone: 'Lakisääteiset osiot ilman tekstiä: ei yhtään',
    meeting: 'Yhteinen kokous: {date}, {when}',
    noMeeting: 'Yhteinen kokous: meeting.yaml puuttuu',
    today: 'tänään',
    tomorrow: 'huomenna',
    inDays: '{n} päivän päästä',
    heldAgo: 'pidetty {n} päivää sitten',
    heldYesterday: 'pidetty eilen',
    kind: { municipality: 'kunnan suunnitelma', county: 'hyvinvointialueen suunnitelma', joint: 'yhteinen suunnitelma' },
    errors: 'lnhs status: aineistossa on ongelmia ({summary}); näet ne komennolla `lnhs validate {dir}`.',
    someErrors: 'lnhs status: osassa aineistoa on ongelmia ({summary}); näet ne kaikki komennolla `lnhs validate {dir}`.',
    hasErrors: 'virheitä ({count}): rivi {line}: {message}',
    fileHasErrors: '{file}: virheitä ({count}): rivi {line}: {message}',
    noPlan: 'plan.yaml-tiedostoa ei voi lukea: otsikkoa, kautta tai lakisääteisiä osioita ei voi näyttää.',
    contacts: 'Yhteyshenkilöt:',
    noContact: 'tiedostossa ei ole yhteyshenkilöä (lisää `contact:`, jonka alle `role:` ja `email:`)',
    placeholders: 'meeting.yaml-tiedostossa on yhä lnhs init -komennon mallina kirjoittama {fields}: tarkista ne.',
    and: 'ja',
    field: { date: 'päivämäärä', start: 'alkamisaika', place: 'paikka' },
  },
} as const;

type LabelKey = Exclude<keyof (typeof LABELS)['en'], 'kind' | 'field'>;

function label(locale: Locale, key: LabelKey, args: Record<string, string | number> = {}): string {
  return LABELS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}

/** "in 18 days" / "18 päivän päästä", "today", "held 3 days ago". */
export function relativeDays(days: number, locale: Locale): string {
  if (days === 0) return label(locale, 'today');
  if (days === 1) return label(locale, 'tomorrow');
  if (days === -1) return label(locale, 'heldYesterday');
  return days > 0 ? label(locale, 'inDays', { n: days }) : label(locale, 'heldAgo', { n: -days });
}

const width = (s: string) => [...s].length;
const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

function brief(text: string, max = 72): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return width(one) <= max ? one : [...one].slice(0, max - 1).join('') + '…';
}

export function formatStatusText(report: StatusReport, locale: Locale, paint: Painter): string {
  const L = LABELS[locale];
  const letters = L.quadrants.split(' ');
  const { plan } = report;
  const lines: string[] = [];
  if (plan) {
    lines.push(
      paint.bold(plan.title ?? plan.municipalities.join(', ')) +
        paint.dim(` · ${plan.period.start}–${plan.period.end} · ${L.kind[plan.kind as keyof typeof L.kind] ?? plan.kind}`),
    );
  } else lines.push(paint.yellow(label(locale, 'noPlan')));
  for (const e of report.fileErrors) {
    lines.push(paint.red(label(locale, 'fileHasErrors', { file: e.file, count: e.count, line: e.first.line, message: e.first.message })));
  }
  lines.push('');

  // one row per board, then the totals; numbers right-aligned under their headers
  type Row = { name: string; submitted: string; late: boolean; numbers: number[]; errors?: string };
  const rows: Row[] = report.boards.map((b) => ({
    name: `${b.name} (${b.id})`,
    submitted: b.submitted ? finnishDate(b.submitted) : L.notSubmitted,
    late: !b.submitted,
    numbers: [...QUADRANTS.map((q) => b.counts[q]), b.visions, b.goals],
    ...(b.errors
      ? { errors: label(locale, 'hasErrors', { count: b.errors.count, line: b.errors.first.line, message: brief(b.errors.first.message, 60) }) }
      : {}),
  }));
  const t = report.totals;
  const total: Row = {
    name: L.total,
    submitted: `${t.submitted}/${t.boards}`,
    late: false,
    numbers: [...QUADRANTS.map((q) => t.counts[q]), t.visions, t.goals],
  };
  const headers = [L.board, L.submitted, ...letters, L.visions, L.goals];
  const all = [...rows, total];
  const counted = all.filter((r) => !r.errors);
  const nameW = Math.max(width(headers[0]!), ...all.map((r) => width(r.name)));
  const subW = Math.max(width(headers[1]!), ...counted.map((r) => width(r.submitted)));
  const numW = headers.slice(2).map((h, i) => Math.max(width(h), ...counted.map((r) => String(r.numbers[i]).length)));
  const render = (cells: string[]) => cells.join('  ').trimEnd();
  const tableWidth = [nameW, subW, ...numW].reduce((sum, w) => sum + w, 0) + 2 * (numW.length + 1);

  lines.push(
    paint.bold(render([padEnd(headers[0]!, nameW), padEnd(headers[1]!, subW), ...headers.slice(2).map((h, i) => padStart(h, numW[i]!))])),
  );
  for (const r of all) {
    const isTotal = r === total;
    if (r.errors) {
      lines.push(render([padEnd(r.name, nameW), paint.red(r.errors)]));
      continue;
    }
    const cells = [
      padEnd(r.name, nameW),
      r.late ? paint.yellow(padEnd(r.submitted, subW)) : padEnd(r.submitted, subW),
      ...r.numbers.map((n, i) => padStart(String(n), numW[i]!)),
    ];
    if (isTotal) lines.push(paint.dim('─'.repeat(tableWidth)));
    lines.push(isTotal ? paint.bold(render(cells)) : render(cells));
  }
  lines.push('');

  const detail = QUADRANTS.map((q, i) => `${letters[i]} ${report.merged.counts[q]}`).join(', ');
  lines.push(label(locale, 'merged', { total: report.merged.total, detail }));

  if (report.sharedItems.length === 0) lines.push(label(locale, 'sharedNone'));
  else {
    lines.push(label(locale, 'shared', { count: report.sharedItems.length }));
    for (const item of report.sharedItems) {
      const letter = letters[QUADRANTS.indexOf(item.quadrant)]!;
      lines.push(`  ${paint.dim(letter)}  ${brief(item.text)} ${paint.dim(`— ${item.boards.join(', ')}`)}`);
    }
  }

  if (plan) {
    if (report.missingSections.length === 0) lines.push(label(locale, 'missingNone'));
    else {
      lines.push(paint.yellow(label(locale, 'missing', { count: report.missingSections.length })));
      const idW = report.missingSections.reduce((w, id) => Math.max(w, id.length), 0);
      for (const id of report.missingSections) lines.push(`  ${padEnd(id, idW)}  ${paint.dim(SECTION_HEADINGS[locale][id])}`);
    }
  }

  if (report.meeting) {
    lines.push(label(locale, 'meeting', { date: finnishDate(report.meeting.date), when: relativeDays(report.meeting.daysUntil, locale) }));
  } else lines.push(label(locale, 'noMeeting'));
  if (report.placeholders.length > 0) {
    const names = report.placeholders.map((f) => L.field[f]);
    const fields = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${L.and} ${names[names.length - 1]}`;
    lines.push(paint.yellow(label(locale, 'placeholders', { fields })));
  }

  // whom to remind: every board's contact person (issue 13 item 5)
  if (report.boards.length > 0) {
    lines.push(label(locale, 'contacts'));
    const idW = report.boards.reduce((w, b) => Math.max(w, width(b.id)), 0);
    for (const b of report.boards) {
      const c = b.contact;
      const who = c ? [c.role, c.name, c.email].filter((x): x is string => x !== undefined && x !== '').join(', ') : paint.dim(L.noContact);
      lines.push(`  ${padEnd(b.id, idW)}  ${who}`);
    }
  }
  return lines.join('\n');
}
