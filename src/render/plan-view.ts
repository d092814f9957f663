// The plan as plain data for the templates (SPEC 5). Strings from the inputs stay as written
// here; the templates pass every one of them through an escaping helper (helpers.ts).
import { SECTION_HEADINGS } from '../model/legal.js';
import {
  QUADRANTS,
  REQUIRED_SECTIONS,
  SECTION_IDS,
  SERVICE_TIERS,
  type Board,
  type MergedPlan,
  type PlanState,
  type SectionId,
} from '../model/types.js';
import type { Formatter } from './format.js';
import { fill, type LabelKey } from './labels/index.js';
import type { QuadrantView, SectionView, IndicatorsView, ActionRowView, ApprovalLineView, PlanView, PlanViewResult } from './plan-view-types.js';
import { swotMatrixHtml } from './swot-matrix.js';
import { trendSvg } from './trend.js';

export type * from './plan-view-types.js';

/** board id → display name (the id itself for an unknown board) */
export function boardNames(boards: readonly Board[]): (id: string) => string {
  const names = new Map(boards.map((b) => [b.id, b.name]));
  return (id) => names.get(id) ?? id;
}

export function planTitle(merged: MergedPlan, fmt: Formatter): string {
  const { plan } = merged;
  return plan.title?.trim()
    ? plan.title
    : fill(fmt.labels['plan.defaultTitle'], { start: plan.period.start, end: plan.period.end });
}

export function buildPlanView(merged: MergedPlan, fmt: Formatter, html: boolean): PlanViewResult {
  const { plan } = merged;
  const nameOf = boardNames(merged.boards);
  const themeOf = (id: string | undefined) => (id ? (plan.themes[id] ?? id) : null);
  const fragments: string[] = [];

  const swot: QuadrantView[] = QUADRANTS.map((quadrant) => ({
    quadrant,
    labelKey: `swot.${quadrant}` as const,
    count: merged.swot[quadrant].length,
    items: merged.swot[quadrant].map((item) => ({
      text: item.text,
      boards: item.boards.map(nameOf),
      shared: item.boards.length > 1,
      boardCount: item.boards.length,
      theme: themeOf(item.theme),
      notes: item.notes,
    })),
  }));

  const required = new Set(REQUIRED_SECTIONS[plan.kind]);
  const sections = {} as Record<SectionId, SectionView>;
  for (const id of SECTION_IDS) {
    const text = plan.sections[id];
    const has = text !== undefined && text.trim() !== '';
    sections[id] = {
      id,
      heading: SECTION_HEADINGS[plan.language][id],
      text: has ? text : null,
      show: has || required.has(id),
      showIndicators: id === 'wellbeing_status',
    };
  }

  const { indicators } = indicatorsView(merged, fmt, html, fragments);
  // after the trend lines, so that their indexes are the same as indicatorsView's alone
  const swotMatrix = html ? fragments.push(swotMatrixHtml(swot, fmt.labels)) - 1 : null;

  // an action's `indicator` that names an indicator by its id shows the indicator's title (issue 16)
  const indicatorTitles = new Map(merged.indicators.map((i) => [i.id, i.title]));
  const actionRows: ActionRowView[] = merged.goals.flatMap((goal): ActionRowView[] => {
    const base = { goal: goal.title, theme: themeOf(goal.theme) };
    if (goal.actions.length === 0)
      return [{ ...base, action: null, responsible: null, due: null, indicator: null, resources: null, boards: goal.boards.map(nameOf) }];
    return goal.actions.map((a) => ({
      ...base,
      action: a.text,
      responsible: a.responsible ?? null,
      due: a.due ?? null,
      indicator: a.indicator === undefined ? null : (indicatorTitles.get(a.indicator) ?? a.indicator),
      resources: a.resources ?? null,
      boards: a.boards.map(nameOf),
    }));
  });

  const shared = swot.reduce((n, q) => n + q.items.filter((i) => i.shared).length, 0);
  const vision = plan.vision?.trim() ? plan.vision : null;
  const state: PlanState = plan.state ?? 'draft';
  const stateKey: LabelKey = `page.state.${state}`;
  const date = plan.date ?? null;
  const themes = Object.values(plan.themes);
  const hearings = plan.participation?.hearings ?? [];
  const steering = vision !== null ? 2 : 1;

  const view: PlanView = {
    lang: plan.language,
    html,
    title: planTitle(merged, fmt),
    municipalities: plan.municipalities,
    manyMunicipalities: plan.municipalities.length > 1,
    county: plan.county ?? null,
    period: `${plan.period.start}–${plan.period.end}`,
    kindKey: `plan.kind.${plan.kind}`,
    document: {
      state,
      stateKey,
      date,
      line: documentLine(plan, fmt),
    },
    approvals: approvalLines(merged, fmt),
    legalBasis: {
      approvalKey:
        plan.kind === 'municipality'
          ? 'intro.approval.municipality'
          : plan.kind === 'county'
            ? 'intro.approval.county'
            : plan.county
              ? 'intro.approval.jointCounty'
              : 'intro.approval.joint',
      municipalities: fmt.list(plan.municipalities),
    },
    introduction: plan.introduction ?? null,
    summary: {
      vision,
      priorities: themes.length ? themes : merged.goals.map((g) => g.title),
      goals: merged.goals.length,
      actions: merged.goals.reduce((n, g) => n + g.actions.length, 0),
    },
    vision,
    visionProposals: merged.visions.map((v) => ({ text: v.text, boards: v.boards.map(nameOf) })),
    swot,
    swotMatrix,
    anyShared: shared > 0,
    sections,
    services: plan.services
      ? {
          tiers: SERVICE_TIERS.filter((t) => plan.services![t].length > 0).map((t) => ({
            key: `services.${t}` as const,
            rows: plan.services![t].map((x) => ({
              service: x.service,
              provider: `provider.${x.provider}` as const,
              organisation: x.organisation ?? null,
            })),
          })),
        }
      : null,
    studentWelfare: plan.studentWelfare ?? null,
    participation:
      plan.participation && (plan.participation.text !== undefined || hearings.length > 0)
        ? {
            text: plan.participation.text ?? null,
            hearings: hearings.map((h) => ({
              who: h.who,
              how: h.how,
              when: h.when ?? null,
              count: h.count ?? null,
              changes: h.changes ?? null,
            })),
          }
        : null,
    childImpact: plan.childImpact ?? null,
    chapters: plan.chapters ?? [],
    sources: plan.sources ?? [],
    indicators,
    actionRows,
    anyResources: actionRows.some((r) => r.resources !== null),
    anySteeringName: plan.steeringGroup.some((m) => m.name !== undefined && m.name.trim() !== ''),
    steeringGroup: plan.steeringGroup.map((m) => ({
      role: m.role,
      name: m.name ?? null,
      organisation: m.organisation ?? null,
    })),
    boards: merged.boards.map((b) => ({
      name: b.name,
      municipality: b.municipality ?? null,
      contact: b.contact ? [b.contact.role, b.contact.name].filter(Boolean).join(', ') : null,
    })),
    appendix: { visionProposals: vision !== null ? 1 : null, steering, boards: steering + 1, swot: steering + 2 },
  };
  return { view, fragments };
}

