// The merge stage (SPEC 3): the boards' SWOT items, vision proposals and goals become one plan.
//
// The policy, written down:
// - The four quadrants are merged separately.
// - Two items are the same when their `id`s are equal, or, when neither has an id, when their
//   normalized texts are equal (normalize.ts). An item without an id joins the item with an id
//   whose normalized text equals its own, wherever in the input either appears; if several ids
//   share that text, the first id in appearance order wins (validation reports such clashes).
// - Nothing is dropped: a merged item keeps every source (board, file, line, column).
// - Order: items raised by more boards first; ties keep the order of first appearance, walking
//   the boards in model order (plan/file-name order) and each board's items in file order.
// - Goals follow the same identity rule (id, or normalized title); their actions are
//   concatenated, equal normalized action texts within one goal merged.
//
// Everything is indexed by key in a Map, so the stage is linear in the number of items, and it
// uses only Maps for keyed data, so no input text can reach an object prototype.
import {
  QUADRANTS,
  type Action,
  type Goal,
  type MergedAction,
  type MergedGoal,
  type MergedItem,
  type MergedPlan,
  type MergedSwot,
  type Pos,
  type Quadrant,
  type SourceRef,
  type SwotItem,
  type VisionProposal,
  type WorkspaceModel,
} from '../model/types.js';
import { normalizeText } from '../model/normalize.js';

export { normalizeText } from '../model/normalize.js';

/** Merge the boards' inputs into one plan. Pure and deterministic. */
export function merge(model: WorkspaceModel): MergedPlan {
  const swot = {} as MergedSwot;
  for (const quadrant of QUADRANTS) swot[quadrant] = mergeQuadrant(model, quadrant);

  const merged: MergedPlan = {
    plan: model.plan,
    boards: model.boards,
    swot,
    visions: mergeVisions(model),
    goals: mergeGoals(model),
    indicators: model.indicators,
  };
  if (model.meeting) merged.meeting = model.meeting;
  // the yearly follow-up passes through; the report reads it against the merged goals (issue 16)
  if (model.monitoring) merged.monitoring = model.monitoring;
  if (model.templatesDir !== undefined) merged.templatesDir = model.templatesDir;
  return merged;
}

export interface QuadrantStats {
  /** merged items */
  items: number;
  /** merged items raised by more than one board */
  shared: number;
}

export interface MergeStats {
  swot: Record<Quadrant, QuadrantStats>;
  /** all quadrants together */
  items: number;
  shared: number;
  visions: number;
  goals: number;
  actions: number;
}

/** Counts for `lnhs status`: merged items and shared items per quadrant, proposals, goals. */
export function mergeStats(merged: MergedPlan): MergeStats {
  const swot = {} as Record<Quadrant, QuadrantStats>;
  let items = 0;
  let shared = 0;
  for (const quadrant of QUADRANTS) {
    const list = merged.swot[quadrant];
    const s = { items: list.length, shared: list.filter((item) => item.shared).length };
    swot[quadrant] = s;
    items += s.items;
    shared += s.shared;
  }
  let actions = 0;
  for (const goal of merged.goals) actions += goal.actions.length;
  return { swot, items, shared, visions: merged.visions.length, goals: merged.goals.length, actions };
}

// ---- identity -------------------------------------------------------------------------------

/** `MergedItem.key` / `MergedGoal.key`: the id, or `text:` and the normalized text. */
export function textKey(normalized: string): string {
  return `text:${normalized}`;
}

interface Keyed {
  id?: string;
  norm: string;
}

/**
 * The key of every entry of `entries` (given in appearance order). Two passes so that an id-less
 * entry finds an id'd entry with the same text even when the id'd one comes later.
 * The internal map keys are prefixed (`i`/`t`) so an id can never collide with a text key.
 */
function assignKeys(entries: readonly Keyed[]): { mapKey: string; key: string; id?: string }[] {
  const idByText = new Map<string, string>();
  for (const e of entries) {
    if (e.id !== undefined && !idByText.has(e.norm)) idByText.set(e.norm, e.id);
  }
  return entries.map((e) => {
    const id = e.id ?? idByText.get(e.norm);
    return id !== undefined ? { mapKey: `i${id}`, key: id, id } : { mapKey: `t${e.norm}`, key: textKey(e.norm) };
  });
}

interface Group<G> {
  value: G;
  /** index of first appearance, for the tie-break */
  first: number;
}

/**
 * Every entry of `pick(board)`, over the boards in model order, grouped by identity (SPEC 3).
 * `create` makes a group from its first entry; `reword` is called once when the first entry that
 * carries the id arrives after id-less ones, since the id's owner speaks for the group; `add`
 * takes every entry, the first included. Groups come back in order of first appearance.
 */
function groupByIdentity<T extends { id?: string }, G>(
  model: Pick<WorkspaceModel, 'boards'>,
  pick: (board: WorkspaceModel['boards'][number]) => readonly T[],
  textOf: (entry: T) => string,
  handlers: {
    create: (entry: T, key: string, id: string | undefined) => G;
    reword: (group: G, entry: T) => void;
    add: (group: G, entry: T, board: string) => void;
  },
): Group<G>[] {
  const entries: (Keyed & { board: string; raw: T })[] = [];
  for (const board of model.boards) {
    for (const raw of pick(board)) {
      const e: Keyed & { board: string; raw: T } = { norm: normalizeText(textOf(raw)), board: board.id, raw };
      if (raw.id !== undefined) e.id = raw.id;
      entries.push(e);
    }
  }
  const keys = assignKeys(entries);
  const byKey = new Map<string, Group<G> & { fromId: boolean }>();
  entries.forEach((e, index) => {
    const { mapKey, key, id } = keys[index]!;
    let group = byKey.get(mapKey);
    if (!group) {
      group = { value: handlers.create(e.raw, key, id), first: index, fromId: e.raw.id !== undefined };
      byKey.set(mapKey, group);
    } else if (!group.fromId && e.raw.id !== undefined) {
      handlers.reword(group.value, e.raw);
      group.fromId = true;
    }
    handlers.add(group.value, e.raw, e.board);
  });
  return [...byKey.values()];
}

