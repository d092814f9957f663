// `lnhs diff <old> <new>`: what changed between two merged workspaces, typically two plan
// periods. Things are matched the way the merge stage identifies them: SWOT items and goals by
// their merged key (the id, or the normalized text), vision proposals and actions by normalized
// text, boards by id. Only changes are listed.
import { QUADRANTS, type MergedGoal, type MergedItem, type MergedPlan, type Quadrant } from '../model/types.js';
import { normalizeText } from '../model/normalize.js';

/** A SWOT item, vision proposal or action as the diff shows it. */
export interface DiffEntry {
  /** the merged key for SWOT items and goals, the normalized text otherwise */
  key: string;
  text: string;
  boards: string[];
}

export interface GoalChange {
  key: string;
  title: string;
  actionsAdded: DiffEntry[];
  actionsRemoved: DiffEntry[];
}

export interface WorkspaceDiff {
  /** nothing changed */
  empty: boolean;
  swot: Record<Quadrant, { added: DiffEntry[]; removed: DiffEntry[] }>;
  /** the adopted vision (`plan.vision`), when it changed; a side is absent when it had none */
  vision?: { old?: string; new?: string };
  visions: { added: DiffEntry[]; removed: DiffEntry[] };
  goals: { added: DiffEntry[]; removed: DiffEntry[]; changed: GoalChange[] };
  boards: { added: { id: string; name: string }[]; removed: { id: string; name: string }[] };
}

/** Everything in `newer` but not in `older` (in `newer`'s order), and the other way round. */
function compare<T>(older: readonly T[], newer: readonly T[], key: (x: T) => string): { added: T[]; removed: T[] } {
  const oldKeys = new Set(older.map(key));
  const newKeys = new Set(newer.map(key));
  return {
    added: newer.filter((x) => !oldKeys.has(key(x))),
    removed: older.filter((x) => !newKeys.has(key(x))),
  };
}

function itemEntry(item: MergedItem): DiffEntry {
  return { key: item.key, text: item.text, boards: [...item.boards] };
}

function goalEntry(goal: MergedGoal): DiffEntry {
  return { key: goal.key, text: goal.title, boards: [...goal.boards] };
}

function textEntry(x: { text: string; boards: string[] }): DiffEntry {
  return { key: normalizeText(x.text), text: x.text, boards: [...x.boards] };
}

const byKey = (e: DiffEntry) => e.key;

export function diffWorkspaces(oldM: MergedPlan, newM: MergedPlan): WorkspaceDiff {
  const swot = {} as WorkspaceDiff['swot'];
  for (const quadrant of QUADRANTS) {
    swot[quadrant] = compare(oldM.swot[quadrant].map(itemEntry), newM.swot[quadrant].map(itemEntry), byKey);
  }

  const visions = compare(oldM.visions.map(textEntry), newM.visions.map(textEntry), byKey);

  const goals = compare(oldM.goals.map(goalEntry), newM.goals.map(goalEntry), byKey);
  const oldGoals = new Map(oldM.goals.map((g) => [g.key, g]));
  const changed: GoalChange[] = [];
  for (const goal of newM.goals) {
    const before = oldGoals.get(goal.key);
    if (!before) continue;
    const actions = compare(before.actions.map(textEntry), goal.actions.map(textEntry), byKey);
    if (actions.added.length || actions.removed.length) {
      changed.push({ key: goal.key, title: goal.title, actionsAdded: actions.added, actionsRemoved: actions.removed });
    }
  }

  const boardRef = (b: { id: string; name: string }) => ({ id: b.id, name: b.name });
  const boards = compare(oldM.boards.map(boardRef), newM.boards.map(boardRef), (b) => b.id);

  const diff: WorkspaceDiff = {
    empty: false,
    swot,
    visions,
    goals: { ...goals, changed },
    boards,
  };
  const oldVision = oldM.plan.vision?.trim() || undefined;
  const newVision = newM.plan.vision?.trim() || undefined;
  if (oldVision !== newVision) {
    diff.vision = {};
    if (oldVision !== undefined) diff.vision.old = oldVision;
    if (newVision !== undefined) diff.vision.new = newVision;
  }
  diff.empty =
    QUADRANTS.every((q) => swot[q].added.length === 0 && swot[q].removed.length === 0) &&
    diff.vision === undefined &&
    visions.added.length === 0 &&
    visions.removed.length === 0 &&
    goals.added.length === 0 &&
    goals.removed.length === 0 &&
    changed.length === 0 &&
    boards.added.length === 0 &&
    boards.removed.length === 0;
  return diff;
}