/**
 * "Luonnos 1.12.2026", "Ehdotus", "Hyväksytty": the document's state with its date, the same
 * text on the title block, the printed page's header (issue 14) and the Word header (issue 15).
 */
export function documentLine(plan: MergedPlan['plan'], fmt: Formatter): string {
  const state: PlanState = plan.state === 'proposal' || plan.state === 'approved' ? plan.state : 'draft';
  const label = fmt.labels[`page.state.${state}`];
  return plan.date ? fill(fmt.labels['page.stateDate'], { state: label, date: fmt.date(plan.date) }) : label;
}

/**
 * The title block's lines about the handling of the plan (issue 11 item 6): planned dates
 * ("Käsittely valtuustossa 25.1.2027") until the state is `approved`, then the decisions with
 * the deciding body, date and §. The boards' meeting counts as held once the document's own
 * date is on or after it, or the plan is approved.
 */
export function approvalLines(merged: MergedPlan, fmt: Formatter): ApprovalLineView[] {
  const { plan } = merged;
  const approval = plan.approval;
  if (!approval) return [];
  const approved = plan.state === 'approved';
  const when = (date: string, section?: number) =>
    approved && section !== undefined ? fill(fmt.labels['plan.section'], { date: fmt.date(date), number: section }) : fmt.date(date);
  const lines: ApprovalLineView[] = [];
  if (approval.boards) {
    const held = approved || (plan.date !== undefined && plan.date >= approval.boards);
    lines.push({ key: held ? 'plan.boardsDone' : 'plan.boardsPlanned', body: '', when: fmt.date(approval.boards) });
  }
  const councils = approval.councils ?? [];
  if (councils.length > 0) {
    // one line per council, in the order of the plan: its municipalities, then its county
    const order = [...plan.municipalities, ...(plan.county !== undefined ? [plan.county] : [])];
    const sorted = [...councils].sort((a, b) => order.indexOf(a.by) - order.indexOf(b.by));
    for (const c of sorted) {
      const regional = c.by === plan.county;
      const key: LabelKey = regional
        ? approved ? 'plan.regionalDone' : 'plan.regionalPlanned'
        : approved ? 'plan.councilOfDone' : 'plan.councilOfPlanned';
      lines.push({ key, body: c.by, when: when(c.date, c.section) });
    }
  } else if (approval.council) {
    const key: LabelKey =
      plan.kind === 'county'
        ? approved ? 'plan.regionalDone' : 'plan.regionalPlanned'
        : plan.kind === 'joint'
          ? 'plan.councilsPlanned'
          : approved ? 'plan.councilDone' : 'plan.councilPlanned';
    lines.push({ key, body: '', when: when(approval.council, approval.section) });
  }
  return lines;
}

