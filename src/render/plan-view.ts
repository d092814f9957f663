// The plan as plain data for the templates (SPEC 5). Strings from the inputs stay as written
// here; the templates pass every one of them through an escaping helper (helpers.ts).
import { SECTION_HEADINGS } from '../model/legal.js';
import {
  QUADRANTS,
  REQUIRED_SECTIONS,
  type Board,
  type MergedPlan,
  type Quadrant,
  type SectionId,
} from '../model/types.js';
import type { Formatter } from './format.js';
import { fill, type LabelKey } from './labels/index.js';
import { trendSvg } from './trend.js';

export interface SwotItemView {
  text: string;
  /** board names, in board order */
  boards: string[];
  shared: boolean;
  boardCount: number;
  /** the theme's label */
  theme: string | null;
  notes: string[];
}

export interface QuadrantView {
  quadrant: Quadrant;
  labelKey: LabelKey;
  count: number;
  items: SwotItemView[];
}

export interface SectionView {
  id: SectionId;
  heading: string;
  /** Markdown prose, or null when the plan has none yet */
  text: string | null;
  showIndicators: boolean;
  showActions: boolean;
}

export interface IndicatorRowView {
  title: string;
  unit: string | null;
  source: string | null;
  region: string | null;
  /** one per year of `IndicatorsView.years`; null where the indicator has no value */
  cells: (number | null)[];
  /** index of the trend line among the HTML fragments, or null */
  trend: number | null;
}

export interface IndicatorsView {
  any: boolean;
  years: string[];
  rows: IndicatorRowView[];
}

export interface ActionRowView {
  goal: string;
  theme: string | null;
  action: string | null;
  responsible: string | null;
  due: string | null;
  indicator: string | null;
  boards: string[];
}

export interface PlanView {
  lang: string;
  /** rendering for HTML: trend lines are included */
  html: boolean;
  title: string;
  municipalities: string[];
  manyMunicipalities: boolean;
  county: string | null;
  period: string;
  kindKey: LabelKey;
  approval: { council: string | null; boards: string | null };
  summary: {
    boards: number;
    submitted: number;
    swotTotal: number;
    quadrants: { labelKey: LabelKey; count: number }[];
    shared: number;
    goals: number;
    actions: number;
    visionAdopted: boolean;
    visionProposals: number;
    sectionsWritten: number;
    sectionsRequired: number;
  };
  vision: string | null;
  visionProposals: { text: string; boards: string[] }[];
  swot: QuadrantView[];
  anyShared: boolean;
  sections: SectionView[];
  indicators: IndicatorsView;
  actionRows: ActionRowView[];
  steeringGroup: { role: string; name: string | null; organisation: string | null }[];
  boards: { name: string; municipality: string | null; contact: string | null; submitted: string | null }[];
}

export interface PlanViewResult {
  view: PlanView;
  /** trusted HTML fragments (trend lines) the view refers to by index */
  fragments: string[];
}

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

  const required = REQUIRED_SECTIONS[plan.kind];
  const sections: SectionView[] = required.map((id) => {
    const text = plan.sections[id];
    return {
      id,
      heading: SECTION_HEADINGS[plan.language][id],
      text: text && text.trim() ? text : null,
      showIndicators: id === 'wellbeing_status',
      showActions: id === 'implementation',
    };
  });

  const { indicators } = indicatorsView(merged, fmt, html, fragments);

  const actionRows: ActionRowView[] = merged.goals.flatMap((goal): ActionRowView[] => {
    const base = { goal: goal.title, theme: themeOf(goal.theme) };
    if (goal.actions.length === 0)
      return [{ ...base, action: null, responsible: null, due: null, indicator: null, boards: goal.boards.map(nameOf) }];
    return goal.actions.map((a) => ({
      ...base,
      action: a.text,
      responsible: a.responsible ?? null,
      due: a.due ?? null,
      indicator: a.indicator ?? null,
      boards: a.boards.map(nameOf),
    }));
  });

  const swotTotal = swot.reduce((n, q) => n + q.count, 0);
  const shared = swot.reduce((n, q) => n + q.items.filter((i) => i.shared).length, 0);
  const vision = plan.vision?.trim() ? plan.vision : null;

  const view: PlanView = {
    lang: plan.language,
    html,
    title: planTitle(merged, fmt),
    municipalities: plan.municipalities,
    manyMunicipalities: plan.municipalities.length > 1,
    county: plan.county ?? null,
    period: `${plan.period.start}–${plan.period.end}`,
    kindKey: `plan.kind.${plan.kind}`,
    approval: { council: plan.approval?.council ?? null, boards: plan.approval?.boards ?? null },
    summary: {
      boards: merged.boards.length,
      submitted: merged.boards.filter((b) => b.submitted).length,
      swotTotal,
      quadrants: swot.map((q) => ({ labelKey: q.labelKey, count: q.count })),
      shared,
      goals: merged.goals.length,
      actions: merged.goals.reduce((n, g) => n + g.actions.length, 0),
      visionAdopted: vision !== null,
      visionProposals: merged.visions.length,
      sectionsWritten: sections.filter((s) => s.text !== null).length,
      sectionsRequired: sections.length,
    },
    vision,
    visionProposals: merged.visions.map((v) => ({ text: v.text, boards: v.boards.map(nameOf) })),
    swot,
    anyShared: shared > 0,
    sections,
    indicators,
    actionRows,
    steeringGroup: plan.steeringGroup.map((m) => ({
      role: m.role,
      name: m.name ?? null,
      organisation: m.organisation ?? null,
    })),
    boards: merged.boards.map((b) => ({
      name: b.name,
      municipality: b.municipality ?? null,
      contact: b.contact ? [b.contact.role, b.contact.name].filter(Boolean).join(', ') : null,
      submitted: b.submitted ?? null,
    })),
  };
  return { view, fragments };
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
  const years = [...new Set(merged.indicators.flatMap((i) => Object.keys(i.values)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const indicators: IndicatorsView = {
    any: merged.indicators.length > 0,
    years,
    rows: merged.indicators.map((ind) => {
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
        cells: years.map((y) => (Object.hasOwn(ind.values, y) ? ind.values[y]! : null)),
        trend,
      };
    }),
  };

  return { indicators, fragments };
}