// ---- output ---------------------------------------------------------------------------------

const HEADINGS = {
  en: {
    swot: 'SWOT',
    quadrants: { strengths: 'Strengths', weaknesses: 'Weaknesses', opportunities: 'Opportunities', threats: 'Threats' },
    vision: 'Vision',
    visions: 'Vision proposals',
    goals: 'Goals and actions',
    boards: 'Boards',
    none: 'No changes.',
  },
  fi: {
    swot: 'Nelikenttä (SWOT)',
    quadrants: { strengths: 'Vahvuudet', weaknesses: 'Heikkoudet', opportunities: 'Mahdollisuudet', threats: 'Uhat' },
    vision: 'Visio',
    visions: 'Visioehdotukset',
    goals: 'Tavoitteet ja toimenpiteet',
    boards: 'Lautakunnat',
    none: 'Ei muutoksia.',
  },
} as const;

function entryLine(sign: '+' | '-', e: DiffEntry, indent: string): string {
  const boards = e.boards.length ? ` (${e.boards.join(', ')})` : '';
  return `${indent}${sign} ${e.text}${boards}`;
}

/**
 * The diff for people: one section per kind of change, `+` added and `-` removed lines, headings
 * in `locale`. Sections without changes are left out.
 */
export function formatDiffText(diff: WorkspaceDiff, locale: 'en' | 'fi'): string {
  const h = HEADINGS[locale];
  if (diff.empty) return h.none;
  const sections: string[][] = [];

  const swot: string[] = [];
  for (const quadrant of QUADRANTS) {
    const { added, removed } = diff.swot[quadrant];
    if (!added.length && !removed.length) continue;
    swot.push(`  ${h.quadrants[quadrant]}`);
    for (const e of added) swot.push(entryLine('+', e, '    '));
    for (const e of removed) swot.push(entryLine('-', e, '    '));
  }
  if (swot.length) sections.push([h.swot, ...swot]);

  if (diff.vision) {
    const lines: string[] = [h.vision];
    if (diff.vision.old !== undefined) lines.push(`  - ${diff.vision.old}`);
    if (diff.vision.new !== undefined) lines.push(`  + ${diff.vision.new}`);
    sections.push(lines);
  }

  const proposals = [
    ...diff.visions.added.map((e) => entryLine('+', e, '  ')),
    ...diff.visions.removed.map((e) => entryLine('-', e, '  ')),
  ];
  if (proposals.length) sections.push([h.visions, ...proposals]);

  const goals = [
    ...diff.goals.added.map((e) => entryLine('+', e, '  ')),
    ...diff.goals.removed.map((e) => entryLine('-', e, '  ')),
  ];
  for (const change of diff.goals.changed) {
    goals.push(`  ~ ${change.title}`);
    for (const e of change.actionsAdded) goals.push(entryLine('+', e, '      '));
    for (const e of change.actionsRemoved) goals.push(entryLine('-', e, '      '));
  }
  if (goals.length) sections.push([h.goals, ...goals]);

  const boards = [
    ...diff.boards.added.map((b) => `  + ${b.id} (${b.name})`),
    ...diff.boards.removed.map((b) => `  - ${b.id} (${b.name})`),
  ];
  if (boards.length) sections.push([h.boards, ...boards]);

  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

/** The diff as JSON with a fixed key order, two-space indented: the same diff gives the same bytes. */
export function formatDiffJson(diff: WorkspaceDiff): string {
  const entry = (e: DiffEntry) => ({ key: e.key, text: e.text, boards: e.boards });
  const swot: Record<string, unknown> = {};
  for (const quadrant of QUADRANTS) {
    swot[quadrant] = { added: diff.swot[quadrant].added.map(entry), removed: diff.swot[quadrant].removed.map(entry) };
  }
  const out = {
    empty: diff.empty,
    swot,
    vision: diff.vision ? { old: diff.vision.old ?? null, new: diff.vision.new ?? null } : null,
    visions: { added: diff.visions.added.map(entry), removed: diff.visions.removed.map(entry) },
    goals: {
      added: diff.goals.added.map(entry),
      removed: diff.goals.removed.map(entry),
      changed: diff.goals.changed.map((c) => ({
        key: c.key,
        title: c.title,
        actionsAdded: c.actionsAdded.map(entry),
        actionsRemoved: c.actionsRemoved.map(entry),
      })),
    },
    boards: {
      added: diff.boards.added.map((b) => ({ id: b.id, name: b.name })),
      removed: diff.boards.removed.map((b) => ({ id: b.id, name: b.name })),
    },
  };
  return JSON.stringify(out, null, 2);
}
