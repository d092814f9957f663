// Schema-checked input → the typed model of model/types.ts. Every SWOT item, goal, action,
// vision text, meeting item and indicator keeps the place it was written, so later stages can
// name file and line. Optional fields that are absent stay absent (no `undefined` keys).
import type {
  Action,
  Attachment,
  Board,
  CouncilDecision,
  Goal,
  Indicator,
  Meeting,
  MeetingItem,
  Monitoring,
  MonitoringEntry,
  Plan,
  Pos,
  Preparer,
  Quadrant,
  SectionId,
  SwotItem,
  VisionText,
} from '../model/types.js';
import { QUADRANTS, STANDARD_ITEMS } from '../model/types.js';
import type { BoardInput, IndicatorsInput, MeetingInput, MonitoringInput, PlanInput } from '../model/schema.js';
import { positionOf, writtenKeys } from '../workspace/positions.js';
import type { SourceFile } from '../workspace/types.js';

type Path = (string | number)[];

export function posOf(src: SourceFile, path: Path): Pos {
  const { line, column } = positionOf(src, path, 'value');
  return { file: src.file, line, column };
}

/**
 * A copy of `obj` without the keys whose value is undefined, in the same order. A copy rather than
 * `delete`: deleting a property other than the last one turns a V8 object into a slow dictionary,
 * and at 50,000 SWOT items those were a good part of the heap the later stages walk (issue 7).
 */
function compact<T extends object>(obj: T): T {
  const out = {} as T;
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined) continue;
    // a plain assignment to `__proto__` would set the prototype (load.ts drops such keys anyway)
    if (key === '__proto__') Object.defineProperty(out, key, { value: obj[key], enumerable: true, writable: true, configurable: true });
    else out[key] = obj[key];
  }
  return out;
}

/** The keys of the mapping at `path` in the order they are written (a JS object puts "2024" first). */
function keysInOrder(src: SourceFile, path: Path, fallback: string[]): string[] {
  const written = writtenKeys(src, path);
  if (!written) return fallback;
  const wanted = new Set(fallback);
  const ordered = written.filter((k) => wanted.has(k));
  return ordered.length === fallback.length ? ordered : fallback;
}

export function toPlan(src: SourceFile, input: PlanInput): Plan {
  const themes: Record<string, string> = {};
  const themeInput = input.themes ?? {};
  for (const id of keysInOrder(src, ['themes'], Object.keys(themeInput))) themes[id] = themeInput[id]!;
  const sections: Partial<Record<SectionId, string>> = {};
  for (const [id, text] of Object.entries(input.sections ?? {}) as [SectionId, string | undefined][]) {
    if (text !== undefined && text.trim() !== '') sections[id] = text;
  }
  const vision = input.vision !== undefined && input.vision.trim() !== '' ? input.vision : undefined;
  return compact({
    title: input.title,
    kind: input.kind,
    municipalities: [...input.municipalities],
    county: input.county,
    period: { start: input.period.start, end: input.period.end },
    language: input.language,
    steeringGroup: (input.steering_group ?? []).map((m) => compact({ ...m })),
    vision,
    themes,
    sections,
    state: input.state,
    date: input.date,
    approval: input.approval
      ? compact({
          boards: input.approval.boards,
          council: input.approval.council,
          section: input.approval.section,
          councils: (input.approval.councils ?? []).map(
            (c, i): CouncilDecision =>
              compact({ by: c.by, date: c.date, section: c.section, pos: posOf(src, ['approval', 'councils', i]) }),
          ),
        })
      : undefined,
    introduction: nonBlank(input.introduction),
    participation: input.participation
      ? compact({
          text: nonBlank(input.participation.text),
          hearings: (input.participation.hearings ?? []).map((h) => compact({ ...h })),
        })
      : undefined,
    childImpact: nonBlank(input.child_impact),
    services: input.services
      ? {
          universal: (input.services.universal ?? []).map((x) => compact({ ...x })),
          early_support: (input.services.early_support ?? []).map((x) => compact({ ...x })),
          intensive: (input.services.intensive ?? []).map((x) => compact({ ...x })),
        }
      : undefined,
    studentWelfare: nonBlank(input.student_welfare),
    chapters: (input.chapters ?? []).map((c) => ({ title: c.title, text: c.text })),
    sources: [...(input.sources ?? [])],
    file: src.file,
  });
}

/** Text that is there and not only white space, else undefined. */
function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

export function toBoard(src: SourceFile, input: BoardInput): Board {
  const swot = {} as Record<Quadrant, SwotItem[]>;
  for (const q of QUADRANTS) {
    swot[q] = (input.swot?.[q] ?? []).map((item, i): SwotItem => {
      const pos = posOf(src, ['swot', q, i]);
      if (typeof item === 'string') return { text: item, pos };
      return compact({ text: item.text, id: item.id, theme: item.theme, note: item.note, pos });
    });
  }
  let vision: VisionText[] = [];
  if (typeof input.vision === 'string') vision = [{ text: input.vision, pos: posOf(src, ['vision']) }];
  else if (Array.isArray(input.vision)) vision = input.vision.map((text, i) => ({ text, pos: posOf(src, ['vision', i]) }));
  const goals = (input.goals ?? []).map(
    (goal, g): Goal =>
      compact({
        id: goal.id,
        title: goal.title,
        theme: goal.theme,
        actions: goal.actions.map(
          (a, i): Action =>
            compact({
              id: a.id,
              text: a.text,
              responsible: a.responsible,
              due: a.due === undefined ? undefined : String(a.due),
              indicator: a.indicator,
              resources: a.resources,
              pos: posOf(src, ['goals', g, 'actions', i]),
            }),
        ),
        pos: posOf(src, ['goals', g]),
      }),
  );
  return compact({
    id: input.board.id,
    name: input.board.name,
    municipality: input.board.municipality,
    contact: input.contact ? compact({ ...input.contact }) : undefined,
    submitted: input.submitted,
    swot,
    vision,
    goals,
    file: src.file,
  });
}