/**
 * The indicator table; with `html`, the trend lines are pushed to `fragments` (the only HTML
 * fragments of the plan: render/index.ts takes them alone when the Markdown is rendered once).
 */
export function indicatorsView(
  merged: MergedPlan,
  fmt: Formatter,
  html: boolean,
  fragments: string[] = [],
): { indicators: IndicatorsView; fragments: string[] } {
  // The figures known at the plan's date, those of the years before it (a year's statistics come
  // out after it ends): later ones, added to indicators.yaml for the yearly monitoring report
  // (issue 16), must not change a plan that was approved without them
  const dateYear = merged.plan.date === undefined ? undefined : Number(merged.plan.date.slice(0, 4));
  const known = (values: Record<string, number>): Record<string, number> =>
    dateYear === undefined ? values : Object.fromEntries(Object.entries(values).filter(([year]) => Number(year) < dateYear));
  const shown = merged.indicators.map((i) => ({
    ...i,
    values: known(i.values),
    ...(i.comparison ? { comparison: i.comparison.map((c) => ({ ...c, values: known(c.values) })) } : {}),
  }));
  // the comparison regions' years too: a region's figure is never dropped for lack of a column
  const allValues = shown.flatMap((i) => [i.values, ...(i.comparison ?? []).map((c) => c.values)]);
  const years = [...new Set(allValues.flatMap((v) => Object.keys(v)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const cellsOf = (values: Record<string, number>) => years.map((y) => (Object.hasOwn(values, y) ? values[y]! : null));
  const indicators: IndicatorsView = {
    any: shown.length > 0,
    years,
    anyRegion: shown.some((i) => i.region !== undefined || (i.comparison?.length ?? 0) > 0),
    anyTargets: shown.some((i) => i.baseline !== undefined || i.target !== undefined),
    anyDirection: shown.some((i) => i.target !== undefined && i.direction !== undefined),
    rows: shown.map((ind) => {
      const own = Object.keys(ind.values).sort((a, b) => Number(a) - Number(b));
      const values = own.map((y) => ind.values[y]!);
      let trend: number | null = null;
      if (html && values.length >= 2) {
        const first = values[0]!;
        const last = values[values.length - 1]!;
        const direction: LabelKey = last > first ? 'indicators.up' : last < first ? 'indicators.down' : 'indicators.flat';
        const label = fill(fmt.labels['indicators.trendAlt'], {
          title: ind.title,
          direction: fmt.labels[direction],
          firstYear: own[0]!,
          first: fmt.number(first),
          lastYear: own[own.length - 1]!,
          last: fmt.number(last),
        });
        trend = fragments.push(trendSvg({ values, label })) - 1;
      }
      return {
        title: ind.title,
        unit: ind.unit ?? null,
        source: ind.source ?? null,
        region: ind.region ?? null,
        cells: cellsOf(ind.values),
        trend,
        baseline: ind.baseline ?? null,
        target: ind.target ?? null,
        direction: ind.direction ?? null,
        comparison: (ind.comparison ?? []).map((c) => ({ region: c.region, cells: cellsOf(c.values) })),
      };
    }),
  };

  return { indicators, fragments };
}
