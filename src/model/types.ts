// The plain data that passes between the pipeline stages (load → validate → merge → render → write).
// Nothing here touches the disk or the process; every stage takes these shapes and returns them.

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export type PlanKind = 'municipality' | 'county' | 'joint';
export const PLAN_KINDS: readonly PlanKind[] = ['municipality', 'county', 'joint'];

/** The four SWOT quadrants, in the order they are shown. */
export type Quadrant = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';
export const QUADRANTS: readonly Quadrant[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

/** Legal sections of the plan, Child Welfare Act 417/2007, 12 § (SPEC 4), in document order. */
export type SectionId =
  | 'wellbeing_status'
  | 'prevention'
  | 'child_welfare_need'
  | 'child_welfare_resources'
  | 'child_welfare_services'
  | 'cooperation'
  | 'implementation';

export const SECTION_IDS: readonly SectionId[] = [
  'wellbeing_status',
  'prevention',
  'child_welfare_need',
  'child_welfare_resources',
  'child_welfare_services',
  'cooperation',
  'implementation',
];

/**
 * Which sections each plan kind must contain (SPEC 4). The three child-welfare sections are
 * required where the plan is made by or together with the organiser of child welfare, which
 * since 2023 is the wellbeing services county.
 */
export const REQUIRED_SECTIONS: Record<PlanKind, readonly SectionId[]> = {
  municipality: ['wellbeing_status', 'prevention', 'cooperation', 'implementation'],
  county: SECTION_IDS,
  joint: SECTION_IDS,
};

/** A place in an input file; line and column are 1-based. */
export interface Pos {
  file: string;
  line: number;
  column: number;
}

/** ISO calendar date, `YYYY-MM-DD`, checked to be a real date by validation. */
export type IsoDate = string;

export interface SteeringMember {
  role: string;
  name?: string;
  organisation?: string;
}

export interface Plan {
  /** Explicit title; when absent the renderer builds the localized default. */
  title?: string;
  kind: PlanKind;
  municipalities: string[];
  county?: string;
  period: { start: number; end: number };
  language: Lang;
  steeringGroup: SteeringMember[];
  vision?: string;
  /** theme id → label, in file order */
  themes: Record<string, string>;
  /** section id → Markdown text (only sections that have text) */
  sections: Partial<Record<SectionId, string>>;
  /** the document's state (issue 11 item 6); `draft` by default */
  state: PlanState;
  /** the document's date */
  date?: IsoDate;
  approval?: Approval;
  /** the plan's own introduction (the legal basis is written by the renderer) */
  introduction?: string;
  participation?: { text?: string; hearings: Hearing[] };
  childImpact?: string;
  services?: Record<ServiceTier, Service[]>;
  studentWelfare?: string;
  chapters: { title: string; text: string }[];
  sources: string[];
  file: string;
}

export type PlanState = 'draft' | 'proposal' | 'approved';
export const PLAN_STATES: readonly PlanState[] = ['draft', 'proposal', 'approved'];

/** A council's handling of the plan: planned until the plan is approved, then with its §. */
export interface CouncilDecision {
  /** a municipality of the plan, or its county */
  by: string;
  date: IsoDate;
  section?: number;
  pos: Pos;
}

export interface Approval {
  boards?: IsoDate;
  /** the council of a municipality's or a county's plan */
  council?: IsoDate;
  section?: number;
  /** a joint plan: each municipality's council and the county's regional council */
  councils: CouncilDecision[];
}

/** One hearing of children and young people (issue 11 item 6: who, how, when, how many, what changed). */
export interface Hearing {
  who: string;
  how: string;
  when?: string;
  count?: number;
  changes?: string;
}

/** The three tiers of support, in the order a plan presents them. */
export type ServiceTier = 'universal' | 'early_support' | 'intensive';
export const SERVICE_TIERS: readonly ServiceTier[] = ['universal', 'early_support', 'intensive'];
export type Provider = 'municipality' | 'county' | 'ngo' | 'parish' | 'other';

export interface Service {
  service: string;
  provider: Provider;
  organisation?: string;
}

export interface SwotItem {
  text: string;
  id?: string;
  theme?: string;
  note?: string;
  pos: Pos;
}

export interface Action {
  /** optional stable id, by which monitoring/<year>.yaml names the action (issue 16) */
  id?: string;
  text: string;
  responsible?: string;
  /** a year (`"2027"`) or an ISO date */
  due?: string;
  indicator?: string;
  resources?: string;
  pos: Pos;
}

export interface Goal {
  id?: string;
  title: string;
  theme?: string;
  actions: Action[];
  pos: Pos;
}

export interface VisionText {
  text: string;
  pos: Pos;
}

export interface Board {
  id: string;
  name: string;
  municipality?: string;
  contact?: { role: string; name?: string; email?: string };
  /** missing = the board has not submitted yet */
  submitted?: IsoDate;
  swot: Record<Quadrant, SwotItem[]>;
  vision: VisionText[];
  goals: Goal[];
  file: string;
}

/** Valmistelija / lisätiedot: as written, a text or a title with a name and contacts. */
export type Preparer = string | { title: string; name?: string; phone?: string; email?: string };

export interface Attachment {
  title: string;
  file?: string;
}

export interface MeetingItem {
  title: string;
  dno?: string;
  preparer?: Preparer;
  /** one presenter for every handling board, instead of each board's own (`Meeting.presenters`) */
  presenter?: string;
  description?: string;
  proposal?: string;
  attachments: Attachment[];
  /** only prepares or implements: not appealable (Kuntalaki 410/2015 136 §) */
  preparatory: boolean;
  /** board ids that handle this item; default all attending boards */
  boards?: string[];
  duration?: number;
  pos: Pos;
}

/** The tool's own agenda items, which meeting.yaml can add to or override (`standard_items`). */
export const STANDARD_ITEMS = ['opening', 'minutes', 'order', 'swot', 'vision', 'plan', 'closing'] as const;
export type StandardItemKey = (typeof STANDARD_ITEMS)[number];

export interface StandardItem {
  dno?: string;
  preparer?: Preparer;
  description?: string;
  proposal?: string;
  attachments: Attachment[];
}

/** Where a board's decisions can be asked to be reviewed (oikaisuvaatimus, Kuntalaki 134 §). */
export interface ReviewAuthority {
  authority?: string;
  address: string;
  email?: string;
}

export interface Meeting {
  title?: string;
  date: IsoDate;
  /** "HH:MM" */
  start: string;
  end?: string;
  place: string;
  /** attending board ids, in order; defaults to all boards */
  boards: string[];
  /** board id → first § number of this meeting */
  sections: Record<string, number>;
  /** board id → the board's presenter (an official, Kuntalaki 90 §) */
  presenters: Record<string, string>;
  /** board id → the authority that receives a request for a review */
  review: Record<string, ReviewAuthority>;
  /** the day the minutes go online (Kuntalaki 140 §) */
  minutesOnline?: IsoDate;
  chair?: string;
  secretary?: string;
  standardItems: Partial<Record<StandardItemKey, StandardItem>>;
  items: MeetingItem[];
  file: string;
}

export interface Indicator {
  id: string;
  title: string;
  unit?: string;
  source?: string;
  region?: string;
  /** year → value, years as strings ("2024") in ascending order */
  values: Record<string, number>;
  /** SPEC 2.5: the figure the target is compared with */
  baseline?: YearValue;
  target?: YearValue;
  /** the desired direction: higher (`up`) or lower (`down`) is better */
  direction?: 'up' | 'down';
  /** figures of comparison regions (county, whole country), in file order */
  comparison?: { region: string; values: Record<string, number> }[];
  pos: Pos;
}

/** One figure of one year: an indicator's `baseline` or `target` (SPEC 2.5). */
export interface YearValue {
  year: number;
  value: number;
}

/** A validated workspace: what the merge stage takes. Boards are in plan/file-name order. */
export interface WorkspaceModel {
  dir: string;
  plan: Plan;
  boards: Board[];
  meeting?: Meeting;
  indicators: Indicator[];
  /** monitoring/<year>.yaml files in ascending year order (issue 16); absent = none */
  monitoring?: Monitoring[];
  /** absolute path of the workspace's templates/ folder, when it exists */
  templatesDir?: string;
}

// ---- merge stage output ----------------------------------------------------------------------

/** Where a merged thing came from. */
export interface SourceRef {
  board: string;
  file: string;
  line: number;
  column: number;
}

export interface MergedItem {
  /** stable identity: the id, or `text:<normalized text>` */
  key: string;
  id?: string;
  /** the text as first written */
  text: string;
  theme?: string;
  notes: string[];
  /** board ids, unique, in board order */
  boards: string[];
  sources: SourceRef[];
  /** raised by more than one board */
  shared: boolean;
}

export type MergedSwot = Record<Quadrant, MergedItem[]>;

export interface VisionProposal {
  text: string;
  boards: string[];
  sources: SourceRef[];
}

export interface MergedAction {
  /** the action's id, when a board gave one (issue 16) */
  id?: string;
  text: string;
  responsible?: string;
  due?: string;
  indicator?: string;
  resources?: string;
  boards: string[];
  sources: SourceRef[];
}

export interface MergedGoal {
  key: string;
  id?: string;
  title: string;
  theme?: string;
  boards: string[];
  actions: MergedAction[];
  sources: SourceRef[];
}

export interface MergedPlan {
  plan: Plan;
  boards: Board[];
  swot: MergedSwot;
  visions: VisionProposal[];
  goals: MergedGoal[];
  meeting?: Meeting;
  indicators: Indicator[];
  /** passed through from the model (issue 16) */
  monitoring?: Monitoring[];
  templatesDir?: string;
}

// ---- render stage output ---------------------------------------------------------------------

/** `report-2028`: the monitoring report of a year (issue 16) */
export type DocumentName = 'plan' | 'agenda' | `report-${number}`;
export type OutputFormat = 'md' | 'html' | 'pdf';

/**
 * What a Word document needs beyond its Markdown (issue 15): plain data that the render stage
 * fills for the plan and the agenda, and any other command (issue 16's report) for its own.
 */
export interface DocumentMeta {
  /** the document language as Word names it: `fi-FI`, `sv-FI`, `en-GB` */
  language: string;
  /** docProps title (File → Properties) */
  title: string;
  /** docProps author: the organisation that issues the document */
  author: string;
  /** the page header's text: the document state and date (`Luonnos 1.12.2026`) */
  header?: string;
  /**
   * `YYYY-MM-DD`: the document's date, written as docProps' created and modified times and as
   * the zip entries' times. Default 2000-01-01: never the clock, so that the bytes stay the same.
   */
  date?: string;
  /**
   * The headings whose sections start on a new page: those of `depth` (with the text `text`, or
   * any text), and when `under` is given only those below the heading one level up with that
   * text. The agenda's items start a page each, so that one item can be pasted on its own.
   */
  newPage?: readonly { depth: number; under?: string; text?: string }[];
  /**
   * Four sections laid out as a 2×2 table (the SWOT matrix): the headings of four consecutive
   * sections of one depth, in the order top left, top right, bottom left, bottom right. Without
   * such four sections (a template override renamed them) they stay as written.
   */
  matrix?: { headings: readonly [string, string, string, string] };
}

/** A rendered document's Markdown and what a Word file of it needs. */
export interface RenderedDocument {
  name: DocumentName;
  markdown: string;
  meta: DocumentMeta;
}

export interface OutputFile {
  /** file name inside the output folder, e.g. `plan.md` */
  name: string;
  content: string | Uint8Array;
}

// ---- monitoring/<year>.yaml -------------------------------------------------------------------
// The yearly follow-up of the plan (SPEC 2.5, issue 16): Child Welfare Act 12 § requires that
// the plan's implementation be monitored, and municipalities report on it every year. One
// monitoring/<year>.yaml per year of the plan period, each entry naming an action of the plan.
// Here rather than in monitoring-types.ts, which re-exports them: the two files importing each
// other were an import cycle (test/structure).

/** The statuses an action can be reported in, in the order reports list them. */
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'delayed', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One reported action of one year. */
export interface MonitoringEntry {
  /** the goal's id (a goal without an id cannot be monitored) */
  goal: string;
  /** the action's `id`, or, without one, its text (compared as merge compares texts, SPEC 3) */
  action: string;
  status: ActionStatus;
  /** 0–100 */
  progress?: number;
  note?: string;
  /** the reporter's role, never a person's name */
  reporter?: string;
  pos: Pos;
}

/** monitoring/<year>.yaml */
export interface Monitoring {
  year: number;
  /** the date of the report; missing = not yet reported */
  reported?: IsoDate;
  actions: MonitoringEntry[];
  /** the path as shown to the user */
  file: string;
}
