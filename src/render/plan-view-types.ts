// The shapes of the plan's view model (plan-view.ts builds it): what the templates see.
import type { PlanState, Quadrant, SectionId } from '../model/types.js';
import type { LabelKey } from './labels/index.js';

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
  /**
   * Shown when its kind requires it (an empty one says so) or when it has text: nothing the
   * user wrote is dropped, even a section the kind does not require (issue 11 item 6).
   */
  show: boolean;
  showIndicators: boolean;
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
  /** SPEC 2.5: `{year, value}` as given */
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  direction: 'up' | 'down' | null;
  /** the comparison regions' rows (issue 11 item 6), cells as in `cells` */
  comparison: { region: string; cells: (number | null)[] }[];
}

export interface IndicatorsView {
  any: boolean;
  years: string[];
  rows: IndicatorRowView[];
  /** a Region column: some indicator names its region or has comparison regions */
  anyRegion: boolean;
  /** Baseline and Target columns: some indicator has one */
  anyTargets: boolean;
  /** the ↑/↓ legend: some target has a direction */
  anyDirection: boolean;
}

export interface ActionRowView {
  goal: string;
  theme: string | null;
  action: string | null;
  responsible: string | null;
  due: string | null;
  indicator: string | null;
  resources: string | null;
  boards: string[];
}

/** A line of the title block about a decision, as a label and its arguments (plain text). */
export interface ApprovalLineView {
  key: LabelKey;
  body: string;
  when: string;
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
  /**
   * The document's state and date (issue 11 item 6), for the title block and for the running
   * header or footer of print (issue 14) and Word (issue 15): `line` is the localized text,
   * e.g. "Luonnos 1.12.2026", "Ehdotus", "Hyväksytty".
   */
  document: { state: PlanState; stateKey: LabelKey; date: string | null; line: string };
  /** the boards' and councils' handling: planned until the plan is approved */
  approvals: ApprovalLineView[];
  /** Child Welfare Act 12 § as amended by 610/2022, and who approves a plan of this kind */
  legalBasis: { approvalKey: LabelKey; municipalities: string };
  introduction: string | null;
  summary: {
    vision: string | null;
    /** the theme labels, or without themes the goal titles */
    priorities: string[];
    goals: number;
    actions: number;
  };
  vision: string | null;
  visionProposals: { text: string; boards: string[] }[];
  swot: QuadrantView[];
  /**
   * The four-field matrix of the HTML (issue 14), the index of its fragment; null in the Markdown
   * view, whose SWOT stays the list form with each item's boards (plan.md and the Word file).
   */
  swotMatrix: number | null;
  anyShared: boolean;
  /** every legal section by id, each with `show` */
  sections: Record<SectionId, SectionView>;
  services: { tiers: { key: LabelKey; rows: { service: string; provider: LabelKey; organisation: string | null }[] }[] } | null;
  studentWelfare: string | null;
  participation: {
    text: string | null;
    hearings: { who: string; how: string; when: string | null; count: number | null; changes: string | null }[];
  } | null;
  childImpact: string | null;
  chapters: { title: string; text: string }[];
  sources: string[];
  indicators: IndicatorsView;
  actionRows: ActionRowView[];
  anyResources: boolean;
  steeringGroup: { role: string; name: string | null; organisation: string | null }[];
  /** a Name column only where some member is named (the example records roles only) */
  anySteeringName: boolean;
  boards: { name: string; municipality: string | null; contact: string | null }[];
  /**
   * appendix numbers: the vision proposals (only when a vision is adopted), steering group,
   * boards, and in the HTML the SWOT items by board, last (issue 14)
   */
  appendix: { visionProposals: number | null; steering: number; boards: number; swot: number };
}

export interface PlanViewResult {
  view: PlanView;
  /** trusted HTML fragments (trend lines) the view refers to by index */
  fragments: string[];
}
