// `lnhs status [dir]` (issue 4 item 2): where the preparation stands. Which boards have
// submitted, how many items each wrote per quadrant, vision proposals and goals; the items
// several boards raised; the legal sections still without text; days to the joint meeting.
// The report is plain data (`statusReport`), printed as an aligned table or as JSON.
import type { CommandContext } from '../context.js';
import type { Painter } from '../../diagnostics.js';
import { formatSummary, hasErrors, summarize } from '../../diagnostics.js';
import { SECTION_HEADINGS } from '../../model/legal.js';
import type { Locale } from '../../messages/index.js';
import { QUADRANTS, REQUIRED_SECTIONS, type MergedPlan, type Quadrant, type SectionId } from '../../model/types.js';
import { prepareWorkspace } from '../../pipeline.js';

export interface StatusOptions {
  format?: 'text' | 'json';
}

export type QuadrantCounts = Record<Quadrant, number>;

export interface BoardStatus {
  id: string;
  name: string;
  /** ISO date, or null when the board has not submitted */
  submitted: string | null;
  counts: QuadrantCounts;
  visions: number;
  goals: number;
}

export interface StatusReport {
  plan: { title: string | null; kind: string; municipalities: string[]; period: { start: number; end: number } };
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
}

export async function statusCommand(
  dir: string | undefined,
  options: StatusOptions,
  ctx: CommandContext,
  now: Date = new Date(),
): Promise<number> {
  const shown = dir ?? '.';
  const prepared = await prepareWorkspace(ctx.resolve(shown), { label: shown });
  if (hasErrors(prepared.diagnostics) || !prepared.merged) {
    ctx.err(label(ctx.locale, 'errors', { summary: formatSummary(summarize(prepared.diagnostics), ctx.locale), dir: shown }));
    return 1;
  }
  const report = statusReport(prepared.merged, now);
  if (options.format === 'json') ctx.out(JSON.stringify(report, null, 2));
  else ctx.out(formatStatusText(report, ctx.locale, ctx.paint));
  return 0;
}

function emptyCounts(): QuadrantCounts {
  return { strengths: 0, weaknesses: 0, opportunities: 0, threats: 0 };
}

export function statusReport(merged: MergedPlan, now: Date): StatusReport {
  const { plan } = merged;
  const boards: BoardStatus[] = merged.boards.map((b) => {
    const counts = emptyCounts();
    for (const q of QUADRANTS) counts[q] = b.swot[q].length;
    return { id: b.id, name: b.name, submitted: b.submitted ?? null, counts, visions: b.vision.length, goals: b.goals.length };
  });
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
    mergedCounts[q] = merged.swot[q].length;
    for (const item of merged.swot[q]) {
      if (item.boards.length < 2) continue;
      sharedItems.push({ quadrant: q, ...(item.id ? { id: item.id } : {}), text: item.text, boards: [...item.boards] });
    }
  }
  const missingSections = REQUIRED_SECTIONS[plan.kind].filter((id) => !plan.sections[id]?.trim());
  return {
    plan: { title: plan.title ?? null, kind: plan.kind, municipalities: plan.municipalities, period: plan.period },
    boards,
    totals,
    merged: { counts: mergedCounts, total: QUADRANTS.reduce((sum, q) => sum + mergedCounts[q], 0) },
    sharedItems,
    missingSections,
    meeting: merged.meeting ? { date: merged.meeting.date, daysUntil: daysBetween(now, merged.meeting.date) } : null,
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
  },
} as const;

type LabelKey = Exclude<keyof (typeof LABELS)['en'], 'kind'>;

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
  lines.push(
    paint.bold(plan.title ?? plan.municipalities.join(', ')) +
      paint.dim(` · ${plan.period.start}–${plan.period.end} · ${L.kind[plan.kind as keyof typeof L.kind] ?? plan.kind}`),
  );
  lines.push('');

  // one row per board, then the totals; numbers right-aligned under their headers
  type Row = { name: string; submitted: string; late: boolean; numbers: number[] };
  const rows: Row[] = report.boards.map((b) => ({
    name: `${b.name} (${b.id})`,
    submitted: b.submitted ? finnishDate(b.submitted) : L.notSubmitted,
    late: !b.submitted,
    numbers: [...QUADRANTS.map((q) => b.counts[q]), b.visions, b.goals],
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
  const nameW = Math.max(width(headers[0]!), ...all.map((r) => width(r.name)));
  const subW = Math.max(width(headers[1]!), ...all.map((r) => width(r.submitted)));
  const numW = headers.slice(2).map((h, i) => Math.max(width(h), ...all.map((r) => String(r.numbers[i]).length)));
  const render = (cells: string[]) => cells.join('  ').trimEnd();
  const tableWidth = [nameW, subW, ...numW].reduce((sum, w) => sum + w, 0) + 2 * (numW.length + 1);

  lines.push(
    paint.bold(render([padEnd(headers[0]!, nameW), padEnd(headers[1]!, subW), ...headers.slice(2).map((h, i) => padStart(h, numW[i]!))])),
  );
  for (const r of all) {
    const isTotal = r === total;
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

  if (report.missingSections.length === 0) lines.push(label(locale, 'missingNone'));
  else {
    lines.push(paint.yellow(label(locale, 'missing', { count: report.missingSections.length })));
    const idW = report.missingSections.reduce((w, id) => Math.max(w, id.length), 0);
    for (const id of report.missingSections) lines.push(`  ${padEnd(id, idW)}  ${paint.dim(SECTION_HEADINGS[locale][id])}`);
  }

  if (report.meeting) {
    lines.push(label(locale, 'meeting', { date: finnishDate(report.meeting.date), when: relativeDays(report.meeting.daysUntil, locale) }));
  } else lines.push(label(locale, 'noMeeting'));
  return lines.join('\n');
}
