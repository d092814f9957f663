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
  /** index of first appearance, for the tie-break */
  first: number;
  /** whether `text` came from an entry that carries the id */
  textFromId: boolean;
  /** normalized notes seen, made on the first note (most items have none) */
  noteKeys?: Set<string>;
}

function mergeQuadrant(model: WorkspaceModel, quadrant: Quadrant): MergedItem[] {
  const entries: (Keyed & { board: string; raw: SwotItem })[] = [];
  for (const board of model.boards) {
    for (const raw of board.swot[quadrant]) {
      const e: Keyed & { board: string; raw: SwotItem } = { norm: normalizeText(raw.text), board: board.id, raw };
      if (raw.id !== undefined) e.id = raw.id;
      entries.push(e);
    }
  }
  const keys = assignKeys(entries);

  const byKey = new Map<string, ItemAcc>();
  entries.forEach((e, index) => {
    const { mapKey, key, id } = keys[index]!;
    const { raw } = e;
    let acc = byKey.get(mapKey);
    if (!acc) {
      const item: MergedItem = { key, text: raw.text, notes: [], boards: [], sources: [], shared: false };
      if (id !== undefined) item.id = id;
      acc = { item, first: index, textFromId: raw.id !== undefined };
      byKey.set(mapKey, acc);
    } else if (!acc.textFromId && raw.id !== undefined) {
      // The id's owner speaks for the item: its text is the first one written with the id, even
      // when an id-less copy of the same text came earlier.
      acc.item.text = raw.text;
      acc.textFromId = true;
    }
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
    addBoard(item.boards, e.board);
    item.sources.push(sourceOf(e.board, raw.pos));
  });

  const list = [...byKey.values()];
  for (const acc of list) acc.item.shared = acc.item.boards.length > 1;
  // Array.prototype.sort is stable; `first` makes the order explicit anyway.
  list.sort((a, b) => b.item.boards.length - a.item.boards.length || a.first - b.first);
  return list.map((acc) => acc.item);
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
  titleFromId: boolean;
  actions: Map<string, MergedAction>;
}

function mergeGoals(model: WorkspaceModel): MergedGoal[] {
  const entries: (Keyed & { board: string; raw: Goal })[] = [];
  for (const board of model.boards) {
    for (const raw of board.goals) {
      const e: Keyed & { board: string; raw: Goal } = { norm: normalizeText(raw.title), board: board.id, raw };
      if (raw.id !== undefined) e.id = raw.id;
      entries.push(e);
    }
  }
  const keys = assignKeys(entries);

  const byKey = new Map<string, GoalAcc>();
  entries.forEach((e, index) => {
    const { mapKey, key, id } = keys[index]!;
    const { raw } = e;
    let acc = byKey.get(mapKey);
    if (!acc) {
      const goal: MergedGoal = { key, title: raw.title, boards: [], actions: [], sources: [] };
      if (id !== undefined) goal.id = id;
      acc = { goal, titleFromId: raw.id !== undefined, actions: new Map() };
      byKey.set(mapKey, acc);
    } else if (!acc.titleFromId && raw.id !== undefined) {
      acc.goal.title = raw.title;
      acc.titleFromId = true;
    }
    const { goal } = acc;
    if (goal.theme === undefined && raw.theme !== undefined) goal.theme = raw.theme;
    addBoard(goal.boards, e.board);
    goal.sources.push(sourceOf(e.board, raw.pos));
    for (const action of raw.actions) addAction(acc, e.board, action);
  });
  return [...byKey.values()].map((acc) => acc.goal);
}

const ACTION_FIELDS = ['responsible', 'due', 'indicator', 'resources'] as const;

function addAction(acc: GoalAcc, board: string, action: Action): void {
  const norm = normalizeText(action.text);
  let merged = acc.actions.get(norm);
  if (!merged) {
    merged = { text: action.text, boards: [], sources: [] };
    acc.actions.set(norm, merged);
    acc.goal.actions.push(merged);
  }
  // The first board to give a detail (responsible, due, …) decides it.
  for (const field of ACTION_FIELDS) {
    const value = action[field];
    if (merged[field] === undefined && value !== undefined) merged[field] = value;
  }
  addBoard(merged.boards, board);
  merged.sources.push(sourceOf(board, action.pos));
}