function sourceOf(board: string, pos: Pos): SourceRef {
  return { board, file: pos.file, line: pos.line, column: pos.column };
}

/** Entries arrive in board order, so pushing unseen boards keeps `boards` in board order. */
function addBoard(boards: string[], board: string): void {
  if (!boards.includes(board)) boards.push(board);
}

// ---- SWOT -----------------------------------------------------------------------------------

interface ItemAcc {
  item: MergedItem;
  /** normalized notes seen, made on the first note (most items have none) */
  noteKeys?: Set<string>;
}

function mergeQuadrant(model: WorkspaceModel, quadrant: Quadrant): MergedItem[] {
  const groups = groupByIdentity<SwotItem, ItemAcc>(model, (board) => board.swot[quadrant], (raw) => raw.text, {
    create: (raw, key, id) => {
      const item: MergedItem = { key, text: raw.text, notes: [], boards: [], sources: [], shared: false };
      if (id !== undefined) item.id = id;
      return { item };
    },
    // the text is the first one written with the id, even when an id-less copy came earlier
    reword: (acc, raw) => void (acc.item.text = raw.text),
    add: (acc, raw, board) => {
      const { item } = acc;
      if (item.theme === undefined && raw.theme !== undefined) item.theme = raw.theme;
      if (raw.note !== undefined && raw.note.trim() !== '') {
        const noteKey = normalizeText(raw.note);
        acc.noteKeys ??= new Set();
        if (!acc.noteKeys.has(noteKey)) {
          acc.noteKeys.add(noteKey);
          item.notes.push(raw.note);
        }
      }
      addBoard(item.boards, board);
      item.sources.push(sourceOf(board, raw.pos));
    },
  });
  for (const { value } of groups) value.item.shared = value.item.boards.length > 1;
  // Array.prototype.sort is stable; `first` makes the order explicit anyway.
  groups.sort((a, b) => b.value.item.boards.length - a.value.item.boards.length || a.first - b.first);
  return groups.map((g) => g.value.item);
}

// ---- vision proposals -----------------------------------------------------------------------

function mergeVisions(model: WorkspaceModel): VisionProposal[] {
  const byText = new Map<string, VisionProposal>();
  for (const board of model.boards) {
    for (const vision of board.vision) {
      const norm = normalizeText(vision.text);
      if (norm === '') continue;
      let proposal = byText.get(norm);
      if (!proposal) {
        proposal = { text: vision.text, boards: [], sources: [] };
        byText.set(norm, proposal);
      }
      addBoard(proposal.boards, board.id);
      proposal.sources.push(sourceOf(board.id, vision.pos));
    }
  }
  return [...byText.values()];
}

// ---- goals and actions ----------------------------------------------------------------------

interface GoalAcc {
  goal: MergedGoal;
  actions: Map<string, MergedAction>;
}

/** The boards' goals merged (also for the validator's monitoring rules, which need no plan). */
export function mergeGoals(model: Pick<WorkspaceModel, 'boards'>): MergedGoal[] {
  const groups = groupByIdentity<Goal, GoalAcc>(model, (board) => board.goals, (raw) => raw.title, {
    create: (raw, key, id) => {
      const goal: MergedGoal = { key, title: raw.title, boards: [], actions: [], sources: [] };
      if (id !== undefined) goal.id = id;
      return { goal, actions: new Map() };
    },
    reword: (acc, raw) => void (acc.goal.title = raw.title),
    add: (acc, raw, board) => {
      const { goal } = acc;
      if (goal.theme === undefined && raw.theme !== undefined) goal.theme = raw.theme;
      addBoard(goal.boards, board);
      goal.sources.push(sourceOf(board, raw.pos));
      for (const action of raw.actions) addAction(acc, board, action);
    },
  });
  return groups.map((g) => g.value.goal);
}

const ACTION_FIELDS = ['responsible', 'due', 'indicator', 'resources'] as const;

function addAction(acc: GoalAcc, board: string, action: Action): void {
  const norm = normalizeText(action.text);
  let merged = acc.actions.get(norm);
  if (!merged) {
    merged = action.id !== undefined ? { id: action.id, text: action.text, boards: [], sources: [] } : { text: action.text, boards: [], sources: [] };
    acc.actions.set(norm, merged);
    acc.goal.actions.push(merged);
  }
  // the first board to give the action an id names it for monitoring (issue 16); two ids for one
  // action are the validator's action-id-conflict
  if (merged.id === undefined && action.id !== undefined) merged.id = action.id;
  // The first board to give a detail (responsible, due, …) decides it.
  for (const field of ACTION_FIELDS) {
    const value = action[field];
    if (merged[field] === undefined && value !== undefined) merged[field] = value;
  }
  addBoard(merged.boards, board);
  merged.sources.push(sourceOf(board, action.pos));
}