/** `allBoards`: the default for `boards`, every board in file-name order. */
export function toMeeting(src: SourceFile, input: MeetingInput, allBoards: string[]): Meeting {
  // board-keyed maps keep the order they were written in
  const byBoard = <T>(key: 'sections' | 'presenters' | 'review', map: Record<string, T> | undefined): Record<string, T> => {
    const out: Record<string, T> = {};
    const given = map ?? {};
    for (const id of keysInOrder(src, [key], Object.keys(given))) out[id] = given[id]!;
    return out;
  };
  const attachments = (list: MeetingAttachmentInput[] | undefined): Attachment[] =>
    (list ?? []).map((a) => (typeof a === 'string' ? { title: a } : compact({ title: a.title, file: a.file })));
  const preparer = (p: MeetingPreparerInput | undefined): Preparer | undefined =>
    p === undefined || typeof p === 'string' ? p : compact({ ...p });
  const standardItems: Meeting['standardItems'] = {};
  for (const key of STANDARD_ITEMS) {
    const given = input.standard_items?.[key];
    if (!given) continue;
    standardItems[key] = compact({
      dno: given.dno,
      preparer: preparer(given.preparer),
      description: given.description,
      proposal: given.proposal,
      attachments: attachments(given.attachments),
    });
  }
  return compact({
    title: input.title,
    date: input.date,
    start: input.start,
    end: input.end,
    place: input.place,
    boards: input.boards ? [...input.boards] : [...allBoards],
    sections: byBoard('sections', input.sections),
    presenters: byBoard('presenters', input.presenters),
    review: byBoard('review', input.review),
    minutesOnline: input.minutes_online,
    chair: input.chair,
    secretary: input.secretary,
    standardItems,
    items: (input.items ?? []).map(
      (item, i): MeetingItem =>
        compact({
          title: item.title,
          dno: item.dno,
          preparer: preparer(item.preparer),
          presenter: item.presenter,
          description: item.description,
          proposal: item.proposal,
          attachments: attachments(item.attachments),
          preparatory: item.preparatory ?? false,
          boards: item.boards ? [...item.boards] : undefined,
          duration: item.duration,
          pos: posOf(src, ['items', i]),
        }),
    ),
    file: src.file,
  });
}

type MeetingItemInput = NonNullable<MeetingInput['items']>[number];
type MeetingAttachmentInput = NonNullable<MeetingItemInput['attachments']>[number];
type MeetingPreparerInput = NonNullable<MeetingItemInput['preparer']>;

/** year → value with the years in ascending order, whatever order they were written in. */
function byYear(input: Record<string, number>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const year of Object.keys(input).sort()) values[year] = input[year]!;
  return values;
}

export function toIndicators(src: SourceFile, input: IndicatorsInput): Indicator[] {
  return input.indicators.map(
    (ind, i): Indicator =>
      compact({
        id: ind.id,
        title: ind.title,
        unit: ind.unit,
        source: ind.source,
        region: ind.region,
        values: byYear(ind.values),
        baseline: ind.baseline ? { year: ind.baseline.year, value: ind.baseline.value } : undefined,
        target: ind.target ? { year: ind.target.year, value: ind.target.value } : undefined,
        direction: ind.direction,
        comparison: ind.comparison?.map((c) => ({ region: c.region, values: byYear(c.values) })),
        pos: posOf(src, ['indicators', i]),
      }),
  );
}

/** monitoring/<year>.yaml (issue 16): each entry keeps the place it was written. */
export function toMonitoring(src: SourceFile, input: MonitoringInput): Monitoring {
  return compact({
    year: input.year,
    reported: input.reported,
    actions: input.actions.map(
      (entry, i): MonitoringEntry =>
        compact({
          goal: entry.goal,
          action: entry.action,
          status: entry.status,
          progress: entry.progress,
          note: entry.note,
          reporter: entry.reporter,
          pos: posOf(src, ['actions', i]),
        }),
    ),
    file: src.file,
  });
}

/**
 * What the rules can still read of a monitoring file that did not pass its schema, even after the
 * offending keys were removed (a status that is not one of the five is in every entry that has
 * one): the year, and every entry whose goal and action are text. A mistyped goal id is then
 * reported beside a mistyped status, not only after the status is fixed (issue 16 "Done when").
 * Never the model: the schema errors are reported.
 */
export function looseMonitoring(src: SourceFile): Monitoring | undefined {
  const data = src.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const year = record.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return undefined;
  const list = Array.isArray(record.actions) ? (record.actions as unknown[]) : [];
  const actions: MonitoringEntry[] = [];
  list.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const { goal, action } = raw as Record<string, unknown>;
    if (typeof goal !== 'string' || typeof action !== 'string' || goal.trim() === '' || action.trim() === '') return;
    // the status is not looked at by any rule; the one given here is a stand-in
    actions.push({ goal: goal.trim(), action: action.trim(), status: 'not_started', pos: posOf(src, ['actions', i]) });
  });
  return { year, actions, file: src.file };
}
